import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '@/app/app';
import '@/i18n/i18n';
import { EquityDb, setDbForTests } from '@/storage/db';
import { resetAssessmentStoreForTests, useAssessmentStore } from '@/store/assessment-store';
import { afterEach, beforeEach } from 'vitest';

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

/**
 * Every test of the file starts with an empty database and nothing in memory; what it typed is
 * flushed before its database closes.
 */
export function freshAppForEachTest(): void {
  let db: EquityDb | undefined;
  beforeEach(() => {
    db = useFreshDb();
    forgetMemory();
  });
  afterEach(async () => {
    await useAssessmentStore.getState().flush();
    db?.close();
  });
}

/** Renders the whole app at a URL, with a user-event instance. */
export function renderApp(path = '/') {
  window.history.replaceState(null, '', path);
  const user = userEvent.setup();
  return { user, ...render(<App />) };
}
