import { z } from 'zod';
import { AssessmentSchema, type Assessment } from '@/domain/assessment';
import { ReviewSchema, type Review } from '@/domain/review';
import { LANGUAGES, type Language } from '@/i18n/i18n';

/** Messages between the page and the PDF worker; both sides parse what they receive. */
export const PdfRequestSchema = z.object({
  jobId: z.number().int(),
  assessment: AssessmentSchema,
  /** ISO date-time printed in the footer. */
  generatedAt: z.string(),
  /** The language of the PDF's own words (labels, headings, glossary, footer); answers stay as typed. */
  language: z.enum(LANGUAGES),
  /** Carry the assessment's data as an embedded file (a submitted or reviewed PDF). */
  carry: z
    .object({ submittedAt: z.string().datetime().nullable(), review: ReviewSchema.nullable() })
    .optional(),
  /** A PDF, or the same content as one self-contained web page (UTF-8 HTML). */
  format: z.enum(['pdf', 'html']).optional(),
  /** The equity team's review: a reviewed PDF adds its section after the checks. */
  review: ReviewSchema.optional(),
});
export type ExportFormat = 'pdf' | 'html';
export type PdfRequest = {
  jobId: number;
  assessment: Assessment;
  generatedAt: string;
  language: Language;
  carry?: PdfCarry;
  format?: ExportFormat;
  review?: Review;
};
export interface PdfCarry {
  submittedAt: string | null;
  review: Review | null;
}

export const PdfResponseSchema = z.discriminatedUnion('ok', [
  z.object({
    jobId: z.number().int(),
    ok: z.literal(true),
    bytes: z.instanceof(ArrayBuffer),
    fingerprint: z.string(),
    ms: z.number(),
  }),
  z.object({ jobId: z.number().int(), ok: z.literal(false), message: z.string() }),
]);
export type PdfResponse = z.infer<typeof PdfResponseSchema>;

/**
 * "Get ready": the page sends it when an export looks likely (see `warmPdfWorker`); the worker
 * loads react-pdf and the fonts and answers nothing.
 */
export const WARM_UP = { warmUp: true } as const;

export function isWarmUp(data: unknown): boolean {
  return typeof data === 'object' && data !== null && Reflect.get(data, 'warmUp') === true;
}
