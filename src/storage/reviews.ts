import type { Assessment } from '@/domain/assessment';
import { parseStored } from '@/domain/migrations';
import { ReviewSchema, type Review } from '@/domain/review';
import { getDb } from './db';

/**
 * The equity team's side on this device: submissions opened for review (read-only records of one
 * version each) and reviews (a reviewer's own, and those an author got back). Everything read goes
 * through migrate() and the schemas; rows that no longer parse are left out and left in place.
 */
export interface Submission {
  assessment: Assessment;
  fingerprint: string;
  receivedAt: string;
}

export async function putSubmission(s: Submission): Promise<void> {
  await getDb().submissions.put({
    assessmentId: s.assessment.id,
    version: s.assessment.version,
    fingerprint: s.fingerprint,
    receivedAt: s.receivedAt,
    record: structuredClone(s.assessment),
  });
}

function toSubmission(row: {
  fingerprint: string;
  receivedAt: string;
  record: unknown;
}): Submission | undefined {
  const parsed = parseStored(row.record);
  return parsed.ok
    ? { assessment: parsed.assessment, fingerprint: row.fingerprint, receivedAt: row.receivedAt }
    : undefined;
}

export async function readSubmission(
  assessmentId: string,
  version: number,
): Promise<Submission | undefined> {
  const row = await getDb().submissions.get([assessmentId, version]);
  return row ? toSubmission(row) : undefined;
}

export async function listSubmissions(): Promise<Submission[]> {
  const rows = await getDb().submissions.toArray();
  return rows.map(toSubmission).filter((s): s is Submission => s !== undefined);
}

export async function putReview(review: Review): Promise<void> {
  await getDb().reviews.put(structuredClone(ReviewSchema.parse(review)));
}

function toReview(row: unknown): Review | undefined {
  const parsed = ReviewSchema.safeParse(row);
  return parsed.success ? parsed.data : undefined;
}

export async function readReview(id: string): Promise<Review | undefined> {
  return toReview(await getDb().reviews.get(id));
}

/** The review of one version (the newest written, should there be two). */
export async function reviewOf(assessmentId: string, version: number): Promise<Review | undefined> {
  const rows = await getDb()
    .reviews.where('[assessmentId+version]')
    .equals([assessmentId, version])
    .toArray();
  return rows
    .map(toReview)
    .filter((r): r is Review => r !== undefined)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
}

export async function listReviews(): Promise<Review[]> {
  const rows = await getDb().reviews.toArray();
  return rows.map(toReview).filter((r): r is Review => r !== undefined);
}

/** The newest review of any version of one assessment (what its author got back last). */
export async function latestReviewOf(assessmentId: string): Promise<Review | undefined> {
  const rows = await getDb().reviews.where('assessmentId').equals(assessmentId).toArray();
  return rows
    .map(toReview)
    .filter((r): r is Review => r !== undefined)
    .sort((a, b) => b.version - a.version || b.updatedAt.localeCompare(a.updatedAt))[0];
}

/**
 * For the list's cards: the decision of the newest decided review of each assessment, by id (an
 * assessment with no decided review is left out).
 */
export async function decisionsOf(
  assessmentIds: readonly string[],
): Promise<Map<string, { version: number; decision: Exclude<Review['decision'], ''> }>> {
  const rows = await getDb().reviews.where('assessmentId').anyOf(assessmentIds).toArray();
  const out = new Map<string, { version: number; decision: Exclude<Review['decision'], ''> }>();
  const reviews = rows
    .map(toReview)
    .filter((r): r is Review => r !== undefined)
    .sort((a, b) => a.version - b.version || a.updatedAt.localeCompare(b.updatedAt));
  for (const r of reviews) {
    if (r.decision !== '') out.set(r.assessmentId, { version: r.version, decision: r.decision });
  }
  return out;
}
