import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { afterEach, beforeEach, vi } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import { resetAssessmentStoreForTests } from '@/store/assessment-store';

// findBy/waitFor wait for a condition, not a time: a busy 2-core machine can take over a second to
// load a lazy screen under jsdom, so give conditions 5 s before calling them missing.
configure({ asyncUtilTimeout: 5000 });

// Any console.error fails the test: React warnings are bugs.
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error called: ${args.map(String).join(' ')}`);
  });
});
afterEach(() => {
  cleanup();
  // No test sees another's store: every slice back to its first state, nothing pending.
  resetAssessmentStoreForTests();
});
