import type { Assessment } from '@/domain/assessment';
import { loadAll } from '@/storage/assessment-repository';
import { useAssessmentStore } from './assessment-store';

/**
 * Every assessment on the list as a full record (for "Back up all" and an import's comparison):
 * the stored records, each replaced by the one in memory where that is loaded, which is as new or
 * newer, and includes work that could not reach the device's storage. When storage cannot be read,
 * what is in memory.
 */
export async function allAssessments(): Promise<Assessment[]> {
  let stored: Assessment[] = [];
  try {
    stored = (await loadAll()).assessments;
  } catch {
    // Storage unavailable: memory holds everything this tab has.
  }
  const { byId, summaries } = useAssessmentStore.getState();
  const all = new Map(stored.map((a) => [a.id, a]));
  for (const a of Object.values(byId)) all.set(a.id, a);
  // A record deleted in this tab since the read is not on the list any more.
  for (const id of all.keys()) if (!byId[id] && !summaries[id]) all.delete(id);
  return [...all.values()];
}
