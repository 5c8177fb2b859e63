import type { Assessment } from '@/domain/assessment';
import { SCHEMA_VERSION } from '@/domain/constants';
import { summarize } from '@/domain/summary';
import { getDb, type StoredRecord } from './db';

/** The shape version a stored record says it has (records of the first shape may lack the field). */
export function storedVersion(row: StoredRecord): number {
  return typeof row.schemaVersion === 'number' ? row.schemaVersion : 1;
}

export function needsRewrite(row: StoredRecord): boolean {
  return row.schemaVersion !== SCHEMA_VERSION;
}

/**
 * Writes records that opening migrated to the current shape. Each original is first copied to the
 * `legacy` table in the same transaction, so it is never lost before its migrated record exists.
 * A failure (quota…) leaves every original where it was; the migration simply runs again next time.
 */
export async function persistMigrated(
  pairs: readonly { original: StoredRecord; migrated: Assessment }[],
): Promise<boolean> {
  if (pairs.length === 0) return true;
  const db = getDb();
  const keptAt = new Date().toISOString();
  try {
    await db.transaction('rw', [db.assessments, db.legacy, db.summaries], async () => {
      for (const { original, migrated } of pairs) {
        const fromVersion = storedVersion(original);
        await db.legacy.put({
          key: `${original.id}@v${fromVersion}`,
          id: original.id,
          fromVersion,
          keptAt,
          record: original,
        });
        await db.assessments.put(structuredClone(migrated));
        await db.summaries.put(summarize(migrated));
      }
    });
    return true;
  } catch {
    return false;
  }
}
