import { readAssessment } from '@/storage/backup';
import { readHead } from '@/storage/write-ahead-journal';
import type { SliceCreator } from './store-types';

/** Following what other tabs of this app write (see tab-sync.ts for the listener). */
export interface TabSyncSlice {
  /** Reads these records again after another tab changed them. */
  reloadRecords: (ids: readonly string[]) => Promise<void>;
}

export const createTabSyncSlice: SliceCreator<TabSyncSlice> = (set, get, { autosave }) => ({
  reloadRecords: async (ids) => {
    const pending = new Set(autosave.pendingValues().map((a) => a.id));
    const fresh = await Promise.all(
      ids.map(async (id) => {
        // The other tab's changes are numbered on from its last one.
        autosave.knowSeq(id, await readHead(id));
        return [id, await readAssessment(id)] as const;
      }),
    );
    const byId = { ...get().byId };
    for (const [id, a] of fresh) {
      // An edit of ours that has not reached the disk yet wins; it is written next.
      if (pending.has(id)) continue;
      if (a) byId[id] = a;
      else delete byId[id];
    }
    set({ byId });
  },
});
