import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@uswds/uswds/css/uswds.min.css';
import './app/app.css';
import './i18n/i18n';
import { App } from './app/app';
import { ensureLoaded } from './store/assessment-store';

// Read IndexedDB while React builds the first screen.
void ensureLoaded();

const root = document.getElementById('root');
if (!root) throw new Error('No #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
