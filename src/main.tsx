import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './app/uswds.scss';
import './app/app.css';
import { startLanguage } from './i18n/language-preference';
import { App } from './app/app';
import { ensureLoaded } from './store/assessment-store';

// Read IndexedDB while React builds the first screen.
void ensureLoaded();

const root = document.getElementById('root');
if (!root) throw new Error('No #root element');
// The chosen language's words (a small chunk, precached) load before the first screen, so it does
// not flash in English first. English needs no fetch.
void startLanguage().finally(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
