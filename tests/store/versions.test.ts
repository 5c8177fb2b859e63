import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fingerprint } from '@/domain/fingerprint';
import { contentOf, isFrozen, planExport, type VersionSnapshot } from '@/domain/versions';
import { typicalAssessment } from '../fixtures/assessments';

import type * as DbModule from '@/storage/db';
import type { useAssessmentStore } from '@/store/assessment-store';

let store: typeof useAssessmentStore;
let db: typeof DbModule;
let n = 0;

beforeEach(async () => {
  vi.resetModules();
  db = await import('@/storage/db');
  db.setDbForTests(new db.EquityDb(`versions-test-${++n}`));
  store = (await import('@/store/assessment-store')).useAssessmentStore;
});
afterEach(async () => {
  await db.getDb().delete();
});

async function loaded() {
  const a = { ...typicalAssessment(), version: 0, lastExportedAt: null, status: 'draft' as const };
  await db.getDb().assessments.put(structuredClone(a));
  await store.getState().load();
  return a.id;
}

describe('content', () => {
  it('leaves out where and when an assessment is, and keeps every answer', () => {
    const a = typicalAssessment();
    const c = contentOf(a);
    expect(c).not.toHaveProperty('updatedAt');
    expect(c).not.toHaveProperty('version');
    expect(c).not.toHaveProperty('status');
    expect(c.q2).toEqual(a.q2);
    expect(c.depth).toEqual(a.depth);
  });

  it('plans the next version after both the record and the newest snapshot', () => {
    const a = { ...typicalAssessment(), version: 2 };
    const latest: VersionSnapshot = {
      id: a.id,
      version: 5,
      exportedAt: '2026-01-01T00:00:00.000Z',
      contentFingerprint: 'other',
      assessment: a,
    };
    const plan = planExport(a, 'mine', latest, '2026-02-01T00:00:00.000Z');
    expect(plan.kind === 'new' && plan.assessment.version).toBe(6);
    expect(planExport(a, 'other', latest, 'x').kind).toBe('same');
  });
});

describe('exporting', () => {
  it('makes version 1, then gives the same version and fingerprint while nothing changed', async () => {
    const id = await loaded();
    const first = await store.getState().recordExport(id);
    expect(first.version).toBe(1);
    const again = await store.getState().recordExport(id);
    expect(again.version).toBe(1);
    expect(await fingerprint(again)).toBe(await fingerprint(first));
    expect(await db.getDb().versions.count()).toBe(1);
    expect(store.getState().byId[id]?.version).toBe(1);
  });

  it('a status change is not content: no new version', async () => {
    const id = await loaded();
    await store.getState().recordExport(id);
    store.getState().setStatus(id, 'readyForReview');
    expect((await store.getState().recordExport(id)).version).toBe(1);
  });

  it('makes version 2 when an answer changed, and keeps version 1 as it was', async () => {
    const id = await loaded();
    const v1 = await store.getState().recordExport(id);
    const q1 = { ...v1.q1, proposal: 'Changed after version 1' };
    store.getState().updateSection(id, 'q1', q1);
    const v2 = await store.getState().recordExport(id);
    expect(v2.version).toBe(2);
    expect(v2.q1.proposal).toBe('Changed after version 1');
    const { listVersions, readVersion } = await import('@/store/versions');
    expect((await listVersions(id)).map((v) => v.version)).toEqual([2, 1]);
    const kept = await readVersion(id, 1);
    expect(kept?.assessment.q1.proposal).toBe(v1.q1.proposal);
    expect(await fingerprint(kept?.assessment)).toBe(await fingerprint(v1));
  });

  it('an edit taken back gives the same version again', async () => {
    const id = await loaded();
    const v1 = await store.getState().recordExport(id);
    store.getState().updateSection(id, 'q1', { ...v1.q1, proposal: 'Typed' });
    store.getState().updateSection(id, 'q1', v1.q1);
    expect((await store.getState().recordExport(id)).version).toBe(1);
  });

  it('freezes a submitted version until the next one is started', async () => {
    const id = await loaded();
    await store.getState().recordExport(id);
    store.getState().setStatus(id, 'submitted');
    expect(isFrozen(store.getState().byId[id]!)).toBe(true);
    store.getState().setStatus(id, 'draft');
    expect(isFrozen(store.getState().byId[id]!)).toBe(false);
  });
});

describe('deleting for good', () => {
  it('forgets the kept versions when the trash is emptied', async () => {
    const id = await loaded();
    await store.getState().recordExport(id);
    const backup = await import('@/storage/backup');
    await db.getDb().trash.put({
      id,
      deletedAt: new Date().toISOString(),
      record: structuredClone(store.getState().byId[id]!),
    });
    await backup.emptyTrash();
    expect(await db.getDb().versions.count()).toBe(0);
  });
});
