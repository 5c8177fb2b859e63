import type { Assessment } from '@/domain/assessment';
import { summarize } from '@/domain/summary';
import { getDb, type HeadRecord, type JournalRecord, type SetAsideRecord } from './db';

/**
 * The write-ahead journal: every change is written here within about 100 ms (only the fields it
 * changed), and compacted into the assessment's record by the autosave. The record write, its
 * head (the sequence number it holds) and the removal of the entries it covers are one
 * transaction, so after any crash the record plus the entries above its head is the latest state.
 * Entries are compared by their per-assessment sequence number, never by time.
 */

export type { HeadRecord, JournalRecord, SetAsideRecord };

const ENTRY_MIN = -Infinity;

/**
 * Appends entries in one transaction. With `strict` durability the browser flushes them to disk
 * before reporting success, so they survive a power cut too, not only a browser crash.
 */
export async function appendJournal(entries: readonly JournalRecord[]): Promise<void> {
  if (entries.length === 0) return;
  const db = getDb();
  if (!db.isOpen()) await db.open();
  const idb = db.backendDB();
  await new Promise<void>((resolve, reject) => {
    const tx = idb.transaction('journal', 'readwrite', { durability: 'strict' });
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('Journal write failed'));
    tx.onabort = () => reject(tx.error ?? new Error('Journal write aborted'));
    try {
      const store = tx.objectStore('journal');
      for (const e of entries) store.put(e);
    } catch (e) {
      tx.abort();
      reject(e instanceof Error ? e : new Error(String(e)));
    }
  });
}

/** Removes an assessment's entries up to `seq` and raises its head to at least `seq`. */
async function settle(id: string, seq: number): Promise<void> {
  const db = getDb();
  const head = await db.heads.get(id);
  if (!head || head.seq < seq) await db.heads.put({ id, seq });
  await db.journal.where('[id+seq]').between([id, ENTRY_MIN], [id, seq], true, true).delete();
}

/**
 * Writes an assessment's record holding every change up to `seq` and its list summary, and in
 * the same transaction removes the journal entries it covers. `record` is stored as given.
 */
export async function commitRecord(record: Assessment, seq: number): Promise<void> {
  const db = getDb();
  const summary = summarize(record);
  await db.transaction('rw', [db.assessments, db.summaries, db.heads, db.journal], async () => {
    await db.assessments.put(record);
    await db.summaries.put(summary);
    await settle(record.id, seq);
  });
}

/** The heads of the given assessments (0 when none was written yet). */
export async function readHeads(): Promise<Map<string, number>> {
  const rows = await getDb().heads.toArray();
  return new Map(rows.map((h) => [h.id, h.seq]));
}

export async function readHead(id: string): Promise<number> {
  return (await getDb().heads.get(id))?.seq ?? 0;
}

/** Every journal entry as stored (unchecked: the caller validates each one). */
export async function readJournalEntries(): Promise<unknown[]> {
  return getDb().journal.toArray();
}

/** Removes entries at or below each assessment's head: they are already in its record. */
export async function removeCoveredEntries(heads: ReadonlyMap<string, number>): Promise<void> {
  const db = getDb();
  await db.journal
    .filter((e) => typeof e.seq === 'number' && e.seq <= (heads.get(e.id) ?? ENTRY_MIN))
    .delete();
}

/** Keeps unreadable crash copies and journal entries where help desks can get them. */
export async function setAside(items: readonly Omit<SetAsideRecord, 'key'>[]): Promise<void> {
  if (items.length === 0) return;
  const db = getDb();
  await db.transaction('rw', db.setAside, db.journal, async () => {
    await db.setAside.bulkAdd(items.map((i) => ({ ...i })));
    for (const i of items) {
      if (i.source !== 'journal') continue;
      const { id, seq } = (i.raw ?? {}) as Partial<JournalRecord>;
      if (typeof id === 'string' && typeof seq === 'number') await db.journal.delete([id, seq]);
    }
  });
}

export async function listSetAside(): Promise<SetAsideRecord[]> {
  return getDb().setAside.toArray();
}

/**
 * For deleting, trashing, emptying the trash, importing over: removes every entry of the
 * assessment and raises its head to at least `seq`, so no crash copy of it can come back. Call
 * inside a transaction over `heads` and `journal`. Returns the head.
 */
export async function forgetJournal(id: string, seq = 0): Promise<number> {
  const db = getDb();
  const head = (await db.heads.get(id))?.seq ?? 0;
  const next = Math.max(head, seq);
  if (next !== head) await db.heads.put({ id, seq: next });
  await db.journal.where('id').equals(id).delete();
  return next;
}
