import type { Assessment } from '@/domain/assessment';
import { parseStored } from '@/domain/migrations';
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

/** Reads every record; a record that fails the schema is reported and the others still load. */
export async function loadAll(): Promise<LoadResult> {
  const rows = await getDb().assessments.toArray();
  const assessments: Assessment[] = [];
  const problems: LoadProblem[] = [];
  const migrated: { original: StoredRecord; migrated: Assessment }[] = [];
  for (const row of rows) {
    const parsed = parseStored(row);
    if (parsed.ok) {
      assessments.push(parsed.assessment);
      if (needsRewrite(row)) migrated.push({ original: row, migrated: parsed.assessment });
    } else
      problems.push({
        id: typeof row.id === 'string' ? row.id : '?',
        error: parsed.error,
        source: 'record',
        raw: row,
      });
  }
  // Older shapes are written back migrated, each original kept (see stored-migration.ts).
  await persistMigrated(migrated);
  return { assessments, problems };
}

export async function saveAssessment(a: Assessment): Promise<void> {
  await getDb().assessments.put(toRecord(a));
}
