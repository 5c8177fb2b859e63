import { z } from 'zod';
import { isRealDate } from './text';
import { MAX_ANSWER_LENGTH, MAX_SHORT_LENGTH } from './constants';
import type { CheckId } from './consistency';
import { READABLE_ID_PATTERN } from './readable-id';

/**
 * The equity team's review of one submitted version (shared/design/review.md): the rubric's levels
 * with gates, comments anchored to a field, a table row or the whole assessment, conditions, and a
 * decision the gate rules allow. Pure data and rules; screens and storage live elsewhere.
 */

/** Levels of every criterion: 1 Not yet · 2 Emerging · 3 Meets · 4 Strong; 0 = not scored yet. */
export const LEVELS = [1, 2, 3, 4] as const;
export type Level = (typeof LEVELS)[number];
/** The lowest level that "meets" a criterion. */
export const MEETS: Level = 3;

/** The rubric: criterion ids are stable (stored reviews refer to them); words live in the locale files. */
export const CRITERIA = [
  { id: 'A', gate: true, checks: ['outcomeNotMeasured'] },
  { id: 'B', gate: true, checks: ['dataSources', 'notKnownIncomplete'] },
  { id: 'C', gate: false, checks: [] },
  { id: 'D', gate: true, checks: ['mostAffectedNoBenefitBurden', 'burdenNoHarm'] },
  {
    id: 'E',
    gate: true,
    checks: ['mostAffectedNotEngaged', 'englishOnly', 'heardNoChange', 'decisionDate'],
  },
  { id: 'F', gate: true, checks: ['harmMitigation', 'burdenNoHarm'] },
  { id: 'G', gate: true, checks: ['measureNotByRace', 'outcomeNotMeasured'] },
  { id: 'H', gate: false, checks: ['notKnownIncomplete'] },
  { id: 'I', gate: false, checks: ['duplicateText'] },
] as const satisfies readonly { id: string; gate: boolean; checks: readonly CheckId[] }[];

export type CriterionId = (typeof CRITERIA)[number]['id'];
export const CRITERION_IDS = CRITERIA.map((c) => c.id) as CriterionId[];
const CriterionIdSchema = z.enum(CRITERION_IDS as [CriterionId, ...CriterionId[]]);

export const DECISIONS = ['accepted', 'acceptedWithConditions', 'returned'] as const;
export type Decision = (typeof DECISIONS)[number];

const shortText = () => z.string().max(MAX_SHORT_LENGTH).default('');
const longText = () => z.string().max(MAX_ANSWER_LENGTH).default('');
const isoDate = () =>
  z
    .string()
    .refine((s) => s === '' || isRealDate(s), 'not a date')
    .default('');

/** Where a comment is: the whole assessment, one field of a step, or one row of a table. */
export const CommentAnchorSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('assessment') }),
  z.object({
    kind: z.literal('field'),
    step: z.string().min(1).max(40),
    field: z.string().min(1).max(200),
  }),
  z.object({
    kind: z.literal('row'),
    step: z.string().min(1).max(40),
    table: z.string().min(1).max(200),
    rowId: z.string().min(1).max(200),
  }),
]);
export type CommentAnchor = z.infer<typeof CommentAnchorSchema>;

export const ReviewCommentSchema = z.object({
  id: z.string().min(1).max(100),
  anchor: CommentAnchorSchema,
  text: longText(),
  /** The author marked it dealt with (in a later version). */
  done: z.boolean().default(false),
});
export type ReviewComment = z.output<typeof ReviewCommentSchema>;

export const ConditionSchema = z.object({
  id: z.string().min(1).max(100),
  /** The criterion the condition answers (a gate at 2 needs one). */
  criterion: CriterionIdSchema.or(z.literal('')).default(''),
  what: longText(),
  owner: shortText(),
  due: isoDate(),
  done: z.boolean().default(false),
});
export type Condition = z.output<typeof ConditionSchema>;

export const REVIEW_FORMAT = 1;

export const ReviewSchema = z.object({
  reviewFormat: z.literal(REVIEW_FORMAT),
  id: z.string().uuid(),
  /** The reviewed assessment and version, and the fingerprint of that version's record. */
  assessmentId: z.string().uuid(),
  readableId: z.string().regex(READABLE_ID_PATTERN),
  version: z.number().int().min(1),
  assessmentFingerprint: z.string().regex(/^[0-9a-f]{64}$/),
  submittedAt: z.string().datetime().nullable().default(null),
  scores: z
    .partialRecord(CriterionIdSchema, z.union([z.literal(0), ...LEVELS.map((l) => z.literal(l))]))
    .default({}),
  notes: z.partialRecord(CriterionIdSchema, longText()).default({}),
  comments: z.array(ReviewCommentSchema).max(1000).default([]),
  conditions: z.array(ConditionSchema).max(200).default([]),
  decision: z.enum(DECISIONS).or(z.literal('')).default(''),
  reviewerName: shortText(),
  reviewerRole: shortText(),
  reviewedOn: isoDate(),
  reassessBy: isoDate(),
  createdAt: z.string().datetime(),
  updatedAt: z.string().datetime(),
});
export type Review = z.output<typeof ReviewSchema>;
export type ReviewInput = z.input<typeof ReviewSchema>;

export function newReview(opts: {
  id: string;
  assessmentId: string;
  readableId: string;
  version: number;
  assessmentFingerprint: string;
  submittedAt: string | null;
  now: Date;
}): Review {
  const at = opts.now.toISOString();
  return ReviewSchema.parse({
    reviewFormat: REVIEW_FORMAT,
    ...opts,
    now: undefined,
    createdAt: at,
    updatedAt: at,
  });
}

export function levelOf(r: Review, c: CriterionId): Level | 0 {
  return r.scores[c] ?? 0;
}

/** Why a decision is not allowed; nothing when it is. */
export type DecisionProblem =
  | { reason: 'unscored'; criteria: CriterionId[] }
  | { reason: 'gateAtOne'; criteria: CriterionId[] }
  | { reason: 'gateBelowMeets'; criteria: CriterionId[] }
  | { reason: 'gateAtTwoWithoutCondition'; criteria: CriterionId[] };

const gates = CRITERIA.filter((c) => c.gate).map((c) => c.id);

/**
 * The gate rules of review.md. Accepted: every gate at 3 or 4. Accepted with conditions: no gate
 * at 1, and each gate at 2 has at least one condition. Returned for revision: always allowed once
 * every gate is scored. Every gate must be scored before any decision.
 */
export function decisionProblems(r: Review, decision: Decision): DecisionProblem[] {
  const unscored = gates.filter((c) => levelOf(r, c) === 0);
  if (unscored.length > 0) return [{ reason: 'unscored', criteria: unscored }];
  if (decision === 'returned') return [];
  const atOne = gates.filter((c) => levelOf(r, c) === 1);
  if (atOne.length > 0) return [{ reason: 'gateAtOne', criteria: atOne }];
  const below = gates.filter((c) => levelOf(r, c) < MEETS);
  if (decision === 'accepted') {
    return below.length > 0 ? [{ reason: 'gateBelowMeets', criteria: below }] : [];
  }
  const bare = below.filter(
    (c) => !r.conditions.some((k) => k.criterion === c && k.what.trim() !== ''),
  );
  return bare.length > 0 ? [{ reason: 'gateAtTwoWithoutCondition', criteria: bare }] : [];
}

/** The decisions the scores allow now. */
export function allowedDecisions(r: Review): Decision[] {
  return DECISIONS.filter((d) => decisionProblems(r, d).length === 0);
}

/** Gates scored below "Meets". */
export function gatesBelowMeets(r: Review): CriterionId[] {
  return gates.filter((c) => {
    const l = levelOf(r, c);
    return l > 0 && l < MEETS;
  });
}

/** Conditions still open, soonest due first; and the next due date (ISO) among them. */
export function openConditions(r: Review): Condition[] {
  return r.conditions
    .filter((c) => !c.done)
    .sort((a, b) => (a.due || '9999').localeCompare(b.due || '9999'));
}

export function nextDue(r: Review): string | undefined {
  return openConditions(r).find((c) => c.due !== '')?.due;
}
