import type { Assessment } from '@/domain/assessment';
import { stepOfSection, type StepId } from '@/domain/questions';
import type { AssessmentSummary } from '@/domain/summary';
import {
  loadSummaries,
  readRecord,
  readRecords,
  type LoadProblem,
} from '@/storage/assessment-repository';
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
import type { RecoveryPlan } from './recovery';
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
  /**
   * The list facts of every stored assessment, read at start instead of the records. `byId` holds
   * the full records opened since (and those changed in memory), which are newer: see
   * list-summaries.ts for the list both make.
   */
  summaries: Record<string, AssessmentSummary>;
  /** Everything on the device that could not be read: records, trash, crash copies, journal. */
  problems: LoadProblem[];
  /** Said once after a start that recovered changes; cleared when the message is closed. */
  recovered: RecoveredNote[];
  load: () => Promise<void>;
  /**
   * Reads an assessment's full record into `byId` (once; later calls return what is in memory).
   * Undefined when it is not stored, or cannot be read (then listed with the load problems).
   */
  openAssessment: (id: string) => Promise<Assessment | undefined>;
  dismissRecovered: () => void;
}

/** The ids a journal entry or crash copy might bring back: their records are read at start. */
function idsToRecover(
  journal: readonly unknown[],
  heads: ReadonlyMap<string, number>,
  copies: readonly { assessment: Assessment }[],
): string[] {
  const ids = new Set(copies.map((c) => c.assessment.id));
  for (const e of journal) {
    if (typeof e !== 'object' || e === null) continue;
    const id: unknown = Reflect.get(e, 'id');
    const seq: unknown = Reflect.get(e, 'seq');
    if (typeof id === 'string' && !(typeof seq === 'number' && seq <= (heads.get(id) ?? 0)))
      ids.add(id);
  }
  return [...ids];
}

export const createLoadSlice: SliceCreator<LoadSlice> = (set, get, { autosave }) => ({
  loaded: false,
  summaries: {},
  problems: [],
  recovered: [],

  dismissRecovered: () => set({ recovered: [] }),

  openAssessment: async (id) => {
    const have = get().byId[id];
    if (have) return have;
    let read: Awaited<ReturnType<typeof readRecord>>;
    try {
      read = await readRecord(id);
    } catch {
      return undefined;
    }
    // An edit or another read may have put it in memory meanwhile: that one is as new or newer.
    const now = get().byId[id];
    if (now) return now;
    if (read.kind === 'ok') {
      set({ byId: { ...get().byId, [id]: read.assessment } });
      return read.assessment;
    }
    if (read.kind === 'unreadable') {
      const { problems } = get();
      if (!problems.some((p) => p.source === 'record' && p.id === id))
        set({ problems: [...problems, read.problem] });
    }
    return undefined;
  },

  load: async () => {
    let disk: Awaited<ReturnType<typeof loadSummaries>>;
    let heads: Map<string, number>;
    let journal: unknown[];
    mark('edt:load-start');
    try {
      // Read side by side: the list's summaries, the heads and the journal (usually empty).
      [disk, heads, journal] = await Promise.all([
        loadSummaries(),
        readHeads(),
        readJournalEntries(),
      ]);
      mark('edt:summaries-read');
    } catch (e) {
      // IndexedDB is missing or refuses to open: work from memory (plus the newest crash copy of
      // each assessment) and keep trying. What is typed now is kept in this tab and written once
      // storage comes back.
      const { copies } = await readCrashCopies();
      const byId = { ...get().byId };
      const newest = new Map<string, { assessment: Assessment; seq: number }>();
      for (const c of copies) {
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
    const { problems } = disk;
    const summaries = Object.fromEntries(disk.summaries.map((s) => [s.id, s]));
    const { copies, unreadable: unreadableCopies } = await readCrashCopies();
    const live = await heldEditIds();
    // Only the records that the journal or a crash copy may bring further are read now.
    let stored: Record<string, Assessment>;
    try {
      stored = await readRecords(idsToRecover(journal, heads, copies));
    } catch {
      stored = {};
    }
    // Usually nothing to recover: the recovery code (and the record schemas) then never load.
    const plan: RecoveryPlan =
      journal.length === 0 && copies.length === 0 && unreadableCopies.length === 0
        ? { recovered: [], unreadable: [] }
        : (await import('./recovery')).planRecovery({
            stored,
            heads,
            journal,
            copies,
            unreadableCopies,
            live,
          });

    // What this tab held in memory before (storage was unavailable) is the newest it has.
    const byId = { ...get().byId };
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
    set({
      byId,
      summaries,
      problems,
      loaded: true,
      storageFailure: wasUnavailable ? undefined : get().storageFailure,
      recovered: plan.recovered.map((r) => ({
        id: r.assessment.id,
        title: r.assessment.meta.title.trim(),
        step: stepOfSection(r.section),
      })),
    });
    mark('edt:loaded');
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

/** A User Timing mark for `npm run bench:list` (no User Timing in some tests: then nothing). */
function mark(name: string): void {
  try {
    performance.clearMarks(name);
    performance.mark(name);
  } catch {
    // Only a measurement is lost.
  }
}

/** The assessment id inside a kept-aside item, when one can be found. */
function idOf(raw: unknown): string {
  if (typeof raw !== 'object' || raw === null) return '?';
  const id: unknown = Reflect.get(raw, 'id');
  if (typeof id === 'string') return id;
  const inner: unknown = Reflect.get(raw, 'assessment');
  return inner === raw ? '?' : idOf(inner);
}
