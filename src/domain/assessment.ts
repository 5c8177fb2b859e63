import { z } from 'zod';
import { MAX_SHORT_LENGTH, SCHEMA_VERSION, STATUSES } from './constants';
import {
  DepthSchema,
  longText,
  NotKnownSchema,
  sectionSchema,
  type NotKnown,
  type SectionSchema,
} from './field-schemas';
import { STEP_DEFS, type SectionKey, type StepDefOf } from './questions';
import { LEGACY_READABLE_ID_PATTERN, READABLE_ID_PATTERN } from './readable-id';

function stepDef<S extends SectionKey>(section: S): StepDefOf<S> {
  const step = STEP_DEFS.find((s): s is StepDefOf<S> => s.section === section);
  if (!step) throw new Error(`No step for ${section}`);
  return step;
}

/** The parts of an assessment that the guided flow edits, one per step, built from the questions. */
export const SECTION_SCHEMAS = {
  meta: sectionSchema(stepDef('meta')),
  groups: sectionSchema(stepDef('groups')),
  q1: sectionSchema(stepDef('q1')),
  q2: sectionSchema(stepDef('q2')),
  q3: sectionSchema(stepDef('q3')),
  q4: sectionSchema(stepDef('q4')),
  q5: sectionSchema(stepDef('q5')),
} satisfies { [S in SectionKey]: SectionSchema<S> };

/** Readiness checks marked "Not applicable", by check key (see consistency.ts), each with its reason. */
export const CheckNotesSchema = z
  .record(z.string().min(1).max(MAX_SHORT_LENGTH), z.object({ reason: longText() }))
  .default({});

export const AssessmentSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string().uuid(),
  readableId: z.string().regex(READABLE_ID_PATTERN),
  /** Readable ids this assessment had before (the per-device numbers of shape 1), for search. */
  formerReadableIds: z.array(z.string().regex(LEGACY_READABLE_ID_PATTERN)).max(20).default([]),
  status: z.enum(STATUSES).default('draft'),
  createdAt: z.string().datetime(),
  updatedAt: z.string().datetime(),
  version: z.number().int().min(0).default(0),
  lastExportedAt: z.string().datetime().nullable().default(null),
  meta: SECTION_SCHEMAS.meta.prefault({}),
  groups: SECTION_SCHEMAS.groups.prefault({}),
  q1: SECTION_SCHEMAS.q1.prefault({}),
  q2: SECTION_SCHEMAS.q2.prefault({}),
  q3: SECTION_SCHEMAS.q3.prefault({}),
  q4: SECTION_SCHEMAS.q4.prefault({}),
  q5: SECTION_SCHEMAS.q5.prefault({}),
  checkNotes: CheckNotesSchema,
  /** Quick or Full, and the triage answers that recommended one (see depth.ts). */
  depth: DepthSchema.prefault({}),
});

export type Assessment = z.output<typeof AssessmentSchema>;
export type AssessmentInput = z.input<typeof AssessmentSchema>;
export type Meta = Assessment['meta'];
export type Group = Assessment['groups']['groups'][number];
export type { NotKnown, SectionKey };
export { NotKnownSchema };

export type Section<K extends SectionKey> = Assessment[K];
export const SECTION_KEYS = Object.keys(SECTION_SCHEMAS) as SectionKey[];
