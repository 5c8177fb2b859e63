import type { PdfData } from '@/domain/pdf-data';
import { newReview, type Review } from '@/domain/review';
import { latestReviewOf, putReview, putSubmission, reviewOf } from '@/storage/reviews';

/**
 * The reviewer opened submitted versions: each is kept read-only as received, and gets a review of
 * its own (an existing review of the same version is kept, never replaced). Returns where each is.
 */
export async function receiveSubmissions(
  items: readonly PdfData[],
  now = new Date(),
): Promise<{ assessmentId: string; version: number }[]> {
  const out: { assessmentId: string; version: number }[] = [];
  for (const item of items) {
    const a = item.assessment;
    await putSubmission({
      assessment: a,
      fingerprint: item.fingerprint,
      receivedAt: now.toISOString(),
    });
    // A reviewed PDF opened by another reviewer brings its review along.
    const existing = await reviewOf(a.id, a.version);
    if (!existing) {
      await putReview(
        item.review ??
          newReview({
            id: crypto.randomUUID(),
            assessmentId: a.id,
            readableId: a.readableId,
            version: a.version,
            assessmentFingerprint: item.fingerprint,
            submittedAt: item.submittedAt,
            now,
          }),
      );
    }
    out.push({ assessmentId: a.id, version: a.version });
  }
  return out;
}

/** The author got a reviewed PDF back: the review attaches to that assessment and version. */
export async function receiveReview(review: Review): Promise<void> {
  await putReview(review);
}

export { latestReviewOf, reviewOf };
