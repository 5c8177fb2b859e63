import { create } from 'zustand';
import { AssessmentSchema, type Assessment, type SectionKey } from '@/domain/assessment';
import { SAVE_DEBOUNCE_MS, type STATUSES } from '@/domain/constants';
import {
  duplicateAssessment,
  formatReadableId,
  newAssessment,
  nextSequence,
} from '@/domain/factory';
import {
  deleteAssessment,
  loadAll,
  saveAssessment,
  type LoadProblem,
} from '@/storage/assessment-repository';
import { clearJournal, readJournal, writeJournal } from '@/storage/journal';
import { Autosave, type SaveState } from './autosave';

export type Persistence = 'unknown' | 'granted' | 'denied' | 'unsupported';
type Status = (typeof STATUSES)[number];

interface AssessmentState {
  loaded: boolean;
  loadError: string | undefined;
  byId: Record<string, Assessment>;
  problems: LoadProblem[];
  save: SaveState;
  persistence: Persistence;
  /** The last deleted assessment, kept so "Undo" can bring it back. */
  lastDeleted: Assessment | undefined;

  load: () => Promise<void>;
  create: () => Promise<Assessment>;
  updateSection: <K extends SectionKey>(id: string, section: K, values: Assessment[K]) => void;
  setStatus: (id: string, status: Status) => void;
  flush: () => Promise<void>;
  /** Edits not yet on disk. */
  unsaved: () => Assessment[];
  duplicate: (id: string, titleSuffix: string) => Promise<Assessment>;
  remove: (id: string) => Promise<void>;
  undoRemove: () => Promise<void>;
  recordExport: (id: string) => Promise<Assessment>;
  requestPersistence: () => Promise<void>;
}

/** Writes go through the schema so every stored string is NFC and the shape is always valid. */
async function write(a: Assessment): Promise<void> {
  await saveAssessment(AssessmentSchema.parse(a));
}

function readableIds(byId: Record<string, Assessment>): string[] {
  return Object.values(byId).map((a) => a.readableId);
}

export const useAssessmentStore = create<AssessmentState>()((set, get) => {
  const autosave = new Autosave({
    write,
    delayMs: SAVE_DEBOUNCE_MS,
    onState: (s) => set({ save: s }),
  });

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

    load: async () => {
      try {
        const { assessments, problems } = await loadAll();
        const byId = Object.fromEntries(assessments.map((a) => [a.id, a]));
        // A draft journaled as the tab closed wins if it is newer than what reached IndexedDB.
        const recovered = readJournal().filter((j) => {
          const stored = byId[j.id];
          return !stored || j.updatedAt > stored.updatedAt;
        });
        for (const r of recovered) byId[r.id] = r;
        set({ byId, problems, loaded: true, loadError: undefined });
        for (const r of recovered) autosave.schedule(r);
        if (recovered.length > 0) await autosave.flush();
        clearJournal();
      } catch (e) {
        set({ loadError: e instanceof Error ? e.message : String(e) });
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
      await autosave.flush();
      return a;
    },

    updateSection: (id, section, values) => {
      touch(id, (a) => ({ ...a, [section]: values }));
    },

    setStatus: (id, status) => {
      touch(id, (a) => ({ ...a, status }));
    },

    flush: () => autosave.flush(),
    unsaved: () => autosave.pendingValues(),

    duplicate: async (id, titleSuffix) => {
      await autosave.flush();
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
      await autosave.flush();
      return copy;
    },

    remove: async (id) => {
      await autosave.flush();
      const { byId } = get();
      const target = byId[id];
      if (!target) return;
      await deleteAssessment(id);
      const rest = { ...byId };
      delete rest[id];
      set({ byId: rest, lastDeleted: target });
    },

    undoRemove: async () => {
      const { lastDeleted, byId } = get();
      if (!lastDeleted) return;
      await write(lastDeleted);
      set({ byId: { ...byId, [lastDeleted.id]: lastDeleted }, lastDeleted: undefined });
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
  };
});

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
