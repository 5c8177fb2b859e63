import { z } from 'zod';
import { AssessmentSchema, type Assessment } from '@/domain/assessment';

/** Messages between the page and the PDF worker; both sides parse what they receive. */
export const PdfRequestSchema = z.object({
  jobId: z.number().int(),
  assessment: AssessmentSchema,
  /** ISO date-time printed in the footer. */
  generatedAt: z.string(),
});
export type PdfRequest = { jobId: number; assessment: Assessment; generatedAt: string };

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
