import { create } from 'zustand';
import { createAssessmentsSlice, createAutosave } from './assessments-slice';
import { createBackupSlice } from './backup-slice';
import { createLoadSlice } from './load-slice';
import type { AssessmentState, StoreContext } from './store-types';
import { createTabSyncSlice } from './tab-sync-slice';
import { createTrashSlice } from './trash-slice';

export type { AssessmentState, StorageFailure } from './store-types';
export type { Persistence } from './backup-slice';
export type { CheckNoteError } from './assessments-slice';

let context: StoreContext | undefined;

/** What the slices share (the autosave), for the page-lifecycle listener. */
export function storeContext(): StoreContext {
  if (!context) useAssessmentStore.getState();
  if (!context) throw new Error('The store has not been created');
  return context;
}

/**
 * The one store, made of one slice per job: assessments and autosave (assessments-slice), load
 * and journal recovery (load-slice), trash, import and backup, tab sync. The listeners for other
 * tabs and for the page going away are in tab-sync.ts and lifecycle-flush.ts.
 */
export const useAssessmentStore = create<AssessmentState>()((set, get) => {
  const ctx: StoreContext = { autosave: createAutosave(set, get) };
  context = ctx;
  return {
    ...createAssessmentsSlice(set, get, ctx),
    ...createLoadSlice(set, get, ctx),
    ...createTrashSlice(set, get, ctx),
    ...createBackupSlice(set, get, ctx),
    ...createTabSyncSlice(set, get, ctx),
  };
});

let loading: Promise<void> | undefined;

/**
 * Starts reading the stored assessments unless that is already under way or done. main.tsx calls
 * it before React renders, so IndexedDB is read while the first screen is being built.
 */
export function ensureLoaded(): Promise<void> {
  const store = useAssessmentStore.getState();
  if (store.loaded) return Promise.resolve();
  loading ??= store.load().finally(() => {
    loading = undefined;
  });
  return loading;
}

/** Tests: back to the state of a fresh start, with nothing pending in the autosave. */
export function resetAssessmentStoreForTests(): void {
  context?.autosave.discardForTests();
  loading = undefined;
  useAssessmentStore.setState(useAssessmentStore.getInitialState(), true);
}
