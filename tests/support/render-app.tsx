import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '@/app/app';
import '@/i18n/i18n';
import { EquityDb, setDbForTests } from '@/storage/db';
import { resetAssessmentStoreForTests } from '@/store/assessment-store';

/** A fresh database for each test. */
export function useFreshDb(): EquityDb {
  const db = new EquityDb(`test-${crypto.randomUUID()}`);
  setDbForTests(db);
  return db;
}

/** Forgets everything in memory, as a reload would; what is on "disk" (fake IndexedDB) stays. */
export function forgetMemory(): void {
  resetAssessmentStoreForTests();
}

/** Renders the whole app at a URL, with a user-event instance. */
export function renderApp(path = '/') {
  window.history.replaceState(null, '', path);
  const user = userEvent.setup();
  return { user, ...render(<App />) };
}
