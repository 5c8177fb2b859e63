import type { Assessment } from './assessment';
import { checkStep, isFilled } from './checks';
import { depthOf, stepAt } from './depth';
import { QUESTION_STEPS, type Item, type Step } from './questions';

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
