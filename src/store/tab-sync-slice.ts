import type { Assessment } from '@/domain/assessment';
import { summarize, type AssessmentSummary } from '@/domain/summary';
import { readStoredSummary } from '@/storage/assessment-repository';
import { readAssessment } from '@/storage/backup';
import { readHead } from '@/storage/write-ahead-journal';
import type { SliceCreator } from './store-types';

/** Following what other tabs of this app write (see tab-sync.ts for the listener). */
export interface TabSyncSlice {
  /** Reads these records again after another tab changed them. */
  reloadRecords: (ids: readonly string[]) => Promise<void>;
}

type Fresh =
  | { id: string; full: true; a: Assessment | undefined }
  | {
      id: string;
      full: false;
      s: AssessmentSummary | undefined;
    };

export const createTabSyncSlice: SliceCreator<TabSyncSlice> = (set, get, { autosave }) => ({
  reloadRecords: async (ids) => {
    const pending = new Set(autosave.pendingValues().map((a) => a.id));
    const fresh = await Promise.all(
      ids.map(async (id): Promise<Fresh> => {
        // The other tab's changes are numbered on from its last one.
        autosave.knowSeq(id, await readHead(id));
        // A record in memory (opened here) is read again in full; otherwise only its summary.
        return get().byId[id]
          ? { id, full: true, a: await readAssessment(id) }
          : { id, full: false, s: await readStoredSummary(id) };
      }),
    );
    const byId = { ...get().byId };
    const summaries = { ...get().summaries };
    for (const f of fresh) {
      // An edit of ours that has not reached the disk yet wins; it is written next.
      if (pending.has(f.id)) continue;
      const gone = f.full ? !f.a : !f.s;
      if (gone) {
        delete byId[f.id];
        delete summaries[f.id];
      } else if (f.full && f.a) {
        byId[f.id] = f.a;
        summaries[f.id] = summarize(f.a);
      } else if (!f.full && f.s) summaries[f.id] = f.s;
    }
    set({ byId, summaries });
  },
});
