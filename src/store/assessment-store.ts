import { create } from 'zustand';
import { AssessmentSchema, type Assessment, type SectionKey } from '@/domain/assessment';
import { SAVE_DEBOUNCE_MS, type STATUSES } from '@/domain/constants';
import {
  duplicateAssessment,
  formatReadableId,
  newAssessment,
  nextSequence,
} from '@/domain/factory';
import type { ImportPlan } from '@/domain/package';
import { loadAll, saveAssessment, type LoadProblem } from '@/storage/assessment-repository';
import {
  applyImportPlan,
  emptyTrash,
  listTrash,
  moveToTrash,
  purgeTrash,
  readAssessment,
  readLastBackupAt,
  restoreFromTrash,
  writeLastBackupAt,
  type TrashItem,
} from '@/storage/backup';
import { clearJournal, readJournal, writeJournal } from '@/storage/journal';
import { Autosave, type SaveState } from './autosave';
import { onTabMessage, postTabMessage } from './tab-channel';

export type Persistence = 'unknown' | 'granted' | 'denied' | 'unsupported';
type Status = (typeof STATUSES)[number];

/**
 * The device's storage can't be used: IndexedDB is missing (some private modes) or a write failed
 * (quota…). Work stays in memory, writes are retried, and the UI shows a banner until it clears.
 */
export interface StorageFailure {
  kind: 'unavailable' | 'writeFailed';
  message: string;
  since: string;
}

/** How often a failed load is tried again while the app works from memory. */
const LOAD_RETRY_MS = 5000;

interface AssessmentState {
  loaded: boolean;
  loadError: string | undefined;
  byId: Record<string, Assessment>;
  problems: LoadProblem[];
  save: SaveState;
  persistence: Persistence;
  /** The last deleted assessment, kept so "Undo" can bring it back. */
  lastDeleted: Assessment | undefined;
  storageFailure: StorageFailure | undefined;
  /** Deleted assessments, kept for 30 days (see loadTrash). */
  trash: TrashItem[];
  /** When "Back up all" last ran on this device. */
  lastBackupAt: string | undefined;

  load: () => Promise<void>;
  create: () => Promise<Assessment>;
  updateSection: <K extends SectionKey>(id: string, section: K, values: Assessment[K]) => void;
  setStatus: (id: string, status: Status) => void;
  /** Quick or Full and the triage answers. Switching depth changes no answer. */
  setDepth: (id: string, depth: Assessment['depth']) => void;
  flush: () => Promise<void>;
  /** Edits not yet on disk. */
  unsaved: () => Assessment[];
  duplicate: (id: string, titleSuffix: string) => Promise<Assessment>;
  remove: (id: string) => Promise<void>;
  undoRemove: () => Promise<void>;
  recordExport: (id: string) => Promise<Assessment>;
  requestPersistence: () => Promise<void>;
  loadTrash: () => Promise<void>;
  restore: (id: string) => Promise<void>;
  emptyTrash: () => Promise<void>;
  /** Writes an import plan in one transaction (all or nothing), then shows the result. */
  applyImport: (plan: ImportPlan) => Promise<void>;
  markBackedUp: (at: string) => Promise<void>;
  /** Reads these records again after another tab changed them. */
  reloadRecords: (ids: readonly string[]) => Promise<void>;
  /** Set by tab coordination while another tab edits `id`: edits of it are then ignored here. */
  setReadOnly: (id: string, readOnly: boolean) => void;
}

/** Writes go through the schema so every stored string is NFC and the shape is always valid. */
async function write(a: Assessment): Promise<void> {
  await saveAssessment(AssessmentSchema.parse(a));
}

function readableIds(byId: Record<string, Assessment>): string[] {
  return Object.values(byId).map((a) => a.readableId);
}

function failure(kind: StorageFailure['kind'], message: string): StorageFailure {
  return { kind, message, since: new Date().toISOString() };
}

function errorText(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

export const useAssessmentStore = create<AssessmentState>()((set, get) => {
  const autosave = new Autosave({
    write,
    delayMs: SAVE_DEBOUNCE_MS,
    onState: (s) => {
      if (s.kind === 'error') {
        // Nothing reached the disk: keep a synchronous copy too, and say so until a write succeeds.
        writeJournal(autosave.pendingValues());
        set({ save: s, storageFailure: get().storageFailure ?? failure('writeFailed', s.message) });
      } else if (s.kind === 'saved' && get().storageFailure?.kind === 'writeFailed') {
        set({ save: s, storageFailure: undefined });
      } else set({ save: s });
    },
    onWritten: (a) => postTabMessage({ type: 'changed', ids: [a.id] }),
  });

  const readOnlyIds = new Set<string>();

  const touch = (id: string, change: (a: Assessment) => Assessment): Assessment | undefined => {
    const { byId, loaded } = get();
    const current = byId[id];
    // Never write before the stored data has loaded, nor for an id that isn't there.
    if (!loaded || !current) return undefined;
    const next = { ...change(current), updatedAt: new Date().toISOString() };
    set({ byId: { ...byId, [id]: next } });
    autosave.schedule(next);
    return next;
  };

  return {
    loaded: false,
    loadError: undefined,
    byId: {},
    problems: [],
    save: { kind: 'idle' },
    persistence: 'unknown',
    lastDeleted: undefined,
    storageFailure: undefined,
    trash: [],
    lastBackupAt: undefined,

    load: async () => {
      let loadedFromDisk: Awaited<ReturnType<typeof loadAll>>;
      try {
        loadedFromDisk = await loadAll();
      } catch (e) {
        // IndexedDB is missing or refuses to open: work from memory (plus anything journaled) and
        // keep trying. What is typed now is kept in this tab and written once storage comes back.
        const byId = { ...get().byId };
        for (const r of readJournal()) if (!byId[r.id]) byId[r.id] = r;
        set({
          byId,
          loaded: true,
          loadError: undefined,
          storageFailure: failure('unavailable', errorText(e)),
        });
        setTimeout(() => void get().load(), LOAD_RETRY_MS);
        return;
      }
      const { assessments, problems } = loadedFromDisk;
      const byId = Object.fromEntries(assessments.map((a) => [a.id, a]));
      // A draft journaled as the tab closed (or kept while storage failed) wins if it is newer.
      // So does anything typed in this tab while storage was unavailable.
      const candidates = [...readJournal(), ...Object.values(get().byId)];
      const recovered = candidates.filter((j) => {
        const stored = byId[j.id];
        return !stored || j.updatedAt > stored.updatedAt;
      });
      for (const r of recovered) byId[r.id] = r;
      const wasUnavailable = get().storageFailure?.kind === 'unavailable';
      set({
        byId,
        problems,
        loaded: true,
        loadError: undefined,
        storageFailure: wasUnavailable ? undefined : get().storageFailure,
      });
      for (const r of recovered) autosave.schedule(r);
      try {
        if (recovered.length > 0) await autosave.flush();
        clearJournal();
      } catch {
        // The write failed: the banner says so, the journal still holds the drafts, retry is armed.
      }
      try {
        await purgeTrash();
        set({ lastBackupAt: await readLastBackupAt() });
      } catch {
        // Housekeeping only.
      }
    },

    create: async () => {
      const { byId, loaded } = get();
      if (!loaded) throw new Error('Storage has not loaded yet');
      const now = new Date();
      const year = now.getFullYear();
      const a = newAssessment({
        id: crypto.randomUUID(),
        readableId: formatReadableId(year, nextSequence(readableIds(byId), year)),
        now,
      });
      set({ byId: { ...byId, [a.id]: a } });
      autosave.schedule(a);
      // When storage fails the new assessment still exists in memory; the banner says so.
      await autosave.flush().catch(() => undefined);
      return a;
    },

    updateSection: (id, section, values) => {
      if (readOnlyIds.has(id)) return;
      touch(id, (a) => ({ ...a, [section]: values }));
    },

    setStatus: (id, status) => {
      if (readOnlyIds.has(id)) return;
      touch(id, (a) => ({ ...a, status }));
    },

    setDepth: (id, depth) => {
      if (readOnlyIds.has(id)) return;
      touch(id, (a) => ({ ...a, depth }));
    },

    flush: () => autosave.flush(),
    unsaved: () => autosave.pendingValues(),

    duplicate: async (id, titleSuffix) => {
      await autosave.flush().catch(() => undefined);
      const { byId } = get();
      const source = byId[id];
      if (!source) throw new Error('Assessment not found');
      const now = new Date();
      const year = now.getFullYear();
      const copy = duplicateAssessment(source, {
        id: crypto.randomUUID(),
        readableId: formatReadableId(year, nextSequence(readableIds(byId), year)),
        now,
        titleSuffix,
      });
      set({ byId: { ...byId, [copy.id]: copy } });
      autosave.schedule(copy);
      await autosave.flush().catch(() => undefined);
      return copy;
    },

    remove: async (id) => {
      await autosave.flush();
      const { byId } = get();
      const target = byId[id];
      if (!target) return;
      // Deleting moves it to the trash for 30 days.
      await moveToTrash(id);
      const rest = { ...get().byId };
      delete rest[id];
      set({ byId: rest, lastDeleted: target });
      postTabMessage({ type: 'changed', ids: [id] });
      postTabMessage({ type: 'trash' });
      await get().loadTrash();
    },

    undoRemove: async () => {
      const { lastDeleted } = get();
      if (!lastDeleted) return;
      await get().restore(lastDeleted.id);
    },

    recordExport: async (id) => {
      const next = touch(id, (a) => ({
        ...a,
        version: a.version + 1,
        lastExportedAt: new Date().toISOString(),
      }));
      if (!next) throw new Error('Assessment not found');
      await autosave.flush();
      return next;
    },

    requestPersistence: async () => {
      if (!navigator.storage?.persist) {
        set({ persistence: 'unsupported' });
        return;
      }
      try {
        const already = await navigator.storage.persisted();
        const granted = already || (await navigator.storage.persist());
        set({ persistence: granted ? 'granted' : 'denied' });
      } catch {
        set({ persistence: 'unsupported' });
      }
    },

    loadTrash: async () => {
      set({ trash: await listTrash() });
    },

    restore: async (id) => {
      const restored = await restoreFromTrash(id);
      const { lastDeleted } = get();
      set({
        byId: { ...get().byId, [id]: restored },
        lastDeleted: lastDeleted?.id === id ? undefined : lastDeleted,
        trash: get().trash.filter((t) => t.assessment.id !== id),
      });
      postTabMessage({ type: 'changed', ids: [id] });
      postTabMessage({ type: 'trash' });
    },

    emptyTrash: async () => {
      await emptyTrash();
      const { lastDeleted } = get();
      set({
        trash: [],
        lastDeleted: lastDeleted && get().byId[lastDeleted.id] ? lastDeleted : undefined,
      });
      postTabMessage({ type: 'trash' });
    },

    applyImport: async (plan) => {
      await autosave.flush();
      const written = await applyImportPlan(plan);
      const byId = { ...get().byId };
      for (const a of written) byId[a.id] = a;
      set({ byId, trash: get().trash.filter((t) => !byId[t.assessment.id]) });
      postTabMessage({ type: 'changed', ids: written.map((a) => a.id) });
      postTabMessage({ type: 'trash' });
    },

    markBackedUp: async (at) => {
      set({ lastBackupAt: at });
      await writeLastBackupAt(at);
      postTabMessage({ type: 'backup' });
    },

    reloadRecords: async (ids) => {
      const pending = new Set(autosave.pendingValues().map((a) => a.id));
      const fresh = await Promise.all(
        ids.map(async (id) => [id, await readAssessment(id)] as const),
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

    setReadOnly: (id, readOnly) => {
      if (readOnly) readOnlyIds.add(id);
      else readOnlyIds.delete(id);
    },
  };
});

/** Keeps this tab's lists and open screens in step with changes made in other tabs. */
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

export function installTabSync(): () => void {
  return onTabMessage((message) => {
    const store = useAssessmentStore.getState();
    if (!store.loaded) return;
    if (message.type === 'changed') void store.reloadRecords(message.ids).catch(() => undefined);
    else if (message.type === 'trash') void store.loadTrash().catch(() => undefined);
    else if (message.type === 'backup')
      void readLastBackupAt().then(
        (at) => useAssessmentStore.setState({ lastBackupAt: at }),
        () => undefined,
      );
  });
}

/** Keeps unsaved edits safe when the tab is hidden or closed. Call once at start-up. */
export function installLifecycleFlush(): () => void {
  const onHide = () => {
    const store = useAssessmentStore.getState();
    // Synchronous journal first: the IndexedDB write below may not finish before the tab dies.
    writeJournal(store.unsaved());
    void store.flush().then(
      () => {
        if (useAssessmentStore.getState().unsaved().length === 0) clearJournal();
      },
      () => undefined,
    );
  };
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') onHide();
  };
  document.addEventListener('visibilitychange', onVisibility);
  window.addEventListener('pagehide', onHide);
  return () => {
    document.removeEventListener('visibilitychange', onVisibility);
    window.removeEventListener('pagehide', onHide);
  };
}
