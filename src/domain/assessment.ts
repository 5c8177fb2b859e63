import { z } from 'zod';
import type { READINESS_KEYS } from './constants';
import {
  BENEFIT_NET,
  CHANGE_KINDS,
  DATA_KINDS,
  DECISION_MAKERS,
  DIRECTIONS,
  EFFECTS,
  ENGAGEMENT_LEVELS,
  GROUP_KINDS,
  IMPACT_AREAS,
  MAX_ANSWER_LENGTH,
  MAX_SHORT_LENGTH,
  PARTLY,
  READINESS_ANSWERS,
  REPORT_AUDIENCES,
  SCHEMA_VERSION,
  LEVELS,
  STAGES,
  STATUSES,
  SUPPORTS,
  TYPES,
  YES_NO,
} from './constants';

/** Every string is stored in Unicode NFC so the same words always compare and print the same. */
const nfc = (s: string) => s.normalize('NFC');
const longText = () => z.string().max(MAX_ANSWER_LENGTH).transform(nfc).default('');
const shortText = () => z.string().max(MAX_SHORT_LENGTH).transform(nfc).default('');
/** A choice may be empty while a draft is in progress. */
const choice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.union([z.enum(values), z.literal('')]).default('');
const many = <T extends readonly [string, ...string[]]>(values: T) =>
  z.array(z.enum(values)).default([]);
/** Dates (YYYY-MM-DD) are kept as typed so a draft always saves; checks.ts says when one is not a real date. */
const isoDate = () => shortText();
/** Numbers are kept as typed text so a half-typed value never loses input; checks say when they don't parse. */
const numberText = () => shortText();
const ids = () => z.array(z.string()).default([]);
const rowId = () => z.string().min(1);

export function isRealDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** "Not known yet" with a plan to find out: allowed on every required item. */
export const NotKnownSchema = z.object({
  on: z.boolean().default(false),
  plan: longText(),
  date: isoDate(),
});
const notKnownMap = () => z.record(z.string(), NotKnownSchema).default({});

export const TeamMemberSchema = z.object({ id: rowId(), name: shortText(), role: shortText() });

export const MetaSchema = z.object({
  title: shortText(),
  type: choice(TYPES),
  change: choice(CHANGE_KINDS),
  department: shortText(),
  division: shortText(),
  leadName: shortText(),
  leadTitle: shortText(),
  leadEmail: shortText(),
  team: z.array(TeamMemberSchema).default([]),
  decisionMaker: choice(DECISION_MAKERS),
  decisionMakerOther: shortText(),
  decisionDate: isoDate(),
  stage: choice(STAGES),
  impactAreas: many(IMPACT_AREAS),
  budgetAmount: numberText(),
  fiscalYear: numberText(),
  notKnown: notKnownMap(),
});

export const GroupSchema = z.object({
  id: rowId(),
  name: shortText(),
  kind: choice(GROUP_KINDS),
  mostAffected: z.boolean().default(false),
});
export const GroupsStepSchema = z.object({
  groups: z.array(GroupSchema).default([]),
  notKnown: notKnownMap(),
});

export const Q1Schema = z.object({
  proposal: longText(),
  problem: longText(),
  results: z
    .array(z.object({ id: rowId(), result: longText(), indicator: longText() }))
    .default([]),
  outcomes: z.array(z.object({ id: rowId(), gap: longText(), groups: ids() })).default([]),
  roomToChange: longText(),
  history: longText(),
  notKnown: notKnownMap(),
});

export const Q2Schema = z.object({
  sources: z
    .array(
      z.object({
        id: rowId(),
        name: shortText(),
        kind: choice(DATA_KINDS),
        year: numberText(),
        byRace: choice(PARTLY),
        notes: longText(),
      }),
    )
    .default([]),
  findings: z
    .array(z.object({ id: rowId(), finding: longText(), groups: ids(), sources: ids() }))
    .default([]),
  rootCauses: longText(),
  dataGaps: longText(),
  benefitBurden: z
    .array(
      z.object({
        id: rowId(),
        group: z.string().default(''),
        benefits: longText(),
        burdens: longText(),
        net: choice(BENEFIT_NET),
        size: choice(LEVELS),
      }),
    )
    .default([]),
  direction: choice(DIRECTIONS),
  directionWhy: longText(),
  notKnown: notKnownMap(),
});

export const Q3Schema = z.object({
  engagement: z
    .array(
      z.object({
        id: rowId(),
        date: isoDate(),
        method: shortText(),
        groups: ids(),
        people: numberText(),
        languages: shortText(),
        supports: many(SUPPORTS),
        level: choice(ENGAGEMENT_LEVELS),
      }),
    )
    .default([]),
  levelReached: choice(ENGAGEMENT_LEVELS),
  levelNeeded: choice(ENGAGEMENT_LEVELS),
  levelWhy: longText(),
  heard: z
    .array(
      z.object({
        id: rowId(),
        theme: longText(),
        groups: ids(),
        wants: longText(),
        effect: choice(EFFECTS),
        why: longText(),
      }),
    )
    .default([]),
  missing: longText(),
  feedback: longText(),
  notKnown: notKnownMap(),
});

const readinessAnswer = () =>
  z.object({ answer: choice(READINESS_ANSWERS), note: longText() }).prefault({});

export const Q4Schema = z.object({
  harms: z
    .array(
      z.object({
        id: rowId(),
        description: longText(),
        groups: ids(),
        likelihood: choice(LEVELS),
        severity: choice(LEVELS),
      }),
    )
    .default([]),
  mitigations: z
    .array(
      z.object({
        id: rowId(),
        harms: ids(),
        strategy: longText(),
        owner: shortText(),
        due: isoDate(),
        resourced: choice(YES_NO),
      }),
    )
    .default([]),
  alternatives: longText(),
  residual: longText(),
  readiness: z
    .object({
      realistic: readinessAnswer(),
      funded: readinessAnswer(),
      staffed: readinessAnswer(),
      enforceable: readinessAnswer(),
      data: readinessAnswer(),
    } satisfies Record<(typeof READINESS_KEYS)[number], unknown>)
    .prefault({}),
  notKnown: notKnownMap(),
});

export const Q5Schema = z.object({
  measures: z
    .array(
      z.object({
        id: rowId(),
        measure: longText(),
        byRace: choice(YES_NO),
        byRaceWhy: longText(),
        baseline: shortText(),
        target: shortText(),
        source: shortText(),
        owner: shortText(),
        frequency: shortText(),
        firstReport: isoDate(),
        tracks: ids(),
      }),
    )
    .default([]),
  reportingTo: many(REPORT_AUDIENCES),
  reportingHow: longText(),
  communityProgress: longText(),
  reviewDate: isoDate(),
  pauseTriggers: longText(),
  conclusion: longText(),
  notKnown: notKnownMap(),
});

/** Readiness checks marked "Not applicable", by check key (see consistency.ts), each with its reason. */
export const CheckNotesSchema = z
  .record(z.string().min(1).max(MAX_SHORT_LENGTH), z.object({ reason: longText() }))
  .default({});

export const AssessmentSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string().uuid(),
  readableId: z.string().regex(/^EQ-\d{4}-\d{4,}$/),
  status: z.enum(STATUSES).default('draft'),
  createdAt: z.string().datetime(),
  updatedAt: z.string().datetime(),
  version: z.number().int().min(0).default(0),
  lastExportedAt: z.string().datetime().nullable().default(null),
  meta: MetaSchema.prefault({}),
  groups: GroupsStepSchema.prefault({}),
  q1: Q1Schema.prefault({}),
  q2: Q2Schema.prefault({}),
  q3: Q3Schema.prefault({}),
  q4: Q4Schema.prefault({}),
  q5: Q5Schema.prefault({}),
  checkNotes: CheckNotesSchema,
});

export type Assessment = z.output<typeof AssessmentSchema>;
export type AssessmentInput = z.input<typeof AssessmentSchema>;
export type Meta = Assessment['meta'];
export type Group = z.output<typeof GroupSchema>;
export type NotKnown = z.output<typeof NotKnownSchema>;

/** The parts of an assessment that the guided flow edits, one per step. */
export const SECTION_SCHEMAS = {
  meta: MetaSchema,
  groups: GroupsStepSchema,
  q1: Q1Schema,
  q2: Q2Schema,
  q3: Q3Schema,
  q4: Q4Schema,
  q5: Q5Schema,
} as const;
export type SectionKey = keyof typeof SECTION_SCHEMAS;
export type Section<K extends SectionKey> = Assessment[K];
export const SECTION_KEYS = Object.keys(SECTION_SCHEMAS) as SectionKey[];

export { LEVELS };
