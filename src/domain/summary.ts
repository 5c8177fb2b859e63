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
export interface AssessmentSummary {
  v: typeof SUMMARY_VERSION;
  id: string;
  readableId: string;
  formerReadableIds: string[];
  title: string;
  department: string;
  division: string;
  status: (typeof STATUSES)[number];
  updatedAt: string;
  lastExportedAt: string | null;
  version: number;
  answered: number;
  total: number;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * How each stored field is checked, one entry per field of AssessmentSummary (the compiler
 * refuses a missing one). Plain checks, not a zod schema: summaries are read on the home page at
 * start, and even zod/mini would add its core (about 17 KB gzip, shared with the record schemas)
 * to that first load. The records themselves are checked by their zod schemas.
 */
const FIELD_CHECKS: { [K in keyof AssessmentSummary]-?: (v: unknown) => boolean } = {
  v: (v) => v === SUMMARY_VERSION,
  id: (v) => isString(v) && v.length > 0,
  readableId: isString,
  formerReadableIds: (v) => Array.isArray(v) && v.every(isString),
  title: isString,
  department: isString,
  division: isString,
  status: (v) => (STATUSES as readonly unknown[]).includes(v),
  updatedAt: isString,
  lastExportedAt: (v) => v === null || isString(v),
  version: isNumber,
  answered: isNumber,
  total: isNumber,
};

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
  if (typeof raw !== 'object' || raw === null) return undefined;
  // Only the summary's own fields are kept, each checked.
  const summary: Record<string, unknown> = {};
  for (const [key, check] of Object.entries(FIELD_CHECKS)) {
    const value: unknown = Reflect.get(raw, key);
    if (!check(value)) return undefined;
    summary[key] = value;
  }
  return summary as unknown as AssessmentSummary;
}
