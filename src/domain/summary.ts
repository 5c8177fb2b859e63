import { z } from 'zod';
import type { Assessment } from './assessment';
import { STATUSES } from './constants';
import { questionProgress } from './progress';

/**
 * The shape of a summary. Raise it when the fields change: a stored summary of another shape is
 * rebuilt from its record at start, so it never shows stale or missing facts.
 */
export const SUMMARY_VERSION = 1;

/**
 * What the list of assessments shows and searches, kept apart from the (much larger) record so a
 * thousand assessments load in a few milliseconds. Derived from the record only (`summarize`), and
 * stored in the same transaction as every write of its record.
 */
export const AssessmentSummarySchema = z.object({
  v: z.literal(SUMMARY_VERSION),
  id: z.string().min(1),
  readableId: z.string(),
  formerReadableIds: z.array(z.string()),
  title: z.string(),
  department: z.string(),
  division: z.string(),
  status: z.enum(STATUSES),
  updatedAt: z.string(),
  lastExportedAt: z.string().nullable(),
  version: z.number(),
  answered: z.number(),
  total: z.number(),
});

export type AssessmentSummary = z.infer<typeof AssessmentSummarySchema>;

// Assessments are immutable values (every edit makes a new object), so one summary per object.
const cache = new WeakMap<Assessment, AssessmentSummary>();

/** The list facts of one assessment. */
export function summarize(a: Assessment): AssessmentSummary {
  const cached = cache.get(a);
  if (cached) return cached;
  const { answered, total } = questionProgress(a);
  const summary: AssessmentSummary = {
    v: SUMMARY_VERSION,
    id: a.id,
    readableId: a.readableId,
    formerReadableIds: a.formerReadableIds,
    title: a.meta.title,
    department: a.meta.department,
    division: a.meta.division,
    status: a.status,
    updatedAt: a.updatedAt,
    lastExportedAt: a.lastExportedAt,
    version: a.version,
    answered,
    total,
  };
  cache.set(a, summary);
  return summary;
}

/** A stored summary when it has the current shape; undefined when it must be rebuilt. */
export function readSummary(raw: unknown): AssessmentSummary | undefined {
  const parsed = AssessmentSummarySchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}
