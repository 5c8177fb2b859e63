import type { Transaction } from 'dexie';
import { parseStored } from '@/domain/migrations';
import { summarize } from '@/domain/summary';

/**
 * The upgrade that adds the `summaries` table: one summary per stored record that reads. A record
 * that does not read gets none; the start finds it without one and lists it as unreadable, as
 * before. Self-contained (it names its tables), so it can run under any version number.
 */
export async function backfillSummaries(tx: Transaction): Promise<void> {
  const records: unknown[] = await tx.table('assessments').toArray();
  const summaries = [];
  for (const raw of records) {
    const parsed = parseStored(raw);
    if (parsed.ok) summaries.push(summarize(parsed.assessment));
  }
  await tx.table('summaries').bulkPut(summaries);
}
