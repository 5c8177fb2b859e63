import type { Assessment } from '@/domain/assessment';
import { toIsoDate } from '@/domain/consistency';
import {
  CRITERIA,
  decisionProblems,
  levelOf,
  type CommentAnchor,
  type CriterionId,
  type Decision,
  type DecisionProblem,
  type Review,
  type ReviewComment,
} from '@/domain/review';
import { nfc } from '@/domain/text';
import { i18n, tKey } from '@/i18n/i18n';
import { buildChecks, type CheckLine } from './checks';
import { buildSections, type SectionModel } from './sections';
import { formatDate } from './words';

/**
 * A review as plain strings: what the review screen's panel and the reviewed PDF's section both
 * show. The rubric's words live under `reviewing.*` in the locale files; criterion ids and the gate
 * rules live in src/domain/review.ts.
 */

export function criterionName(id: CriterionId): string {
  return tKey(`reviewing.criteria.${id}.name`);
}

export function criterionMeets(id: CriterionId): string {
  return tKey(`reviewing.criteria.${id}.meets`);
}

/** "2 Emerging"; "Not scored" for 0. */
export function levelName(level: number): string {
  return level === 0 ? i18n.t('reviewing.notScored') : tKey(`reviewing.levels.${level}`);
}

export function decisionName(decision: Decision | ''): string {
  return decision === '' ? i18n.t('reviewing.noDecision') : tKey(`reviewing.decisions.${decision}`);
}

/** Why a decision is not allowed, in words that name the gates ("A Clear proposal…"). */
export function problemSentence(problem: DecisionProblem): string {
  const criteria = problem.criteria.map((c) => `${c} ${criterionName(c)}`).join('; ');
  return tKey(`reviewing.problems.${problem.reason}`, {
    criteria,
    count: problem.criteria.length,
  });
}

/** Each decision and, when the rules refuse it now, why. */
export function decisionChoices(
  review: Review,
): { decision: Decision; label: string; problems: string[] }[] {
  return (['accepted', 'acceptedWithConditions', 'returned'] as const).map((decision) => ({
    decision,
    label: decisionName(decision),
    problems: decisionProblems(review, decision).map(problemSentence),
  }));
}

/** Labels of the places a comment can sit: "2.5 Benefit and burden", "H2 (4.1 Harms)". */
export function anchorIndex(sections: SectionModel[]): {
  field: Map<string, string>;
  row: Map<string, string>;
} {
  const field = new Map<string, string>();
  const row = new Map<string, string>();
  for (const section of sections) {
    for (const block of section.blocks) {
      const name = [block.number, block.label].filter((s) => s !== '').join(' ');
      field.set(`${section.step.id}|${block.key}`, name);
      if (block.kind === 'table') {
        for (const r of block.rows) {
          row.set(`${section.step.id}|${block.key}|${r.id}`, `${r.label} (${name})`);
        }
      }
    }
  }
  return { field, row };
}

export function anchorLabel(anchor: CommentAnchor, index: ReturnType<typeof anchorIndex>): string {
  if (anchor.kind === 'assessment') return i18n.t('reviewing.anchor.assessment');
  if (anchor.kind === 'field') {
    return index.field.get(`${anchor.step}|${anchor.field}`) ?? `${anchor.step} ${anchor.field}`;
  }
  return (
    index.row.get(`${anchor.step}|${anchor.table}|${anchor.rowId}`) ??
    i18n.t('reviewing.anchor.removedRow', { table: anchor.table })
  );
}

export function anchorKey(anchor: CommentAnchor): string {
  if (anchor.kind === 'assessment') return 'assessment';
  if (anchor.kind === 'field') return `field|${anchor.step}|${anchor.field}`;
  return `row|${anchor.step}|${anchor.table}|${anchor.rowId}`;
}

/** A review's comments that say something, by `anchorKey` of their place, in the review's order. */
export function commentsByAnchor(comments: readonly ReviewComment[]): Map<string, ReviewComment[]> {
  const byAnchor = new Map<string, ReviewComment[]>();
  for (const c of comments) {
    if (c.text.trim() === '') continue;
    const key = anchorKey(c.anchor);
    const group = byAnchor.get(key);
    if (group) group.push(c);
    else byAnchor.set(key, [c]);
  }
  return byAnchor;
}

export interface CriterionLine {
  id: CriterionId;
  name: string;
  meets: string;
  gate: boolean;
  level: number;
  levelName: string;
  note: string;
  /** The open readiness checks that bear on this criterion, as sentences. */
  checks: CheckLine[];
}

/** The open readiness checks of the assessment that bear on each criterion (review.md). */
export function checksByCriterion(
  assessment: Assessment,
  today: string,
): Map<CriterionId, CheckLine[]> {
  const open = buildChecks(assessment, today).open;
  return new Map(
    CRITERIA.map((c) => {
      const bearing: readonly string[] = c.checks;
      return [c.id, open.filter((l) => bearing.includes(l.check))];
    }),
  );
}

/** The rubric with the scores, and the open checks of the assessment behind each criterion. */
export function buildCriteria(
  review: Review,
  assessment: Assessment,
  today: string,
  checks: Map<CriterionId, CheckLine[]> = checksByCriterion(assessment, today),
): CriterionLine[] {
  return CRITERIA.map((c) => {
    const level = levelOf(review, c.id);
    return {
      id: c.id,
      name: criterionName(c.id),
      meets: criterionMeets(c.id),
      gate: c.gate,
      level,
      levelName: levelName(level),
      note: nfc(review.notes[c.id] ?? ''),
      checks: checks.get(c.id) ?? [],
    };
  });
}

/** The review section of the reviewed PDF, every word of it. */
export interface ReviewSectionModel {
  title: string;
  intro: string;
  facts: { label: string; value: string }[];
  rubricTitle: string;
  columns: { criterion: string; gate: string; level: string; note: string };
  criteria: CriterionLine[];
  gateWord: string;
  conditionsTitle: string;
  noConditions: string;
  conditions: { what: string; owner: string; due: string; criterion: string; done: boolean }[];
  conditionLabels: { owner: string; due: string; criterion: string; done: string };
  commentsTitle: string;
  noComments: string;
  /** Comments grouped by the field or row they are on, in the order of the assessment. */
  comments: { place: string; texts: string[] }[];
}

export interface CommentGroup {
  /** `anchorKey` of the place. */
  key: string;
  place: string;
  comments: ReviewComment[];
}

/**
 * A review's comments (empty ones left out) grouped by the field or row they are on, in the order
 * of the assessment; the whole-assessment comments first, those on a removed row last.
 */
export function commentGroups(review: Review, assessment: Assessment): CommentGroup[] {
  const sections = buildSections(assessment);
  const index = anchorIndex(sections);
  const order = [
    'assessment',
    ...sections.flatMap((s) =>
      s.blocks.flatMap((b) => [
        `field|${s.step.id}|${b.key}`,
        ...(b.kind === 'table' ? b.rows.map((r) => `row|${s.step.id}|${b.key}|${r.id}`) : []),
      ]),
    ),
  ];
  const rank = (key: string) => {
    const i = order.indexOf(key);
    return i === -1 ? order.length : i;
  };
  return [...commentsByAnchor(review.comments)]
    .map(([key, comments]) => ({
      key,
      // Every comment of a group is on the same place: the first one names it.
      place: comments[0] ? anchorLabel(comments[0].anchor, index) : key,
      comments,
    }))
    .sort((a, b) => rank(a.key) - rank(b.key));
}

export function reviewSection(
  review: Review,
  assessment: Assessment,
  today: string = toIsoDate(new Date()),
): ReviewSectionModel {
  const comments = commentGroups(review, assessment).map((g) => ({
    place: g.place,
    texts: g.comments.map((c) => nfc(c.text)),
  }));
  const dash = '—';
  return {
    title: i18n.t('reviewing.pdf.title'),
    intro: i18n.t('reviewing.pdf.intro', { id: review.readableId, version: review.version }),
    facts: [
      { label: i18n.t('reviewing.decisionLabel'), value: decisionName(review.decision) },
      { label: i18n.t('reviewing.reviewerName'), value: nfc(review.reviewerName) || dash },
      { label: i18n.t('reviewing.reviewerRole'), value: nfc(review.reviewerRole) || dash },
      { label: i18n.t('reviewing.reviewedOn'), value: formatDate(review.reviewedOn) || dash },
      { label: i18n.t('reviewing.reassessBy'), value: formatDate(review.reassessBy) || dash },
    ],
    rubricTitle: i18n.t('reviewing.rubricTitle'),
    columns: {
      criterion: i18n.t('reviewing.pdf.criterion'),
      gate: i18n.t('reviewing.pdf.gate'),
      level: i18n.t('reviewing.pdf.level'),
      note: i18n.t('reviewing.pdf.note'),
    },
    criteria: buildCriteria(review, assessment, today),
    gateWord: i18n.t('reviewing.gate'),
    conditionsTitle: i18n.t('reviewing.conditionsTitle'),
    noConditions: i18n.t('reviewing.noConditions'),
    conditions: review.conditions
      .filter((c) => c.what.trim() !== '')
      .map((c) => ({
        what: nfc(c.what),
        owner: nfc(c.owner) || dash,
        due: formatDate(c.due) || dash,
        criterion: c.criterion === '' ? dash : `${c.criterion} ${criterionName(c.criterion)}`,
        done: c.done,
      })),
    conditionLabels: {
      owner: i18n.t('reviewing.conditionOwner'),
      due: i18n.t('reviewing.conditionDue'),
      criterion: i18n.t('reviewing.conditionCriterion'),
      done: i18n.t('reviewing.conditionDone'),
    },
    commentsTitle: i18n.t('reviewing.commentsTitle'),
    noComments: i18n.t('reviewing.noComments'),
    comments,
  };
}
