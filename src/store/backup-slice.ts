import type { ImportPlan } from '@/domain/package';
import { summarize } from '@/domain/summary';
import { applyImportPlan, writeLastBackupAt } from '@/storage/backup';
import type { SliceCreator } from './store-types';
import { postTabMessage } from './tab-channel';

export type Persistence = 'unknown' | 'granted' | 'denied' | 'unsupported';

/** Keeping the device's data safe: persistent storage, backups, and importing a backup file. */
export interface BackupSlice {
  persistence: Persistence;
  /** When "Back up all" last ran on this device. */
  lastBackupAt: string | undefined;

  requestPersistence: () => Promise<void>;
  /** Writes an import plan in one transaction (all or nothing), then shows the result. */
  applyImport: (plan: ImportPlan) => Promise<void>;
  markBackedUp: (at: string) => Promise<void>;
}

export const createBackupSlice: SliceCreator<BackupSlice> = (set, get, { autosave }) => ({
  persistence: 'unknown',
  lastBackupAt: undefined,

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

  applyImport: async (plan) => {
    await autosave.flush();
    const written = (await applyImportPlan(plan)).map(({ assessment, seq }) => {
      // What was journaled for it before is older than the import.
      autosave.forget(assessment.id);
      autosave.knowSeq(assessment.id, seq);
      return assessment;
    });
    // On the list by their summaries; a record already in memory (open) is replaced.
    const byId = { ...get().byId };
    const summaries = { ...get().summaries };
    for (const a of written) {
      summaries[a.id] = summarize(a);
      if (byId[a.id]) byId[a.id] = a;
    }
    set({ byId, summaries, trash: get().trash.filter((t) => !summaries[t.assessment.id]) });
    postTabMessage({ type: 'changed', ids: written.map((a) => a.id) });
    postTabMessage({ type: 'trash' });
  },

  markBackedUp: async (at) => {
    set({ lastBackupAt: at });
    await writeLastBackupAt(at);
    postTabMessage({ type: 'backup' });
  },
});
