import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SCHEMA_VERSION } from '@/domain/constants';
import { AssessmentSchema, type Assessment } from '@/domain/assessment';
import { planImport } from '@/domain/package';
import { readSummary, summarize, SUMMARY_VERSION } from '@/domain/summary';
import {
  loadSummaries,
  readRecord,
  readStoredSummary,
  saveAssessment,
} from '@/storage/assessment-repository';
import { applyImportPlan, emptyTrash, moveToTrash, restoreFromTrash } from '@/storage/backup';
import { EquityDb, getDb, setDbForTests } from '@/storage/db';
import { commitRecord } from '@/storage/write-ahead-journal';
import { typicalAssessment } from '../fixtures/assessments';
import storedV1 from '../fixtures/stored-v1.json';

let n = 0;
beforeEach(() => setDbForTests(new EquityDb(`summaries-test-${++n}`)));
afterEach(async () => {
  await getDb().delete();
  setDbForTests(undefined);
});

const planOpts = {
  now: new Date('2026-04-01T00:00:00.000Z'),
  newId: () => crypto.randomUUID(),
  copySuffix: '(copy)',
};

function other(title = 'Library hours'): Assessment {
  const a = typicalAssessment();
  return {
    ...a,
    id: '7e1f2a9c-1111-4c39-9d0c-3b7e1f2a9c11',
    readableId: 'EQ-2026-FRFJ-N70H', // follows from the id
    meta: { ...a.meta, title },
  };
}

/** Every stored summary must be exactly the summary of its stored record. */
async function expectInStep(): Promise<void> {
  const db = getDb();
  const records = await db.assessments.toArray();
  const expected = records.map((r) => summarize(AssessmentSchema.parse(r)));
  const stored = await db.summaries.toArray();
  const byId = (x: { id: string }, y: { id: string }) => x.id.localeCompare(y.id);
  expect(stored.sort(byId)).toEqual(expected.sort(byId));
}

describe('the summary of an assessment', () => {
  it('holds what the list shows and searches, from the record', () => {
    const a = typicalAssessment();
    expect(summarize(a)).toEqual({
      v: SUMMARY_VERSION,
      id: a.id,
      readableId: a.readableId,
      formerReadableIds: a.formerReadableIds,
      title: a.meta.title,
      department: a.meta.department,
      division: a.meta.division,
      status: a.status,
      updatedAt: a.updatedAt,
      lastExportedAt: a.lastExportedAt,
      version: a.version,
      answered: expect.any(Number) as number,
      total: 5,
    });
  });
});

describe('the summaries table is kept in step with every write', () => {
  it('the autosave commit writes the record and its summary together', async () => {
    const a = typicalAssessment();
    await commitRecord(structuredClone(a), 1);
    await commitRecord({ ...structuredClone(a), status: 'submitted' }, 2);
    await expectInStep();
    expect((await getDb().summaries.get(a.id))?.status).toBe('submitted');
  });

  it('a failed commit leaves neither the record nor its summary', async () => {
    const a = typicalAssessment();
    const table = getDb().summaries;
    vi.spyOn(table, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(commitRecord(structuredClone(a), 1)).rejects.toThrow();
    vi.restoreAllMocks();
    expect(await getDb().assessments.count()).toBe(0);
    expect(await getDb().summaries.count()).toBe(0);
  });

  it('import writes the summaries of what it adds, copies and replaces', async () => {
    const a = typicalAssessment();
    await saveAssessment(a);
    const newer = { ...a, updatedAt: '2099-01-01T00:00:00.000Z', status: 'reviewed' as const };
    await applyImportPlan(planImport([a], [newer, other()], 'replaceIfNewer', planOpts));
    await expectInStep();
    expect(await getDb().summaries.count()).toBe(2);
    expect((await getDb().summaries.get(a.id))?.status).toBe('reviewed');
    const copied = { ...other(), meta: { ...other().meta, title: 'Changed elsewhere' } };
    await applyImportPlan(planImport([a, other()], [copied], 'keepBoth', planOpts));
    await expectInStep();
    expect((await getDb().summaries.toArray()).map((s) => s.title).sort()).toEqual(
      [a.meta.title, 'Library hours', 'Changed elsewhere (copy)'].sort(),
    );
  });

  it('trashing removes the summary, restoring brings it back, emptying leaves it out', async () => {
    const a = typicalAssessment();
    await saveAssessment(a);
    await saveAssessment(other());
    await moveToTrash(a.id);
    await expectInStep();
    expect((await getDb().summaries.toArray()).map((s) => s.id)).toEqual([other().id]);
    await restoreFromTrash(a.id);
    await expectInStep();
    expect(await getDb().summaries.count()).toBe(2);
    await moveToTrash(other().id);
    await emptyTrash();
    await expectInStep();
    expect((await getDb().summaries.toArray()).map((s) => s.id)).toEqual([a.id]);
  });

  it('opening a record of an older shape writes it migrated, with its summary', async () => {
    const raw = structuredClone(storedV1);
    const legacy = { ...raw, schemaVersion: undefined, meta: { ...raw.meta, title: 'Old' } };
    await getDb().assessments.put(legacy);
    const read = await readRecord(legacy.id);
    expect(read.kind).toBe('ok');
    expect((await getDb().assessments.get(legacy.id))?.schemaVersion).toBe(SCHEMA_VERSION);
    expect((await getDb().summaries.get(legacy.id))?.title).toBe('Old');
    await expectInStep();
  });
});

describe('loading the list', () => {
  it('reads summaries, not records', async () => {
    const a = typicalAssessment();
    await saveAssessment(a);
    await saveAssessment(other());
    const toArray = vi.spyOn(getDb().assessments, 'toArray');
    const bulkGet = vi.spyOn(getDb().assessments, 'bulkGet');
    const get = vi.spyOn(getDb().assessments, 'get');
    const { summaries, problems } = await loadSummaries();
    expect(problems).toEqual([]);
    expect(summaries.map((s) => s.title).sort()).toEqual([a.meta.title, 'Library hours'].sort());
    expect(toArray).not.toHaveBeenCalled();
    expect(bulkGet).not.toHaveBeenCalled();
    expect(get).not.toHaveBeenCalled();
  });

  it('rebuilds a missing or outdated summary, drops one without a record, lists an unreadable record', async () => {
    const a = typicalAssessment();
    const db = getDb();
    // Stored by something other than the app: no summary.
    await db.assessments.put(structuredClone(a));
    await saveAssessment(other());
    await db.summaries.put({ ...summarize(other()), v: 0 } as never);
    await db.summaries.put({ ...summarize(other()), id: 'gone' });
    await db.assessments.put({ id: 'broken', meta: 'not an object' });
    const { summaries, problems } = await loadSummaries();
    expect(summaries.map((s) => s.id).sort()).toEqual([a.id, other().id].sort());
    expect(summaries.find((s) => s.id === other().id)?.v).toBe(SUMMARY_VERSION);
    expect(problems.map((p) => [p.source, p.id])).toEqual([['record', 'broken']]);
    // Written back: the next start reads them straight.
    expect((await db.summaries.toArray()).map((s) => s.id).sort()).toEqual(
      [a.id, other().id].sort(),
    );
    expect(await db.assessments.get('broken')).toEqual({ id: 'broken', meta: 'not an object' });
  });

  it('one summary for another tab: none when the record is gone', async () => {
    await saveAssessment(other());
    expect((await readStoredSummary(other().id))?.title).toBe('Library hours');
    await getDb().assessments.delete(other().id);
    expect(await readStoredSummary(other().id)).toBeUndefined();
  });
});

describe('reading a stored summary', () => {
  it('keeps a summary of the current shape, and only its own fields', () => {
    const s = summarize(typicalAssessment());
    expect(readSummary({ ...s, extra: 'not kept' })).toEqual(s);
    expect(readSummary({ ...s, lastExportedAt: null })).toEqual({ ...s, lastExportedAt: null });
  });

  it.each([
    ['another shape version', { v: SUMMARY_VERSION + 1 }],
    ['an empty id', { id: '' }],
    ['a missing title', { title: undefined }],
    ['an unknown status', { status: 'lost' }],
    ['a number that is not finite', { answered: Number.NaN }],
    ['a former id that is not text', { formerReadableIds: ['EQ-1', 2] }],
    ['an export date that is a number', { lastExportedAt: 5 }],
  ])('refuses one with %s (it is rebuilt from its record)', (_what, change) => {
    expect(readSummary({ ...summarize(typicalAssessment()), ...change })).toBeUndefined();
  });

  it('refuses what is not an object', () => {
    expect(readSummary(null)).toBeUndefined();
    expect(readSummary('summary')).toBeUndefined();
  });
});

describe('the upgrade that adds summaries', () => {
  it('gives every readable record of a version 3 database its summary at the first start', async () => {
    const name = `summaries-upgrade-${++n}`;
    const v3 = new Dexie(name);
    v3.version(3).stores({
      assessments: 'id, updatedAt',
      trash: 'id, deletedAt',
      meta: 'key',
      legacy: 'key, id',
      journal: '[id+seq], id',
      heads: 'id',
      setAside: '++key',
    });
    const a = typicalAssessment();
    const legacy = { ...structuredClone(storedV1), schemaVersion: undefined };
    await v3.table('assessments').bulkPut([structuredClone(a), other(), legacy]);
    await v3.table('assessments').put({ id: 'broken', meta: 'not an object' });
    await v3.table('trash').put({ id: 'x', deletedAt: '2026-04-01T00:00:00.000Z', record: a });
    v3.close();

    const db = new EquityDb(name);
    setDbForTests(db);
    await db.open();
    expect(db.verno).toBe(6);
    // The upgrade adds the table; the first load builds the summaries and writes them.
    const { summaries, problems } = await loadSummaries();
    expect(problems.map((p) => p.id)).toEqual(['broken']);
    expect(summaries.map((s) => s.id).sort()).toEqual([a.id, other().id, legacy.id].sort());
    const stored = await db.summaries.toArray();
    expect(stored.map((s) => s.id).sort()).toEqual([a.id, other().id, legacy.id].sort());
    expect(stored.find((s) => s.id === a.id)).toEqual(summarize(a));
    expect(stored.find((s) => s.id === legacy.id)?.title).toBe(storedV1.meta.title);
    // Records are untouched by the upgrade and by building their summaries.
    expect(await db.assessments.count()).toBe(4);
    expect(await db.assessments.get(legacy.id)).toEqual(legacy);
    // The next start reads the stored summaries and reports the same.
    expect((await loadSummaries()).problems.map((p) => p.id)).toEqual(['broken']);
  });
});
