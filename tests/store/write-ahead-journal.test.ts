import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Assessment } from '@/domain/assessment';
import { EquityDb, setDbForTests, type JournalRecord } from '@/storage/db';
import { CRASH_COPY_KEY } from '@/storage/crash-copy';
import { resetAssessmentStoreForTests, useAssessmentStore } from '@/store/assessment-store';
import { typicalAssessment } from '../fixtures/assessments';

let db: EquityDb;
const store = useAssessmentStore;
const a0 = typicalAssessment();
const id = a0.id;

beforeEach(async () => {
  localStorage.clear();
  db = new EquityDb(`journal-test-${crypto.randomUUID()}`);
  setDbForTests(db);
  await db.assessments.put(structuredClone(a0));
  await store.getState().load();
  // Opened, as the wizard does: at start the store holds only the list's summaries.
  await store.getState().openAssessment(id);
});
afterEach(async () => {
  resetAssessmentStoreForTests();
  await db.delete();
});

/**
 * The browser dies: memory is gone, the database and localStorage stay. Then the app starts and
 * the assessment is opened.
 */
async function crashAndRestart(): Promise<void> {
  resetAssessmentStoreForTests();
  await store.getState().load();
  await store.getState().openAssessment(id);
}

const entries = () => db.journal.where('id').equals(id).toArray();
const typed = (proposal: string) =>
  store.getState().updateSection(id, 'q1', { ...store.getState().byId[id]!.q1, proposal });

describe('the write-ahead journal', () => {
  it('holds each change within about 100 ms, only the changed section, and a crash keeps it', async () => {
    typed('Bus route 1');
    typed('Bus route 12');
    await vi.waitFor(async () => expect(await entries()).not.toHaveLength(0), { timeout: 1000 });
    const [first] = await entries();
    expect(first?.whole).toBe(false);
    expect(Object.keys(first?.patch ?? {}).sort()).toEqual(['q1', 'updatedAt']);
    // The record on disk is still the old one: the crash comes before the autosave.
    expect((await db.assessments.get(id))?.q1).toEqual(a0.q1);

    await crashAndRestart();
    expect(store.getState().byId[id]?.q1.proposal).toBe('Bus route 12');
    expect(store.getState().recovered).toEqual([{ id, title: a0.meta.title, step: 'q1' }]);
    // Compacted into the record at start; the journal is empty again.
    expect((await db.assessments.get(id))?.q1).toMatchObject({ proposal: 'Bus route 12' });
    expect(await entries()).toEqual([]);
  });

  it('applies entries in sequence order, whatever their times say', async () => {
    const q1 = (proposal: string) => ({ ...a0.q1, proposal });
    const entry = (seq: number, proposal: string, at: string): JournalRecord => ({
      id,
      seq,
      whole: false,
      patch: { q1: q1(proposal), updatedAt: at },
      at,
    });
    // The later change has the earlier clock time (the clock was set back in between).
    await db.journal.bulkPut([
      entry(2, 'second', '2026-05-01T00:00:00.000Z'),
      entry(3, 'third', '2026-04-01T00:00:00.000Z'),
    ]);
    await db.heads.put({ id, seq: 1 });
    await crashAndRestart();
    expect(store.getState().byId[id]?.q1.proposal).toBe('third');
    expect(await db.heads.get(id)).toEqual({ id, seq: 3 });

    // An entry at or below the head is already in the record: it is ignored and removed.
    await db.journal.put(entry(2, 'stale', '2027-01-01T00:00:00.000Z'));
    await crashAndRestart();
    expect(store.getState().byId[id]?.q1.proposal).toBe('third');
    expect(store.getState().recovered).toEqual([]);
    expect(await entries()).toEqual([]);
  });

  it('compacts into the record on the autosave and removes the entries it holds', async () => {
    typed('Compacted');
    await vi.waitFor(async () => expect(await entries()).not.toHaveLength(0), { timeout: 1000 });
    const seq = Math.max(...(await entries()).map((e) => e.seq));
    await store.getState().flush();
    expect(await entries()).toEqual([]);
    expect((await db.heads.get(id))?.seq).toBe(seq);
    expect((await db.assessments.get(id))?.q1).toMatchObject({ proposal: 'Compacted' });
    await crashAndRestart();
    expect(store.getState().recovered).toEqual([]);
  });

  it('removes the entries of a deleted assessment, and a crash never brings it back', async () => {
    typed('About to be deleted');
    await vi.waitFor(async () => expect(await entries()).not.toHaveLength(0), { timeout: 1000 });
    // A crash copy from a failed save that outlived the write (localStorage is written lazily).
    const stale = { ...store.getState().byId[id]!, updatedAt: '2099-01-01T00:00:00.000Z' };
    localStorage.setItem(
      `${CRASH_COPY_KEY}:old-tab`,
      JSON.stringify({ v: 2, entries: [{ seq: 1, assessment: stale }] }),
    );
    await store.getState().remove(id);
    expect(await entries()).toEqual([]);
    await crashAndRestart();
    expect(store.getState().byId[id]).toBeUndefined();
    expect(store.getState().trash.map((t) => t.assessment.id)).toEqual([id]);
    expect(localStorage.getItem(`${CRASH_COPY_KEY}:old-tab`)).toBeNull();

    // Emptying the trash keeps it gone too.
    localStorage.setItem(
      `${CRASH_COPY_KEY}:old-tab`,
      JSON.stringify({ v: 2, entries: [{ seq: 1, assessment: stale }] }),
    );
    await store.getState().emptyTrash();
    await crashAndRestart();
    expect(store.getState().byId[id]).toBeUndefined();
  });

  it('keeps a malformed entry and a malformed crash copy aside and lists them', async () => {
    await db.journal.put({ id, seq: 9, whole: false, patch: { q1: 'not a section' }, at: 'x' });
    localStorage.setItem(`${CRASH_COPY_KEY}:broken`, '{"v":2,"entries":[{"seq":');
    await crashAndRestart();
    // The record is untouched, and both are listed with where they came from.
    expect(store.getState().byId[id]).toEqual(a0);
    const problems = store.getState().problems.map((p) => [p.source, p.id]);
    expect(problems).toContainEqual(['journal', id]);
    expect(problems).toContainEqual(['crashCopy', '?']);
    // Kept aside, exactly as they were, before being taken out of the journal and localStorage.
    const kept = await db.setAside.toArray();
    expect(kept.map((k) => k.source).sort()).toEqual(['crashCopy', 'journal']);
    expect(kept.find((k) => k.source === 'crashCopy')?.raw).toBe('{"v":2,"entries":[{"seq":');
    expect(await entries()).toEqual([]);
    expect(localStorage.getItem(`${CRASH_COPY_KEY}:broken`)).toBeNull();
    // Still listed at the next start.
    await crashAndRestart();
    expect(store.getState().problems).toHaveLength(2);
  });

  it('lists trash records that cannot be read', async () => {
    await db.trash.put({ id: 'bad', deletedAt: '2026-04-01T00:00:00.000Z', record: { id: 'bad' } });
    await crashAndRestart();
    expect(store.getState().problems.map((p) => [p.source, p.id])).toEqual([['trash', 'bad']]);
  });

  it('removes what was journaled for an assessment an import replaces', async () => {
    typed('Journaled, then imported over');
    await vi.waitFor(async () => expect(await entries()).not.toHaveLength(0), { timeout: 1000 });
    const { planImport } = await import('@/domain/package');
    await store.getState().flush();
    const stored = store.getState().byId[id]!;
    await db.journal.put({ id, seq: 99, whole: false, patch: { status: 'draft' }, at: 'x' });
    const newer: Assessment = {
      ...stored,
      updatedAt: '2099-01-01T00:00:00.000Z',
      q1: { ...stored.q1, proposal: 'From the file' },
    };
    const plan = planImport([stored], [newer], 'replaceIfNewer', {
      now: new Date(),
      newId: () => crypto.randomUUID(),
      copySuffix: '(copy)',
    });
    await store.getState().applyImport(plan);
    expect(await entries()).toEqual([]);
    await crashAndRestart();
    expect(store.getState().byId[id]?.q1.proposal).toBe('From the file');
  });
});
