import type { Assessment } from './assessment';
import { canonicalJson, sha256Hex, shortFingerprint } from './fingerprint';
import { MigrationError, migrate } from './migrations';
import { AssessmentSchema } from './assessment';
import { ReviewSchema, type Review } from './review';

/**
 * The data a submitted or reviewed PDF carries, as an embedded file: one file is both what a person
 * reads and what the app opens again. The assessment record is exactly the one the PDF was drawn
 * from (its SHA-256 is the footer's fingerprint); a reviewed PDF adds the review. A seal, the
 * SHA-256 of the whole payload, is written into the PDF's keywords next to the short fingerprint:
 * data edited after export no longer matches and is refused.
 */
export const PDF_DATA_FILE_NAME = 'equity-assessment.json';
export const PDF_DATA_FORMAT_NAME = 'equity-decision-tool/pdf-data';
export const PDF_DATA_FORMAT_VERSION = 1;
/** How the seal is written among the PDF's keywords: `seal:<64 hex>`. */
export const SEAL_PREFIX = 'seal:';

export interface PdfData {
  assessment: Assessment;
  /** SHA-256 of the assessment record: the fingerprint in the PDF's footer. */
  fingerprint: string;
  /** When the author submitted this version for review (null for a plain export). */
  submittedAt: string | null;
  review: Review | null;
}

/** The payload's JSON and its seal. */
export async function buildPdfData(
  data: Omit<PdfData, 'fingerprint'>,
): Promise<{ json: string; seal: string; fingerprint: string }> {
  const fingerprint = await sha256Hex(canonicalJson(data.assessment));
  const payload = {
    formatName: PDF_DATA_FORMAT_NAME,
    formatVersion: PDF_DATA_FORMAT_VERSION,
    fingerprint,
    submittedAt: data.submittedAt,
    assessment: data.assessment,
    review: data.review,
  };
  const json = canonicalJson(payload);
  return { json, seal: await sha256Hex(json), fingerprint };
}

export type PdfDataError =
  | { kind: 'notPdf' }
  | { kind: 'noData' }
  | { kind: 'broken' }
  | { kind: 'newer' }
  | { kind: 'tampered' }
  | { kind: 'invalid'; field: string };

export type PdfDataResult = { ok: true; data: PdfData } | { ok: false; error: PdfDataError };

const fail = (error: PdfDataError): PdfDataResult => ({ ok: false, error });

/**
 * Reads the embedded payload of a PDF whose keywords are `keywords`: the seal must match the
 * payload byte for byte, the assessment its fingerprint (and the footer's short one), and both the
 * assessment (through migrate()) and the review must pass their schemas. Nothing is written.
 */
export async function parsePdfData(json: string, keywords: string): Promise<PdfDataResult> {
  const words = keywords.split(/\s+/);
  const seal = words.find((w) => w.startsWith(SEAL_PREFIX))?.slice(SEAL_PREFIX.length);
  if (!seal) return fail({ kind: 'noData' });
  if ((await sha256Hex(json)) !== seal) return fail({ kind: 'tampered' });
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return fail({ kind: 'broken' });
  }
  if (typeof raw !== 'object' || raw === null) return fail({ kind: 'broken' });
  const get = (k: string): unknown => Reflect.get(raw as object, k);
  if (get('formatName') !== PDF_DATA_FORMAT_NAME) return fail({ kind: 'broken' });
  const version = get('formatVersion');
  if (typeof version !== 'number') return fail({ kind: 'broken' });
  if (version > PDF_DATA_FORMAT_VERSION) return fail({ kind: 'newer' });
  const fingerprint = get('fingerprint');
  if (typeof fingerprint !== 'string') return fail({ kind: 'broken' });
  const record = get('assessment');
  if ((await sha256Hex(canonicalJson(record))) !== fingerprint) return fail({ kind: 'tampered' });
  if (!words.includes(shortFingerprint(fingerprint))) return fail({ kind: 'tampered' });

  let migrated: Record<string, unknown>;
  try {
    migrated = migrate(record);
  } catch (e) {
    return fail(
      e instanceof MigrationError && e.reason === 'newer' ? { kind: 'newer' } : { kind: 'broken' },
    );
  }
  const assessment = AssessmentSchema.safeParse(migrated);
  if (!assessment.success) {
    return fail({ kind: 'invalid', field: assessment.error.issues[0]?.path.join('.') ?? '' });
  }
  const rawReview = get('review');
  let review: Review | null = null;
  if (rawReview !== null && rawReview !== undefined) {
    const parsed = ReviewSchema.safeParse(rawReview);
    if (!parsed.success) {
      return fail({
        kind: 'invalid',
        field: `review.${parsed.error.issues[0]?.path.join('.') ?? ''}`,
      });
    }
    review = parsed.data;
    if (review.assessmentId !== assessment.data.id || review.version !== assessment.data.version) {
      return fail({ kind: 'invalid', field: 'review.assessmentId' });
    }
  }
  const submittedAt = get('submittedAt');
  return {
    ok: true,
    data: {
      assessment: assessment.data,
      fingerprint,
      submittedAt: typeof submittedAt === 'string' ? submittedAt : null,
      review,
    },
  };
}
