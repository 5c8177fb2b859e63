import type { Assessment } from '@/domain/assessment';
import { STEPS, type StepId } from '@/domain/questions';
import { loadAll, type LoadProblem } from '@/storage/assessment-repository';
import { listTrash, purgeTrash, readLastBackupAt } from '@/storage/backup';
import { readCrashCopies, removeCrashCopies } from '@/storage/crash-copy';
import {
  listSetAside,
  readHeads,
  readJournalEntries,
  removeCoveredEntries,
  setAside,
} from '@/storage/write-ahead-journal';
import { heldEditIds } from './edit-lock-backends';
import { planRecovery } from './recovery';
import { errorText, failure, type SliceCreator } from './store-types';

/** How often a failed load is tried again while the app works from memory. */
const LOAD_RETRY_MS = 5000;

/** An assessment whose last changes came back from the journal after the browser closed. */
export interface RecoveredNote {
  id: string;
  title: string;
  step: StepId | undefined;
}

/** Reading the stored assessments at start, and recovering what the journal kept. */
export interface LoadSlice {
  loaded: boolean;
  /** Everything on the device that could not be read: records, trash, crash copies, journal. */
  problems: LoadProblem[];
  /** Said once after a start that recovered changes; cleared when the message is closed. */
  recovered: RecoveredNote[];
  load: () => Promise<void>;
  dismissRecovered: () => void;
}

export const createLoadSlice: SliceCreator<LoadSlice> = (set, get, { autosave }) => ({
  loaded: false,
  problems: [],
  recovered: [],

  dismissRecovered: () => set({ recovered: [] }),

  load: async () => {
    let disk: Awaited<ReturnType<typeof loadAll>>;
    let heads: Map<string, number>;
    let journal: unknown[];
    try {
      disk = await loadAll();
      heads = await readHeads();
      journal = await readJournalEntries();
    } catch (e) {
      // IndexedDB is missing or refuses to open: work from memory (plus the newest crash copy of
      // each assessment) and keep trying. What is typed now is kept in this tab and written once
      // storage comes back.
      const byId = { ...get().byId };
      const newest = new Map<string, { assessment: Assessment; seq: number }>();
      for (const c of readCrashCopies().copies) {
        const seq = c.seq ?? 1;
        const id = c.assessment.id;
        if (!byId[id] && seq > (newest.get(id)?.seq ?? 0)) newest.set(id, { ...c, seq });
      }
      for (const { assessment, seq } of newest.values()) {
        byId[assessment.id] = assessment;
        autosave.restore(assessment, seq);
      }
      set({ byId, loaded: true, storageFailure: failure('unavailable', errorText(e)) });
      setTimeout(() => void get().load(), LOAD_RETRY_MS);
      return;
    }
    const { assessments, problems } = disk;
    const stored = Object.fromEntries(assessments.map((a) => [a.id, a]));
    const { copies, unreadable: unreadableCopies } = readCrashCopies();
    const live = await heldEditIds();
    const plan = planRecovery({ stored, heads, journal, copies, unreadableCopies, live });

    const byId = { ...stored };
    for (const [id, seq] of heads) autosave.knowSeq(id, seq);
    for (const r of plan.recovered) {
      byId[r.assessment.id] = r.assessment;
      autosave.restore(r.assessment, r.seq);
    }
    // What was typed in this tab while storage was unavailable is the newest of all.
    for (const a of autosave.pendingValues()) {
      if (plan.recovered.some((r) => r.assessment.id === a.id)) continue;
      byId[a.id] = a;
      autosave.restore(a, autosave.seqOf(a.id) + 1);
    }
    const wasUnavailable = get().storageFailure?.kind === 'unavailable';
    const stepOf = (section: string | undefined) => STEPS.find((s) => s.section === section)?.id;
    set({
      byId,
      problems,
      loaded: true,
      storageFailure: wasUnavailable ? undefined : get().storageFailure,
      recovered: plan.recovered.map((r) => ({
        id: r.assessment.id,
        title: r.assessment.meta.title.trim(),
        step: stepOf(r.section),
      })),
    });
    try {
      // Unreadable copies and entries are kept aside first, so removing them loses nothing.
      await setAside(
        plan.unreadable.map((u) => ({
          source: u.source,
          keptAt: new Date().toISOString(),
          error: u.error,
          raw: u.raw,
        })),
      );
      await autosave.flush();
      await removeCoveredEntries(await readHeads());
      // Every copy not of a live tab is now in a record (or older than one), or kept aside.
      const liveKeys = new Set(copies.filter((c) => live.has(c.assessment.id)).map((c) => c.key));
      removeCrashCopies(
        [...copies, ...unreadableCopies].map((c) => c.key).filter((k) => !liveKeys.has(k)),
      );
    } catch {
      // A write failed: the banner says so, the copies stay, the retry is armed.
    }
    try {
      const [{ items, problems: trashProblems }, kept] = await Promise.all([
        listTrash(),
        listSetAside(),
      ]);
      set({
        trash: items,
        problems: [
          ...problems,
          ...trashProblems.map((p) => ({ ...p, source: 'trash' as const })),
          ...kept.map((k) => ({
            id: idOf(k.raw),
            error: k.error,
            source: k.source,
            raw: k.raw,
          })),
        ],
      });
      await purgeTrash();
      set({ lastBackupAt: await readLastBackupAt() });
    } catch {
      // Housekeeping only.
    }
  },
});

/** The assessment id inside a kept-aside item, when one can be found. */
function idOf(raw: unknown): string {
  if (typeof raw !== 'object' || raw === null) return '?';
  const id: unknown = Reflect.get(raw, 'id');
  if (typeof id === 'string') return id;
  const inner: unknown = Reflect.get(raw, 'assessment');
  return inner === raw ? '?' : idOf(inner);
}
