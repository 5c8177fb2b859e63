import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { typicalAssessment } from '../fixtures/assessments';

import type * as DbModule from '@/storage/db';
import type * as Repository from '@/storage/assessment-repository';
import type { useAssessmentStore } from '@/store/assessment-store';

/**
 * Team sync writes a colleague's edit of an assessment open in this tab. Keys typed after the
 * sync flushed this tab's edits are not lost: the store merges them with the incoming change,
 * field by field, and writes the result.
 */
let store: typeof useAssessmentStore;
let db: typeof DbModule;
let repo: typeof Repository;
let n = 0;

beforeEach(async () => {
  vi.resetModules();
  db = await import('@/storage/db');
  db.setDbForTests(new db.EquityDb(`outside-test-${++n}`));
  repo = await import('@/storage/assessment-repository');
  store = (await import('@/store/assessment-store')).useAssessmentStore;
});
afterEach(async () => {
  await db.getDb().delete();
});

async function opened() {
  const a = typicalAssessment();
  await repo.saveAssessment(a);
  await store.getState().load();
  await store.getState().openAssessment(a.id);
  return a.id;
}

/** A colleague's edit, as sync writes it to this device's disk. */
async function onDisk(id: string) {
  const disk = await repo.readRecord(id);
  if (disk.kind !== 'ok') throw new Error(`not on disk: ${disk.kind}`);
  return disk;
}

async function theirEdit(id: string, problem: string) {
  const disk = await onDisk(id);
  await repo.saveAssessment({
    ...disk.assessment,
    q1: { ...disk.assessment.q1, problem },
    updatedAt: '2030-01-01T00:00:00.000Z',
  });
}

describe('an incoming change to an open assessment', () => {
  it('keeps what was typed after the flush, merged with the incoming field, and writes both', async () => {
    const id = await opened();
    await store.getState().flush();
    const before = store.getState().byId;
    await theirEdit(id, 'Their words about the problem.');
    // Typed while the incoming change was being written.
    const now = store.getState().byId[id]!;
    store.getState().updateSection(id, 'q1', { ...now.q1, proposal: 'My words, typed just now.' });

    await store.getState().takeOutsideChanges([id], before);
    const merged = store.getState().byId[id]!;
    expect(merged.q1.proposal).toBe('My words, typed just now.');
    expect(merged.q1.problem).toBe('Their words about the problem.');
    await store.getState().flush();
    expect((await onDisk(id)).assessment.q1).toMatchObject({
      proposal: 'My words, typed just now.',
      problem: 'Their words about the problem.',
    });
  });

  it('simply takes the incoming record when nothing was typed since', async () => {
    const id = await opened();
    await store.getState().flush();
    const before = store.getState().byId;
    await theirEdit(id, 'Their words about the problem.');
    await store.getState().takeOutsideChanges([id], before);
    expect(store.getState().byId[id]?.q1.problem).toBe('Their words about the problem.');
    expect(store.getState().unsaved()).toEqual([]);
  });
});
