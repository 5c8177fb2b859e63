import type { PdfData } from '@/domain/pdf-data';
import { newReview, type Review } from '@/domain/review';
import {
  decisionsOf,
  latestReviewOf,
  putReview,
  putSubmission,
  readReview,
  reviewOf,
} from '@/storage/reviews';

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

/**
 * The author worked through a comment of a review they got back: marked done (or not done again).
 * Only this device's copy of the review changes; the comment's text stays. Returns the review as
 * written, or undefined when it is no longer here.
 */
export async function setCommentDone(
  reviewId: string,
  commentId: string,
  done: boolean,
  now = new Date(),
): Promise<Review | undefined> {
  const review = await readReview(reviewId);
  if (!review || !review.comments.some((c) => c.id === commentId)) return undefined;
  const next: Review = {
    ...review,
    comments: review.comments.map((c) => (c.id === commentId ? { ...c, done } : c)),
    updatedAt: now.toISOString(),
  };
  await putReview(next);
  return next;
}

export { decisionsOf, latestReviewOf, reviewOf };
