import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Assessment } from '@/domain/assessment';
import { typicalAssessment } from '../fixtures/assessments';

import type * as DbModule from '@/storage/db';
import type { useAssessmentStore } from '@/store/assessment-store';

// A fresh store and database module per test: the store is a module-level singleton.
let store: typeof useAssessmentStore;
let db: typeof DbModule;
let n = 0;

beforeEach(async () => {
  vi.resetModules();
  localStorage.clear();
  db = await import('@/storage/db');
  db.setDbForTests(new db.EquityDb(`store-test-${++n}`));
  store = (await import('@/store/assessment-store')).useAssessmentStore;
});
afterEach(async () => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  await db.getDb().delete();
});

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

async function seed(a: Assessment): Promise<void> {
  await db.getDb().assessments.put(structuredClone(a));
}

describe('when a write fails', () => {
  it('keeps the work in memory, never says saved, shows a failure, and retries until it works', async () => {
    await seed(typicalAssessment());
    await store.getState().load();
    const id = typicalAssessment().id;
    // Opened, as the wizard does: the list holds only summaries.
    await store.getState().openAssessment(id);
    const table = db.getDb().assessments;
    const realPut = table.put.bind(table);
    let failing = true;
    vi.spyOn(table, 'put').mockImplementation((...args) => {
      if (failing) throw quota();
      return realPut(...args);
    });

    const q1 = { ...typicalAssessment().q1, proposal: 'Typed while the disk is full' };
    store.getState().updateSection(id, 'q1', q1);
    await expect(store.getState().flush()).rejects.toThrow(/quota/);

    expect(store.getState().save.kind).toBe('error');
    expect(store.getState().storageFailure?.kind).toBe('writeFailed');
    expect(store.getState().byId[id]?.q1.proposal).toBe('Typed while the disk is full');
    expect(store.getState().unsaved()).toHaveLength(1);
    // A synchronous copy is kept for the next start.
    const { TAB_ID } = await import('@/store/tab-channel');
    expect(localStorage.getItem(`equity-decision-tool:pending:${TAB_ID}`)).toContain(
      'Typed while the disk is full',
    );

    failing = false;
    await store.getState().flush();
    expect(store.getState().save.kind).toBe('saved');
    expect(store.getState().storageFailure).toBeUndefined();
    expect((await db.getDb().assessments.get(id))?.q1).toMatchObject({
      proposal: 'Typed while the disk is full',
    });
    // The copy goes as soon as the record write lands.
    expect(localStorage.getItem(`equity-decision-tool:pending:${TAB_ID}`)).toBeNull();
  });

  it('retries on its own', async () => {
    await seed(typicalAssessment());
    await store.getState().load();
    const id = typicalAssessment().id;
    // Opened, as the wizard does: the list holds only summaries.
    await store.getState().openAssessment(id);
    const table = db.getDb().assessments;
    const realPut = table.put.bind(table);
    let calls = 0;
    vi.spyOn(table, 'put').mockImplementation((...args) => {
      calls += 1;
      if (calls === 1) throw quota();
      return realPut(...args);
    });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    store.getState().updateSection(id, 'q1', { ...typicalAssessment().q1, history: 'Retry me' });
    await vi.advanceTimersByTimeAsync(1000);
    expect(store.getState().save.kind).toBe('error');
    await vi.advanceTimersByTimeAsync(6000);
    vi.useRealTimers();
    await vi.waitFor(() => expect(store.getState().save.kind).toBe('saved'));
    expect((await db.getDb().assessments.get(id))?.q1).toMatchObject({ history: 'Retry me' });
  });
});

describe('when storage is unavailable', () => {
  it('works from memory and says storage is unavailable', async () => {
    db.getDb().close({ disableAutoOpen: true });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await store.getState().load();
    expect(store.getState().loaded).toBe(true);
    expect(store.getState().storageFailure?.kind).toBe('unavailable');
    const a = await store.getState().create();
    expect(store.getState().byId[a.id]).toBeDefined();
    expect(store.getState().save.kind).toBe('error');
  });
});

describe('deleting', () => {
  it('moves to the trash, and undo brings it back', async () => {
    await seed(typicalAssessment());
    await store.getState().load();
    const id = typicalAssessment().id;
    await store.getState().remove(id);
    expect(store.getState().byId[id]).toBeUndefined();
    expect(store.getState().summaries[id]).toBeUndefined();
    expect(store.getState().trash.map((t) => t.assessment.id)).toEqual([id]);
    await store.getState().undoRemove();
    expect(store.getState().summaries[id]?.title).toBe(typicalAssessment().meta.title);
    expect(await store.getState().openAssessment(id)).toEqual(typicalAssessment());
    expect(store.getState().trash).toEqual([]);
    expect(store.getState().lastDeleted).toBeUndefined();
  });

  it('restores from the trash and empties it', async () => {
    await seed(typicalAssessment());
    const other = {
      ...typicalAssessment(),
      id: '7e1f2a9c-1111-4c39-9d0c-3b7e1f2a9c11',
      readableId: 'EQ-2026-FRFJ-N70H',
    };
    await seed(other);
    await store.getState().load();
    await store.getState().remove(typicalAssessment().id);
    await store.getState().remove(other.id);
    await store.getState().restore(other.id);
    expect(Object.keys(store.getState().summaries)).toEqual([other.id]);
    expect(Object.keys(store.getState().byId)).toEqual([]);
    await store.getState().emptyTrash();
    expect(store.getState().trash).toEqual([]);
    await store.getState().loadTrash();
    expect(store.getState().trash).toEqual([]);
  });
});

describe('other tabs', () => {
  it('reads a record again after another tab changed or deleted it', async () => {
    await seed(typicalAssessment());
    await store.getState().load();
    const id = typicalAssessment().id;
    const changed = {
      ...typicalAssessment(),
      meta: { ...typicalAssessment().meta, division: 'Other tab' },
    };
    await store.getState().openAssessment(id);
    await seed(changed);
    await store.getState().reloadRecords([id]);
    expect(store.getState().byId[id]?.meta.division).toBe('Other tab');
    await db.getDb().assessments.delete(id);
    await store.getState().reloadRecords([id]);
    expect(store.getState().byId[id]).toBeUndefined();
    expect(store.getState().summaries[id]).toBeUndefined();
  });

  it('follows another tab on the list by summaries, without reading records not opened here', async () => {
    await seed(typicalAssessment());
    await store.getState().load();
    const id = typicalAssessment().id;
    const other = { ...typicalAssessment(), id: '7e1f2a9c-2222-4c39-9d0c-3b7e1f2a9c22' };
    const { saveAssessment } = await import('@/storage/assessment-repository');
    await saveAssessment({ ...other, meta: { ...other.meta, title: 'Made in another tab' } });
    await saveAssessment({ ...typicalAssessment(), status: 'submitted' });
    await store.getState().reloadRecords([id, other.id]);
    expect(store.getState().summaries[other.id]?.title).toBe('Made in another tab');
    expect(store.getState().summaries[id]?.status).toBe('submitted');
    expect(store.getState().byId).toEqual({});
    await store.getState().remove(other.id);
    await db.getDb().assessments.delete(id);
    await store.getState().reloadRecords([id]);
    expect(store.getState().summaries).toEqual({});
  });

  it('ignores edits of an assessment another tab is editing', async () => {
    await seed(typicalAssessment());
    await store.getState().load();
    const id = typicalAssessment().id;
    await store.getState().openAssessment(id);
    const seen: boolean[] = [];
    const stop = store.subscribe((s) => seen.push(Boolean(s.readOnly[id])));
    store.getState().setReadOnly(id, true);
    stop();
    // Observable state: a component subscribed to the store hears of it.
    expect(seen).toEqual([true]);
    store.getState().updateSection(id, 'q1', { ...typicalAssessment().q1, proposal: 'Not here' });
    expect(store.getState().byId[id]?.q1.proposal).toBe(typicalAssessment().q1.proposal);
    expect(store.getState().unsaved()).toEqual([]);
  });
});

describe('the error text', () => {
  it('names the error once, even when Dexie repeats it on a second line', async () => {
    const { errorText } = await import('@/store/store-types');
    const e = new DOMException(
      'QuotaExceededError: The quota has been exceeded.\n QuotaExceededError: The quota has been exceeded.',
      'QuotaExceededError',
    );
    expect(errorText(e)).toBe('QuotaExceededError: The quota has been exceeded.');
    const dexie = new DOMException(
      'The quota has been exceeded.\n QuotaExceededError: The quota has been exceeded.',
      'QuotaExceededError',
    );
    expect(errorText(dexie)).toBe('QuotaExceededError: The quota has been exceeded.');
    expect(errorText(new TypeError('bad'))).toBe('TypeError: bad');
  });
});
