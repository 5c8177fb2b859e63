import { describe, expect, it } from 'vitest';
import { AssessmentSchema, type Assessment } from '@/domain/assessment';
import { checkAssessment } from '@/domain/checks';
import { runChecks } from '@/domain/consistency';
import { depthOf, inDepth, recommendDepth, stepAt, stepsOf, type Depth } from '@/domain/depth';
import type { DepthValues } from '@/domain/field-schemas';
import { questionProgress, stepStatus } from '@/domain/progress';
import { getStep, STEPS, type Step } from '@/domain/questions';
import { typicalAssessment } from '../fixtures/assessments';

const at = (a: Assessment, chosen: Depth | ''): Assessment => ({
  ...a,
  depth: { ...a.depth, chosen },
});

/** The typical assessment with every answer that only Full asks emptied. */
function quickOnly(): Assessment {
  const a = structuredClone(typicalAssessment());
  for (const step of STEPS) {
    const values: Record<string, unknown> = a[step.section];
    const fresh: Record<string, unknown> = AssessmentSchema.parse({
      ...a,
      [step.section]: {},
    })[step.section];
    for (const item of step.items) {
      if (!inDepth(item, 'quick')) {
        values[item.id] = fresh[item.id];
        Reflect.deleteProperty(values.notKnown as object, item.id);
      } else if (item.kind === 'table') {
        for (const row of values[item.id] as Record<string, unknown>[]) {
          for (const c of item.columns) {
            if (!inDepth(c, 'quick')) row[c.id] = Array.isArray(row[c.id]) ? [] : '';
          }
        }
      }
    }
  }
  return AssessmentSchema.parse(a);
}

const triage = (t: Partial<DepthValues['triage']>): DepthValues['triage'] => ({
  cost: '',
  reach: '',
  enforcement: '',
  councilVote: '',
  time: '',
  ...t,
});
const small = triage({
  cost: 'small',
  reach: 'few',
  enforcement: 'no',
  councilVote: 'no',
  time: 'months',
});

describe('the triage recommends a depth', () => {
  it('recommends Quick for a small decision once every answer is in', () => {
    expect(recommendDepth(small)).toEqual({ depth: 'quick', reasons: [], urgent: false });
    expect(recommendDepth({ ...small, time: '' })).toBeUndefined();
  });

  it('recommends Full, with every reason, for cost, reach, enforcement or a council vote', () => {
    expect(recommendDepth({ ...small, cost: 'large' })?.reasons).toEqual(['cost']);
    expect(recommendDepth({ ...small, reach: 'many' })?.reasons).toEqual(['reach']);
    expect(recommendDepth({ ...small, enforcement: 'yes' })?.reasons).toEqual(['enforcement']);
    expect(recommendDepth(triage({ councilVote: 'yes', cost: 'large', time: 'weeks' }))).toEqual({
      depth: 'full',
      reasons: ['cost', 'councilVote'],
      urgent: true,
    });
  });

  it('recommends Full for a mid-sized decision with months to go, Quick when it is close', () => {
    expect(recommendDepth({ ...small, cost: 'medium', time: 'longer' })?.depth).toBe('full');
    expect(recommendDepth({ ...small, cost: 'medium', time: 'weeks' })?.depth).toBe('quick');
  });
});

describe('Quick asks the core of each question', () => {
  it('keeps every step, with fewer items and columns, and every required item of Quick is required in Full', () => {
    for (const step of STEPS) {
      const quick = stepAt(step, 'quick');
      expect(stepAt(step, 'full')).toBe(step);
      expect(quick.items.length).toBeGreaterThan(0);
      for (const item of quick.items) {
        expect(inDepth(item, 'quick')).toBe(true);
        if (item.kind === 'table')
          expect(item.columns.every((c) => inDepth(c, 'quick'))).toBe(true);
      }
    }
    const all = (steps: Step[]) =>
      steps.flatMap((s) =>
        s.items.flatMap((i): readonly unknown[] => (i.kind === 'table' ? i.columns : [i])),
      );
    const quickCount = all(STEPS.map((s) => stepAt(s, 'quick'))).length;
    const fullCount = all([...STEPS]).length;
    // A 60-minute meeting: Quick asks well under two thirds of the prompts.
    expect(quickCount).toBeLessThan((fullCount * 2) / 3);
  });

  it('keeps every required column of a table that Quick asks', () => {
    for (const step of STEPS) {
      for (const item of step.items) {
        if (item.kind !== 'table' || !inDepth(item, 'quick')) continue;
        expect(item.columns.filter((c) => c.required).every((c) => inDepth(c, 'quick'))).toBe(true);
      }
    }
  });

  it('runs Full until someone chooses Quick', () => {
    const a = typicalAssessment();
    expect(depthOf(a)).toBe('full');
    expect(depthOf(at(a, 'quick'))).toBe('quick');
    expect(stepsOf(at(a, 'quick')).map((s) => s.items.length)).not.toEqual(
      stepsOf(a).map((s) => s.items.length),
    );
  });
});

describe('progress and checks follow the depth', () => {
  it('counts a Quick assessment with only the core answered as complete, and the same answers as incomplete in Full', () => {
    const quick = at(quickOnly(), 'quick');
    expect(questionProgress(quick)).toEqual({ answered: 5, total: 5 });
    expect([...checkAssessment(quick).values()].flat()).toEqual([]);

    const full = at(quickOnly(), 'full');
    expect(questionProgress(full).answered).toBeLessThan(5);
    expect(
      checkAssessment(full)
        .get('q2')
        ?.map((i) => i.path),
    ).toEqual(expect.arrayContaining(['rootCauses', 'dataGaps']));
    expect(stepStatus(getStep('q4')!, full)).toBe('inProgress');
  });

  it('switching Quick → Full → Quick changes no stored answer', () => {
    const a = typicalAssessment();
    const there = AssessmentSchema.parse(at(a, 'quick'));
    const back = AssessmentSchema.parse(at(there, 'full'));
    expect({ ...back, depth: a.depth }).toEqual(a);
    expect(back.q2.rootCauses).toBe(a.q2.rootCauses);
    expect(back.q5.measures.map((m) => m.baseline)).toEqual(a.q5.measures.map((m) => m.baseline));
  });

  it('leaves out consistency results about items and columns that Quick does not ask', () => {
    const a = typicalAssessment();
    // A "what we heard" row with no effect: the effect column is asked only in Full.
    const heard = a.q3.heard.map((w, i) => (i === 0 ? { ...w, effect: '' as const } : w));
    const full = { ...a, q3: { ...a.q3, heard } };
    const has = (x: Assessment) =>
      runChecks(x, '2026-03-31').some((r) => r.check === 'heardNoChange');
    expect(has(full)).toBe(true);
    expect(has(at(full, 'quick'))).toBe(false);
  });
});
