import { loadAll, type LoadProblem } from '@/storage/assessment-repository';
import { purgeTrash, readLastBackupAt } from '@/storage/backup';
import { clearJournal, readJournal } from '@/storage/journal';
import { errorText, failure, type SliceCreator } from './store-types';

/** How often a failed load is tried again while the app works from memory. */
const LOAD_RETRY_MS = 5000;

/** Reading the stored assessments at start, and recovering what the journal kept. */
export interface LoadSlice {
  loaded: boolean;
  problems: LoadProblem[];
  load: () => Promise<void>;
}

export const createLoadSlice: SliceCreator<LoadSlice> = (set, get, { autosave }) => ({
  loaded: false,
  problems: [],

  load: async () => {
    let loadedFromDisk: Awaited<ReturnType<typeof loadAll>>;
    try {
      loadedFromDisk = await loadAll();
    } catch (e) {
      // IndexedDB is missing or refuses to open: work from memory (plus anything journaled) and
      // keep trying. What is typed now is kept in this tab and written once storage comes back.
      const byId = { ...get().byId };
      for (const r of readJournal()) if (!byId[r.id]) byId[r.id] = r;
      set({ byId, loaded: true, storageFailure: failure('unavailable', errorText(e)) });
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
});
