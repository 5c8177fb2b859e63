import type { RecordsInput } from '@/domain/package';
import { countSubmissionsAndReviews } from '@/storage/backup';
import { listVersionsOf } from '@/storage/versions';

/** Which versions, submissions and reviews the device holds (for an import's plan). */
export { readRecordsOnDevice } from '@/storage/backup';

/**
 * Whether "Back up all" has anything besides the assessments on the list to save: a reviewer's
 * device may hold submissions and reviews only. False when storage cannot be read.
 */
export async function hasReviewRecords(): Promise<boolean> {
  return countSubmissionsAndReviews().then(
    (n) => n > 0,
    () => false,
  );
}

/**
 * What a backup carries besides the assessments `ids`: their kept exported versions, and the
 * submissions and reviews of the equity team's side. "Back up all" (`all`) takes every submission
 * and review on this device, also of assessments not on its list (a reviewer's device holds
 * submissions only); a backup of one assessment takes those of that assessment.
 */
export async function backupRecords(ids: readonly string[], all: boolean): Promise<RecordsInput> {
  const wanted = new Set(ids);
  // The equity team's records (and their schema) load only when a backup is made.
  const { listReviews, listSubmissions } = await import('@/storage/reviews');
  const [versions, submissions, reviews] = await Promise.all([
    listVersionsOf(ids),
    listSubmissions(),
    listReviews(),
  ]);
  return {
    versions,
    submissions: submissions.filter((s) => all || wanted.has(s.assessment.id)),
    reviews: reviews.filter((r) => all || wanted.has(r.assessmentId)),
  };
}
