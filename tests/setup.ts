import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { afterEach, beforeEach, vi } from 'vitest';
import { cleanup } from '@testing-library/react';
import { resetAssessmentStoreForTests } from '@/store/assessment-store';

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
