import type { Assessment, SectionKey } from '@/domain/assessment';
import {
  markNotApplicable,
  reopenCheck,
  type CheckKey,
  type MarkNotApplicableResult,
} from '@/domain/check-notes';
import { SAVE_DEBOUNCE_MS, type STATUSES } from '@/domain/constants';
import { readableIdFor } from '@/domain/readable-id';
import { recordSchemas } from '@/domain/record-schemas';
import { contentFingerprint, planExport } from '@/domain/versions';
import { writeCrashCopy } from '@/storage/crash-copy';
import { latestVersion, putVersion } from '@/storage/versions';
import { appendJournal, commitRecord } from '@/storage/write-ahead-journal';
import { Autosave, type SaveState } from './autosave';
import { readableIdsInUse } from './list-summaries';
import {
  errorText,
  failure,
  type GetState,
  type SetState,
  type SliceCreator,
  type StorageFailure,
} from './store-types';
import { postTabMessage, TAB_ID } from './tab-channel';

/** The longest a change waits before it is in the write-ahead journal. */
export const JOURNAL_MS = 100;

type Status = (typeof STATUSES)[number];

/** Why a check could not be marked not applicable: the domain's reasons, or a read-only tab. */
export type CheckNoteError =
  Extract<MarkNotApplicableResult, { ok: false }>['error'] | 'notEditable';

/** The loaded assessments, edits to them, and the autosave that writes them. */
export interface AssessmentsSlice {
  byId: Record<string, Assessment>;
  save: SaveState;
  storageFailure: StorageFailure | undefined;
  /** Assessments another tab is editing (set by tab coordination): edits of them are ignored here. */
  readOnly: Record<string, true>;

  create: () => Promise<Assessment>;
  updateSection: <K extends SectionKey>(id: string, section: K, values: Assessment[K]) => void;
  setStatus: (id: string, status: Status) => void;
  /** Marks a check "Not applicable" with a reason; a blank reason changes nothing and says why. */
  markCheckNotApplicable: (
    id: string,
    key: CheckKey,
    reason: string,
  ) => { ok: true } | { ok: false; error: CheckNoteError };
  /** Opens a check marked "Not applicable" again. */
  reopenCheck: (id: string, key: CheckKey) => void;
  /** Quick or Full and the triage answers. Switching depth changes no answer. */
  setDepth: (id: string, depth: Assessment['depth']) => void;
  flush: () => Promise<void>;
  /** Edits not yet on disk. */
  unsaved: () => Assessment[];
  duplicate: (id: string, titleSuffix: string) => Promise<Assessment>;
  /**
   * Before an export: saves, then gives the record to export. Content unchanged since the last
   * exported version: that version again (same number, same fingerprint). Otherwise the next
   * version, kept as a read-only snapshot.
   */
  recordExport: (id: string) => Promise<Assessment>;
  setReadOnly: (id: string, readOnly: boolean) => void;
}

/** Writes go through the schema so every stored string is NFC and the shape is always valid. */
async function write(a: Assessment, seq: number): Promise<void> {
  const { AssessmentSchema } = await recordSchemas();
  await commitRecord(structuredClone(AssessmentSchema.parse(a)), seq);
}

/** The top-level fields `next` changed (a section, the status…), by reference. */
function changedFields(before: Assessment, next: Assessment): Partial<Assessment> {
  const patch: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(next)) if (before[k as keyof Assessment] !== v) patch[k] = v;
  return patch as Partial<Assessment>;
}

/** The one autosave queue; its state is mirrored into the store's `save` and `storageFailure`. */
export function createAutosave(set: SetState, get: GetState): Autosave {
  return new Autosave({
    write,
    journal: appendJournal,
    keepCopy: (entries) => writeCrashCopy(TAB_ID, entries),
    delayMs: SAVE_DEBOUNCE_MS,
    journalMs: JOURNAL_MS,
    describe: errorText,
    onState: (s) => {
      const { save, storageFailure } = get();
      if (s.kind === 'error') {
        // Nothing reached the disk: say so until a write succeeds.
        set({ save: s, storageFailure: storageFailure ?? failure('writeFailed', s.message) });
      } else if (s.kind === 'saved' && storageFailure?.kind === 'writeFailed') {
        set({ save: s, storageFailure: undefined });
      } else if (storageFailure && save.kind === 'error') {
        // Still failing: "Saving…" would contradict the banner until a write succeeds.
      } else set({ save: s });
    },
    onWritten: (a) => postTabMessage({ type: 'changed', ids: [a.id] }),
  });
}

export const createAssessmentsSlice: SliceCreator<AssessmentsSlice> = (set, get, { autosave }) => {
  const touch = (
    id: string,
    change: (a: Assessment) => Assessment,
    at = new Date().toISOString(),
  ): Assessment | undefined => {
    const { byId, loaded } = get();
    const current = byId[id];
    // Never write before the stored data has loaded, nor for an id that isn't there.
    if (!loaded || !current) return undefined;
    const next = { ...change(current), updatedAt: at };
    set({ byId: { ...byId, [id]: next } });
    autosave.schedule(next, changedFields(current, next));
    return next;
  };

  // A fresh UUID; drawn again in the (one in 10^12) case that its readable id is taken here.
  const newId = (now: Date) => {
    const taken = new Set(readableIdsInUse(get()));
    let id = crypto.randomUUID();
    while (taken.has(readableIdFor(id, now.getFullYear()))) id = crypto.randomUUID();
    return { id, now };
  };

  return {
    byId: {},
    save: { kind: 'idle' },
    storageFailure: undefined,
    readOnly: {},

    create: async () => {
      const { byId, loaded } = get();
      if (!loaded) throw new Error('Storage has not loaded yet');
      const { newAssessment } = await recordSchemas();
      const a = newAssessment(newId(new Date()));
      set({ byId: { ...byId, [a.id]: a } });
      autosave.schedule(a);
      // When storage fails the new assessment still exists in memory; the banner says so.
      await autosave.flush().catch(() => undefined);
      return a;
    },

    updateSection: (id, section, values) => {
      if (get().readOnly[id]) return;
      touch(id, (a) => ({ ...a, [section]: values }));
    },

    setStatus: (id, status) => {
      if (get().readOnly[id]) return;
      touch(id, (a) => ({ ...a, status }));
    },

    markCheckNotApplicable: (id, key, reason) => {
      const current = get().byId[id];
      if (!current || get().readOnly[id]) return { ok: false, error: 'notEditable' };
      const result = markNotApplicable(current, key, reason);
      if (!result.ok) return result;
      touch(id, () => result.assessment);
      return { ok: true };
    },

    reopenCheck: (id, key) => {
      if (get().readOnly[id]) return;
      touch(id, (a) => reopenCheck(a, key));
    },

    setDepth: (id, depth) => {
      if (get().readOnly[id]) return;
      touch(id, (a) => ({ ...a, depth }));
    },

    flush: () => autosave.flush(),
    unsaved: () => autosave.pendingValues(),

    duplicate: async (id, titleSuffix) => {
      await autosave.flush().catch(() => undefined);
      const source = await get().openAssessment(id);
      if (!source) throw new Error('Assessment not found');
      const { duplicateAssessment } = await recordSchemas();
      const copy = duplicateAssessment(source, { ...newId(new Date()), titleSuffix });
      set({ byId: { ...get().byId, [copy.id]: copy } });
      autosave.schedule(copy);
      await autosave.flush().catch(() => undefined);
      return copy;
    },

    recordExport: async (id) => {
      // From the list, the record may not be in memory yet.
      await get().openAssessment(id);
      await autosave.flush();
      const current = get().byId[id];
      if (!current) throw new Error('Assessment not found');
      const content = await contentFingerprint(current);
      const at = new Date().toISOString();
      const plan = planExport(current, content, await latestVersion(id), at);
      if (plan.kind === 'same') return plan.snapshot.assessment;
      // The kept version first: once the record says version N, version N is there to open.
      const { AssessmentSchema } = await recordSchemas();
      const kept = AssessmentSchema.parse(plan.assessment);
      await putVersion({
        id,
        version: kept.version,
        exportedAt: at,
        contentFingerprint: content,
        assessment: kept,
      });
      const next = touch(id, () => plan.assessment, at);
      if (!next) throw new Error('Assessment not found');
      await autosave.flush();
      return next;
    },

    setReadOnly: (id, readOnly) => {
      const current = get().readOnly;
      if (Boolean(current[id]) === readOnly) return;
      const next = { ...current };
      if (readOnly) next[id] = true;
      else delete next[id];
      set({ readOnly: next });
    },
  };
};
