import type { Assessment } from './assessment';
import type { DEPTHS } from './constants';
import type { DepthValues } from './field-schemas';
import {
  getStep,
  STEPS,
  TRIAGE,
  type Field,
  type Item,
  type Step,
  type TriageId,
} from './questions';

/**
 * Quick or Full. Depth is a property of items in the questions description (`depth: 'full'` on
 * items and columns asked only in Full); this file derives each step's Quick version, says which
 * depth an assessment runs at, and recommends one from the triage answers. The form, the checks,
 * progress, the review page and the PDF all walk the step at the assessment's depth.
 */
export type Depth = (typeof DEPTHS)[number];

/** The depth an assessment runs at: Full until someone chooses Quick (records from before depth existed too). */
export function depthOf(a: Pick<Assessment, 'depth'>): Depth {
  return a.depth.chosen === 'quick' ? 'quick' : 'full';
}

/** Is this item or column asked at this depth? */
export function inDepth(part: Pick<Item | Field, 'depth'>, depth: Depth): boolean {
  return depth === 'full' || part.depth !== 'full';
}

/** Each Quick copy of a table, to the table itself. */
const fullOf = new WeakMap<Item, Item>();

function atDepth(item: Item, depth: Depth): Item {
  if (item.kind !== 'table') return item;
  const copy = { ...item, columns: item.columns.filter((c) => inDepth(c, depth)) };
  fullOf.set(copy, item);
  return copy;
}

/** The item as Full asks it (a table with every column): new rows get every column's default. */
export function asFull<I extends Item>(item: I): I {
  const full = fullOf.get(item);
  return full && full.kind === item.kind ? (full as I) : item;
}

const quickSteps = new Map<string, Step>(
  STEPS.map((step) => [
    step.id,
    {
      ...step,
      items: step.items.filter((i) => inDepth(i, 'quick')).map((i) => atDepth(i, 'quick')),
    },
  ]),
);

/** A step as asked at a depth: Full is the step itself; Quick keeps its core items and columns. */
export function stepAt(step: Step, depth: Depth): Step {
  const base = getStep(step.id) ?? step;
  return depth === 'full' ? base : (quickSteps.get(step.id) ?? base);
}

/** Every step as asked at the assessment's depth. */
export function stepsOf(a: Pick<Assessment, 'depth'>): Step[] {
  const depth = depthOf(a);
  return STEPS.map((s) => stepAt(s, depth));
}

function hasAnswer(item: Item | Field, value: unknown, notKnown: unknown): boolean {
  if (typeof notKnown === 'object' && notKnown !== null && Reflect.get(notKnown, 'on') === true) {
    return true;
  }
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'string') return value.trim() !== '';
  if (item.kind === 'readiness' && typeof value === 'object' && value !== null) {
    return Object.values(value).some(
      (r: unknown) =>
        typeof r === 'object' &&
        r !== null &&
        ['answer', 'note'].some((k) => String(Reflect.get(r, k) ?? '').trim() !== ''),
    );
  }
  return false;
}

/**
 * How many answers a Quick assessment keeps without showing: items Full asks, and table columns
 * only Full asks (one per column that holds something). They come back on switching to Full.
 */
export function keptForFull(a: Assessment): number {
  let count = 0;
  for (const step of STEPS) {
    const values: Record<string, unknown> = a[step.section];
    const notKnown: Record<string, unknown> = a[step.section].notKnown;
    for (const item of step.items) {
      if (!inDepth(item, 'quick')) {
        if (hasAnswer(item, values[item.id], notKnown[item.id])) count += 1;
      } else if (item.kind === 'table') {
        const rows = Array.isArray(values[item.id]) ? (values[item.id] as unknown[]) : [];
        for (const c of item.columns) {
          if (inDepth(c, 'quick')) continue;
          const filled = rows.some(
            (r) => typeof r === 'object' && r !== null && hasAnswer(c, Reflect.get(r, c.id), null),
          );
          if (filled) count += 1;
        }
      }
    }
  }
  return count;
}

/** Why the triage recommends Full: one reason per answer that calls for the whole analysis. */
export type TriageReason = 'cost' | 'reach' | 'enforcement' | 'councilVote' | 'sizeAndTime';

export interface Recommendation {
  depth: Depth;
  reasons: TriageReason[];
  /** Full is recommended but the decision is weeks away: Quick now, Full later, loses nothing. */
  urgent: boolean;
}

/**
 * The depth the triage answers recommend: Full when the decision is large (cost over the top
 * threshold, residents citywide), involves enforcement or a council vote, or is mid-sized with
 * months to go; Quick when every answer is in and none of these holds. Undefined until then.
 */
export function recommendDepth(triage: DepthValues['triage']): Recommendation | undefined {
  const t: Record<TriageId, string> = triage;
  const reasons: TriageReason[] = [];
  if (t.cost === 'large') reasons.push('cost');
  if (t.reach === 'many') reasons.push('reach');
  if (t.enforcement === 'yes') reasons.push('enforcement');
  if (t.councilVote === 'yes') reasons.push('councilVote');
  if (reasons.length === 0 && (t.cost === 'medium' || t.reach === 'some') && t.time === 'longer') {
    reasons.push('sizeAndTime');
  }
  if (reasons.length > 0) return { depth: 'full', reasons, urgent: t.time === 'weeks' };
  const allAnswered = TRIAGE.every((q) => t[q.id as TriageId] !== '');
  return allAnswered ? { depth: 'quick', reasons: [], urgent: false } : undefined;
}
