import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Assessment } from '@/domain/assessment';
import { planImport } from '@/domain/package';
import { daysLeft } from '@/domain/trash';
import { loadAll, saveAssessment } from '@/storage/assessment-repository';
import {
  applyImportPlan,
  emptyTrash,
  listTrash,
  moveToTrash,
  purgeTrash,
  readLastBackupAt,
  restoreFromTrash,
  writeLastBackupAt,
} from '@/storage/backup';
import { EquityDb, getDb, setDbForTests } from '@/storage/db';
import { typicalAssessment } from '../fixtures/assessments';

let n = 0;
beforeEach(() => {
  setDbForTests(new EquityDb(`backup-test-${++n}`));
});
afterEach(async () => {
  await getDb().delete();
  setDbForTests(undefined);
});

const planOpts = {
  now: new Date('2026-04-01T00:00:00.000Z'),
  newId: () => crypto.randomUUID(),
  copySuffix: '(copy)',
};

function second(): Assessment {
  return {
    ...typicalAssessment(),
    id: '7e1f2a9c-1111-4c39-9d0c-3b7e1f2a9c11',
    readableId: 'EQ-2026-FRFJ-N70H',
  };
}

describe('trash', () => {
  it('moves a deleted assessment to the trash and restores it intact', async () => {
    const a = typicalAssessment();
    await saveAssessment(a);
    expect(await moveToTrash(a.id, new Date('2026-04-01T00:00:00.000Z'))).toBe(true);
    expect((await loadAll()).assessments).toEqual([]);
    const trash = (await listTrash()).items;
    expect(trash).toEqual([{ assessment: a, deletedAt: '2026-04-01T00:00:00.000Z' }]);
    expect(daysLeft('2026-04-01T00:00:00.000Z', new Date('2026-04-01T12:00:00.000Z'))).toBe(30);

    expect(await restoreFromTrash(a.id)).toEqual(a);
    expect((await loadAll()).assessments).toEqual([a]);
    expect((await listTrash()).items).toEqual([]);
  });

  it('deletes for good what has been in the trash more than 30 days', async () => {
    const a = typicalAssessment();
    const b = second();
    await saveAssessment(a);
    await saveAssessment(b);
    await moveToTrash(a.id, new Date('2026-01-01T00:00:00.000Z'));
    await moveToTrash(b.id, new Date('2026-01-20T00:00:00.000Z'));
    expect(await purgeTrash(new Date('2026-02-05T00:00:00.000Z'))).toBe(1);
    expect((await listTrash()).items.map((t) => t.assessment.id)).toEqual([b.id]);
  });

  it('empties the trash', async () => {
    await saveAssessment(typicalAssessment());
    await moveToTrash(typicalAssessment().id);
    await emptyTrash();
    expect((await listTrash()).items).toEqual([]);
  });
});

describe('applyImportPlan', () => {
  it('writes new, copied and replaced assessments', async () => {
    const a = typicalAssessment();
    await saveAssessment(a);
    const newer = {
      ...a,
      updatedAt: '2026-03-30T00:00:00.000Z',
      meta: { ...a.meta, division: 'Newer' },
    };
    const plan = planImport([a], [newer, second()], 'replaceIfNewer', planOpts);
    await applyImportPlan(plan);
    const ids = (await loadAll()).assessments.map((x) => [x.id, x.meta.division]);
    expect(ids).toEqual(
      expect.arrayContaining([
        [a.id, 'Newer'],
        [second().id, a.meta.division],
      ]),
    );
  });

  it('writes nothing when any write fails', async () => {
    const a = typicalAssessment();
    await saveAssessment(a);
    const table = getDb().assessments;
    const realPut = table.put.bind(table);
    let calls = 0;
    vi.spyOn(table, 'put').mockImplementation((...args) => {
      calls += 1;
      if (calls === 2) throw new DOMException('full', 'QuotaExceededError');
      return realPut(...args);
    });
    const third = {
      ...second(),
      id: '7e1f2a9c-2222-4c39-9d0c-3b7e1f2a9c11',
      readableId: 'EQ-2026-FRFJ-N712',
    };
    const plan = planImport([a], [second(), third], 'skip', planOpts);
    await expect(applyImportPlan(plan)).rejects.toThrow();
    vi.restoreAllMocks();
    expect((await loadAll()).assessments).toEqual([a]);
  });

  it('aborts when the device changed since the plan was made', async () => {
    const a = typicalAssessment();
    await saveAssessment(a);
    const newer = {
      ...a,
      updatedAt: '2026-03-30T00:00:00.000Z',
      meta: { ...a.meta, division: 'File' },
    };
    const plan = planImport([a], [second(), newer], 'replaceIfNewer', planOpts);
    const meanwhile = {
      ...a,
      updatedAt: '2026-03-31T00:00:00.000Z',
      meta: { ...a.meta, division: 'Tab' },
    };
    await saveAssessment(meanwhile);
    await expect(applyImportPlan(plan)).rejects.toThrow(/changed on this device/);
    expect((await loadAll()).assessments).toEqual([meanwhile]);
  });

  it('brings an assessment back from the trash when the file replaces it', async () => {
    const a = typicalAssessment();
    await saveAssessment(a);
    await moveToTrash(a.id);
    const newer = { ...a, updatedAt: '2026-03-30T00:00:00.000Z' };
    await applyImportPlan(planImport([a], [newer], 'replaceIfNewer', planOpts));
    expect((await loadAll()).assessments).toEqual([newer]);
    expect((await listTrash()).items).toEqual([]);
  });
});

describe('last backup time', () => {
  it('is remembered', async () => {
    expect(await readLastBackupAt()).toBeUndefined();
    await writeLastBackupAt('2026-04-01T00:00:00.000Z');
    expect(await readLastBackupAt()).toBe('2026-04-01T00:00:00.000Z');
  });
});

describe('database upgrade', () => {
  it('keeps every version 2 record (assessments, trash, meta, legacy) when opening at the current version (6)', async () => {
    const name = `upgrade-test-${++n}`;
    const v2 = new Dexie(name);
    v2.version(1).stores({ assessments: 'id, updatedAt' });
    v2.version(2).stores({
      assessments: 'id, updatedAt',
      trash: 'id, deletedAt',
      meta: 'key',
      legacy: 'key, id',
    });
    const b = second();
    const trashRow = { id: b.id, deletedAt: '2026-04-01T00:00:00.000Z', record: b };
    const legacyRow = { key: 'x@v1', id: 'x', fromVersion: 1, keptAt: 'k', record: { id: 'x' } };
    await v2.table('assessments').put(typicalAssessment());
    await v2.table('trash').put(trashRow);
    await v2.table('meta').put({ key: 'lastBackupAt', value: '2026-04-02T00:00:00.000Z' });
    await v2.table('legacy').put(legacyRow);
    v2.close();
    const db = new EquityDb(name);
    setDbForTests(db);
    expect((await loadAll()).assessments).toEqual([typicalAssessment()]);
    expect(db.verno).toBe(6);
    expect(await db.trash.toArray()).toEqual([trashRow]);
    expect(await db.legacy.toArray()).toEqual([legacyRow]);
    expect(await readLastBackupAt()).toBe('2026-04-02T00:00:00.000Z');
    expect(await db.journal.count()).toBe(0);
    expect(await db.heads.count()).toBe(0);
  });

  it('keeps version 1 records when opening the database at the current version', async () => {
    const name = `upgrade-test-${++n}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({ assessments: 'id, updatedAt' });
    await v1.table('assessments').put(typicalAssessment());
    v1.close();
    const db = new EquityDb(name);
    setDbForTests(db);
    expect((await loadAll()).assessments).toEqual([typicalAssessment()]);
    expect(db.verno).toBe(6);
    await listTrash();
  });
});
