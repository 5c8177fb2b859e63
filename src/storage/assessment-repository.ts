import type { Assessment } from '@/domain/assessment';
import { recordSchemas } from '@/domain/record-schemas';
import { readSummary, summarize, type AssessmentSummary } from '@/domain/summary';
import { getDb, type StoredRecord } from './db';
import { needsRewrite, persistMigrated } from './stored-migration';

/** Something on the device that could not be read: it is listed, kept, and can be downloaded. */
export interface LoadProblem {
  id: string;
  error: string;
  /** A stored record, a trashed one, a crash copy or a journal entry that was set aside. */
  source: 'record' | 'trash' | 'crashCopy' | 'journal';
  /** Exactly as stored, for "Download these as a file". */
  raw: unknown;
}

export interface LoadResult {
  assessments: Assessment[];
  problems: LoadProblem[];
}

function toRecord(a: Assessment): StoredRecord {
  return structuredClone(a);
}

function problemOf(row: StoredRecord, error: string): LoadProblem {
  return { id: typeof row.id === 'string' ? row.id : '?', error, source: 'record', raw: row };
}

/**
 * Reads every record (a backup of everything, an import's comparison); a record that fails the
 * schema is reported and the others still load. The list reads `loadSummaries` instead.
 */
export async function loadAll(): Promise<LoadResult> {
  const { parseStored } = await recordSchemas();
  const rows = await getDb().assessments.toArray();
  const assessments: Assessment[] = [];
  const problems: LoadProblem[] = [];
  const migrated: { original: StoredRecord; migrated: Assessment }[] = [];
  for (const row of rows) {
    const parsed = parseStored(row);
    if (parsed.ok) {
      assessments.push(parsed.assessment);
      if (needsRewrite(row)) migrated.push({ original: row, migrated: parsed.assessment });
    } else problems.push(problemOf(row, parsed.error));
  }
  // Older shapes are written back migrated, each original kept (see stored-migration.ts).
  await persistMigrated(migrated);
  return { assessments, problems };
}

export interface SummariesResult {
  summaries: AssessmentSummary[];
  problems: LoadProblem[];
}

/**
 * What the list needs at start: the summary of every stored record, without reading the records.
 * Only the record keys are read besides, to find a record without a current summary (stored by
 * something other than this app, or before summaries existed): that record is read, and its
 * summary written, or it is reported as unreadable. A summary whose record is gone is removed.
 */
export async function loadSummaries(): Promise<SummariesResult> {
  const db = getDb();
  const [rows, keys] = await db.transaction('r', db.summaries, db.assessments, () =>
    Promise.all([db.summaries.toArray(), db.assessments.toCollection().primaryKeys()]),
  );
  const stored = new Set(keys);
  const summaries: AssessmentSummary[] = [];
  const have = new Set<string>();
  const orphans: string[] = [];
  for (const row of rows) {
    const s = readSummary(row);
    if (!stored.has(row.id)) orphans.push(row.id);
    else if (s) {
      summaries.push(s);
      have.add(s.id);
    }
  }
  const missing = keys.filter((k) => !have.has(k));
  const problems: LoadProblem[] = [];
  if (missing.length > 0 || orphans.length > 0) {
    const { parseStored } = await recordSchemas();
    const records = await db.assessments.bulkGet(missing);
    const rebuilt: AssessmentSummary[] = [];
    for (const row of records) {
      if (!row) continue;
      const parsed = parseStored(row);
      if (parsed.ok) rebuilt.push(summarize(parsed.assessment));
      else problems.push(problemOf(row, parsed.error));
    }
    summaries.push(...rebuilt);
    try {
      await db.transaction('rw', db.summaries, async () => {
        await db.summaries.bulkDelete(orphans);
        await db.summaries.bulkPut(rebuilt);
      });
    } catch {
      // They are rebuilt again next time; the list is right either way.
    }
  }
  return { summaries, problems };
}

export type ReadResult =
  | { kind: 'ok'; assessment: Assessment }
  | { kind: 'unreadable'; problem: LoadProblem }
  | { kind: 'missing' };

/**
 * Reads one record (an assessment being opened, or reloaded after another tab wrote it). A record
 * of an older shape is written back migrated, its original kept.
 */
export async function readRecord(id: string): Promise<ReadResult> {
  const row = await getDb().assessments.get(id);
  if (!row) return { kind: 'missing' };
  const { parseStored } = await recordSchemas();
  const parsed = parseStored(row);
  if (!parsed.ok) return { kind: 'unreadable', problem: problemOf(row, parsed.error) };
  if (needsRewrite(row)) await persistMigrated([{ original: row, migrated: parsed.assessment }]);
  return { kind: 'ok', assessment: parsed.assessment };
}

/** Reads the records of these ids that read (for recovering their journal entries at start). */
export async function readRecords(ids: readonly string[]): Promise<Record<string, Assessment>> {
  if (ids.length === 0) return {};
  const { parseStored } = await recordSchemas();
  const rows = await getDb().assessments.bulkGet([...ids]);
  const out: Record<string, Assessment> = {};
  for (const row of rows) {
    if (!row) continue;
    const parsed = parseStored(row);
    if (parsed.ok) out[parsed.assessment.id] = parsed.assessment;
  }
  return out;
}

/** The stored summary of one assessment, or undefined when it is not on the list. */
export async function readStoredSummary(id: string): Promise<AssessmentSummary | undefined> {
  const db = getDb();
  const [row, stored] = await db.transaction('r', db.summaries, db.assessments, () =>
    Promise.all([db.summaries.get(id), db.assessments.where(':id').equals(id).count()]),
  );
  if (stored === 0) return undefined;
  const s = row ? readSummary(row) : undefined;
  if (s) return s;
  const record = await readRecord(id);
  return record.kind === 'ok' ? summarize(record.assessment) : undefined;
}

export async function saveAssessment(a: Assessment): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.assessments, db.summaries, async () => {
    await db.assessments.put(toRecord(a));
    await db.summaries.put(summarize(a));
  });
}
