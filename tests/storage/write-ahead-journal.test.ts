import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyTrash, moveToTrash } from '@/storage/backup';
import { EquityDb, setDbForTests, type JournalRecord } from '@/storage/db';
import {
  appendJournal,
  commitRecord,
  readHeads,
  removeCoveredEntries,
} from '@/storage/write-ahead-journal';
import { typicalAssessment } from '../fixtures/assessments';

let db: EquityDb;
const a = typicalAssessment();
const entry = (seq: number, id = a.id): JournalRecord => ({
  id,
  seq,
  whole: false,
  patch: { status: 'draft' },
  at: '2026-04-01T00:00:00.000Z',
});

beforeEach(() => {
  db = new EquityDb(`wal-test-${crypto.randomUUID()}`);
  setDbForTests(db);
});
afterEach(async () => {
  await db.delete();
});

describe('write-ahead journal storage', () => {
  it('writes a record and removes exactly the entries it holds, in one transaction', async () => {
    await appendJournal([entry(1), entry(2), entry(3), entry(1, 'other')]);
    await commitRecord(structuredClone(a), 2);
    expect((await db.journal.toArray()).map((e) => [e.id, e.seq])).toEqual([
      [a.id, 3],
      ['other', 1],
    ]);
    expect((await readHeads()).get(a.id)).toBe(2);
    // A late write of an older record never lowers the head.
    await commitRecord(structuredClone(a), 1);
    expect((await readHeads()).get(a.id)).toBe(2);
  });

  it('removes an assessment’s entries when it is trashed, and raises its head past them', async () => {
    await db.assessments.put(structuredClone(a));
    await appendJournal([entry(5), entry(6)]);
    expect(await moveToTrash(a.id, new Date(), 6)).toBe(true);
    expect(await db.journal.count()).toBe(0);
    expect((await readHeads()).get(a.id)).toBe(6);
  });

  it('removes entries of trashed assessments when the trash is emptied', async () => {
    await db.assessments.put(structuredClone(a));
    await moveToTrash(a.id);
    await db.journal.put(entry(7));
    await emptyTrash();
    expect(await db.journal.count()).toBe(0);
  });

  it('drops entries the records already hold', async () => {
    await appendJournal([entry(1), entry(2), entry(3, 'x')]);
    await removeCoveredEntries(new Map([[a.id, 1]]));
    expect((await db.journal.toArray()).map((e) => [e.id, e.seq])).toEqual([
      [a.id, 2],
      ['x', 3],
    ]);
  });
});
