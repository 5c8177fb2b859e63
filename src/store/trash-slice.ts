import type { Assessment } from '@/domain/assessment';
import {
  emptyTrash,
  listTrash,
  moveToTrash,
  restoreFromTrash,
  type TrashItem,
} from '@/storage/backup';
import type { SliceCreator } from './store-types';
import { postTabMessage } from './tab-channel';

/** Deleting (to the trash for 30 days), undo, restore and emptying the trash. */
export interface TrashSlice {
  /** The last deleted assessment, kept so "Undo" can bring it back. */
  lastDeleted: Assessment | undefined;
  /** Deleted assessments, kept for 30 days (see loadTrash). */
  trash: TrashItem[];

  remove: (id: string) => Promise<void>;
  undoRemove: () => Promise<void>;
  loadTrash: () => Promise<void>;
  restore: (id: string) => Promise<void>;
  emptyTrash: () => Promise<void>;
}

export const createTrashSlice: SliceCreator<TrashSlice> = (set, get, { autosave }) => ({
  lastDeleted: undefined,
  trash: [],

  remove: async (id) => {
    await autosave.flush();
    const target = get().byId[id];
    if (!target) return;
    // Deleting moves it to the trash for 30 days. Its journal entries and crash copy go too: a
    // crash can never bring it back.
    await moveToTrash(id, new Date(), autosave.seqOf(id));
    autosave.forget(id);
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

  loadTrash: async () => {
    set({ trash: (await listTrash()).items });
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
      problems: get().problems.filter((p) => p.source !== 'trash'),
      lastDeleted: lastDeleted && get().byId[lastDeleted.id] ? lastDeleted : undefined,
    });
    postTabMessage({ type: 'trash' });
  },
});
