import type { Assessment } from './assessment';
import { checkStep, isFilled, isVisible } from './checks';
import { depthOf, stepAt } from './depth';
import { QUESTION_STEPS, STEPS, type Item, type Step, type StepId } from './questions';

export type StepStatus = 'notStarted' | 'inProgress' | 'completed';

type Values = Record<string, unknown>;

function touched(item: Item, values: Values): boolean {
  const v = values[item.id];
  if (item.kind === 'table') return Array.isArray(v) && v.length > 0;
  if (item.kind === 'readiness') {
    return (
      typeof v === 'object' &&
      v !== null &&
      Object.values(v).some(
        (r) => typeof r === 'object' && r !== null && 'answer' in r && r.answer !== '',
      )
    );
  }
  if (item.kind === 'boolean') return v === true;
  return isFilled(item, v);
}

function notKnownOn(values: Values, item: Item): boolean {
  const nk = values.notKnown;
  if (typeof nk !== 'object' || nk === null) return false;
  const n: unknown = Reflect.get(nk, item.id);
  return typeof n === 'object' && n !== null && 'on' in n && n.on === true;
}

/** A step's status at the assessment's depth: answers to items Quick does not ask do not count. */
export function stepStatus(step: Step, a: Assessment): StepStatus {
  const values: Values = a[step.section];
  const asked = stepAt(step, depthOf(a));
  if (!asked.items.some((i) => touched(i, values) || notKnownOn(values, i))) return 'notStarted';
  return checkStep(step, values, a).length === 0 ? 'completed' : 'inProgress';
}

// Assessments are immutable values (every edit makes a new object), so a result per object is safe.
const progressCache = new WeakMap<Assessment, { answered: number; total: number }>();

/** How many of the five questions are answered ("3 of 5 questions answered"). */
export function questionProgress(a: Assessment): { answered: number; total: number } {
  const cached = progressCache.get(a);
  if (cached) return cached;
  const answered = QUESTION_STEPS.filter((s) => stepStatus(s, a) === 'completed').length;
  const result = { answered, total: QUESTION_STEPS.length };
  progressCache.set(a, result);
  return result;
}

export interface Completeness {
  /** Required questions answered in full. */
  answered: number;
  /** Required questions marked "Not known yet" with a plan. */
  notKnown: number;
  total: number;
  /** Required questions still open, in the order of the steps. */
  open: { step: StepId; item: string }[];
}

const completenessCache = new WeakMap<Assessment, Completeness>();

/**
 * How complete an assessment is, counted over the required questions of every step (what the
 * PDF's cover says: "22 of 29 questions answered; 3 'Not known yet' with plans").
 */
export function completeness(a: Assessment): Completeness {
  const cached = completenessCache.get(a);
  if (cached) return cached;
  const result: Completeness = { answered: 0, notKnown: 0, total: 0, open: [] };
  const depth = depthOf(a);
  for (const full of STEPS) {
    // Counted over what the chosen depth asks: a Quick assessment is complete without Full's extras.
    const step = stepAt(full, depth);
    const values: Values = a[step.section];
    const issues = checkStep(step, values, a);
    for (const item of step.items) {
      if (!item.required || !isVisible(item, values)) continue;
      result.total += 1;
      const open = issues.some(
        (i) =>
          i.path === item.id ||
          i.path.startsWith(`${item.id}.`) ||
          i.path.startsWith(`notKnown.${item.id}.`),
      );
      if (open) result.open.push({ step: step.id, item: item.id });
      else if (step.isQuestion && isMarkedNotKnown(values, item.id)) result.notKnown += 1;
      else result.answered += 1;
    }
  }
  completenessCache.set(a, result);
  return result;
}

function isMarkedNotKnown(values: Values, itemId: string): boolean {
  const nk = values.notKnown;
  if (typeof nk !== 'object' || nk === null) return false;
  const entry: unknown = Reflect.get(nk, itemId);
  return typeof entry === 'object' && entry !== null && Reflect.get(entry, 'on') === true;
}
