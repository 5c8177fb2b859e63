import type { Assessment } from '@/domain/assessment';
import { recordSchemas } from '@/domain/record-schemas';
import { summarize, type AssessmentSummary } from '@/domain/summary';
import { mergeRecords } from '@/domain/sync';
import { readStoredSummary } from '@/storage/assessment-repository';
import { readAssessment } from '@/storage/backup';
import { readHead } from '@/storage/write-ahead-journal';
import type { SliceCreator } from './store-types';

/** Following what other tabs of this app write (see tab-sync.ts for the listener). */
export interface TabSyncSlice {
  /** Reads these records again after another tab changed them. */
  reloadRecords: (ids: readonly string[]) => Promise<void>;
  /**
   * Team sync wrote these records, open in this tab: each is read again. `before` is what this tab
   * held when the incoming change was written (everything flushed): keys typed since then are
   * kept, merged field by field with the incoming change (ours where both changed one field), and
   * written; an untouched record simply takes the incoming one.
   */
  takeOutsideChanges: (
    ids: readonly string[],
    before: Readonly<Record<string, Assessment | undefined>>,
  ) => Promise<void>;
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

  takeOutsideChanges: async (ids, before) => {
    const { AssessmentSchema } = await recordSchemas();
    for (const id of ids) {
      if (!get().byId[id]) continue;
      autosave.knowSeq(id, await readHead(id));
      const disk = await readAssessment(id);
      const current = get().byId[id];
      const base = before[id];
      if (!disk || !current) continue;
      let next = disk;
      if (base && current !== base) {
        // Typed after the flush: both changes, field by field.
        const { merged } = mergeRecords(
          base as unknown as Record<string, unknown>,
          current as unknown as Record<string, unknown>,
          disk as unknown as Record<string, unknown>,
        );
        const parsed = AssessmentSchema.safeParse(merged);
        // Should the merge not make a valid record, ours stays (it is written next).
        if (!parsed.success) continue;
        next = parsed.data;
      }
      set({
        byId: { ...get().byId, [id]: next },
        summaries: { ...get().summaries, [id]: summarize(next) },
      });
      if (next !== disk) autosave.schedule(next);
    }
  },
});
