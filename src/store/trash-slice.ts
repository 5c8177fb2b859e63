import {
  emptyTrash,
  listTrash,
  moveToTrash,
  restoreFromTrash,
  type TrashItem,
} from '@/storage/backup';
import { summarize } from '@/domain/summary';
import { summaryOf } from './list-summaries';
import type { SliceCreator } from './store-types';
import { postTabMessage } from './tab-channel';

/** Deleting (to the trash for 30 days), undo, restore and emptying the trash. */
export interface TrashSlice {
  /** The last deleted assessment (its id and title), kept so "Undo" can bring it back. */
  lastDeleted: { id: string; title: string } | undefined;
  /** Deleted assessments, kept for 30 days (see loadTrash). */
  trash: TrashItem[];

  remove: (id: string) => Promise<void>;
  undoRemove: () => Promise<void>;
  loadTrash: () => Promise<void>;
  /** `open`: the record goes into memory too, as if opened (its own page asked for it). */
  restore: (id: string, opts?: { open?: boolean }) => Promise<void>;
  emptyTrash: () => Promise<void>;
}

export const createTrashSlice: SliceCreator<TrashSlice> = (set, get, { autosave }) => ({
  lastDeleted: undefined,
  trash: [],

  remove: async (id) => {
    await autosave.flush();
    const target = summaryOf(get(), id);
    if (!target) return;
    // Deleting moves it to the trash for 30 days. Its journal entries and crash copy go too: a
    // crash can never bring it back.
    await moveToTrash(id, new Date(), autosave.seqOf(id));
    autosave.forget(id);
    const rest = { ...get().byId };
    delete rest[id];
    const summaries = { ...get().summaries };
    delete summaries[id];
    set({ byId: rest, summaries, lastDeleted: { id, title: target.title } });
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

  restore: async (id, { open = false } = {}) => {
    const restored = await restoreFromTrash(id);
    const { lastDeleted } = get();
    // Back on the list by its summary; the record is read when it is opened.
    set({
      ...(open ? { byId: { ...get().byId, [id]: restored } } : {}),
      summaries: { ...get().summaries, [id]: summarize(restored) },
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
      lastDeleted: lastDeleted && summaryOf(get(), lastDeleted.id) ? lastDeleted : undefined,
    });
    postTabMessage({ type: 'trash' });
  },
});
