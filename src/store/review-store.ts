import { newReview, ReviewSchema, type Review } from '@/domain/review';
import {
  listSubmissions,
  putReview,
  readSubmission,
  reviewOf,
  type Submission,
} from '@/storage/reviews';

/**
 * The equity team's reviews for the screens (features never reach storage themselves): open a
 * submission with its review (made on first open), and save a review as it changes, debounced,
 * at once on `flush()` and when the page is hidden.
 */
export type { Submission } from '@/storage/reviews';

/** How long after the last change a review is written. */
export const REVIEW_SAVE_DELAY_MS = 400;

export interface OpenedReview {
  submission: Submission;
  review: Review;
}

/** The submission of one version and its review; a new review when none is kept yet. */
export async function openReview(
  assessmentId: string,
  version: number,
  now: () => Date = () => new Date(),
): Promise<OpenedReview | undefined> {
  const submission = await readSubmission(assessmentId, version);
  if (!submission) return undefined;
  const kept = await reviewOf(assessmentId, version);
  if (kept) return { submission, review: kept };
  const a = submission.assessment;
  const review = newReview({
    id: crypto.randomUUID(),
    assessmentId: a.id,
    readableId: a.readableId,
    version: a.version,
    assessmentFingerprint: submission.fingerprint,
    submittedAt: a.lastExportedAt,
    now: now(),
  });
  await putReview(review);
  return { submission, review };
}

/** Every submission on this device with its review (if any). */
export async function listSubmissionsWithReviews(): Promise<
  { submission: Submission; review: Review | undefined }[]
> {
  const submissions = await listSubmissions();
  return Promise.all(
    submissions.map(async (submission) => ({
      submission,
      review: await reviewOf(submission.assessment.id, submission.assessment.version),
    })),
  );
}

export type ReviewSaveStatus = 'saved' | 'pending' | 'failed';

/**
 * Writes one review a short while after its last change. A change made while a write runs is
 * written after it; a failed write is kept and tried again on the next change or flush.
 */
export class ReviewAutosave {
  private pending: Review | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private writing: Promise<void> = Promise.resolve();
  private readonly onStatus: (status: ReviewSaveStatus) => void;
  private readonly delayMs: number;

  constructor(onStatus: (status: ReviewSaveStatus) => void, delayMs = REVIEW_SAVE_DELAY_MS) {
    this.onStatus = onStatus;
    this.delayMs = delayMs;
  }

  /** Keeps this review to write; the newest one wins. */
  schedule(review: Review): void {
    this.pending = review;
    this.onStatus('pending');
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, this.delayMs);
  }

  /** Writes what is pending now; resolves when it is on disk (or failed). */
  flush(): Promise<void> {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    this.writing = this.writing.then(async () => {
      const review = this.pending;
      if (!review) return;
      this.pending = undefined;
      try {
        await putReview(ReviewSchema.parse(review));
        if (!this.pending) this.onStatus('saved');
      } catch {
        // Kept for the next try: nothing typed is lost.
        this.pending ??= review;
        this.onStatus('failed');
      }
    });
    return this.writing;
  }
}
