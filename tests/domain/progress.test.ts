import { describe, expect, it } from 'vitest';
import type { Assessment } from '@/domain/assessment';
import { checkStep } from '@/domain/checks';
import { newAssessment } from '@/domain/factory';
import { completeness, questionProgress, stepStatus } from '@/domain/progress';
import { getStep } from '@/domain/questions';
import { typicalAssessment } from '../fixtures/assessments';

const step = (id: string) => {
  const s = getStep(id);
  if (!s) throw new Error(id);
  return s;
};
const fresh = (): Assessment =>
  newAssessment({
    id: crypto.randomUUID(),
    now: new Date('2026-11-22T10:00:00Z'),
  });

function withQ1(a: Assessment): Assessment {
  return {
    ...a,
    q1: {
      ...a.q1,
      proposal: 'Half-price bus passes.',
      problem: 'Fares are a large share of low budgets.',
      results: [{ id: 'r1', result: 'People reach jobs', indicator: '' }],
      outcomes: [{ id: 'o1', gap: 'Commute time gap', groups: [] }],
    },
  };
}

describe('progress', () => {
  it('counts no question answered on a new assessment', () => {
    const a = fresh();
    expect(questionProgress(a)).toEqual({ answered: 0, total: 5 });
    expect(stepStatus(step('q1'), a)).toBe('notStarted');
  });

  it('marks a question in progress, then completed once every required item is answered', () => {
    const a = fresh();
    const partial = { ...a, q1: { ...a.q1, proposal: 'Something' } };
    expect(stepStatus(step('q1'), partial)).toBe('inProgress');
    const done = withQ1(a);
    expect(stepStatus(step('q1'), done)).toBe('completed');
    expect(questionProgress(done).answered).toBe(1);
  });

  it('accepts "Not known yet" only with a plan', () => {
    const a = withQ1(fresh());
    const unknown = {
      ...a,
      q1: { ...a.q1, problem: '', notKnown: { problem: { on: true, plan: '', date: '' } } },
    };
    expect(checkStep(step('q1'), unknown.q1, unknown)).toEqual([
      { path: 'notKnown.problem.plan', code: 'notKnownPlan' },
    ]);
    const planned = {
      ...unknown,
      q1: {
        ...unknown.q1,
        notKnown: { problem: { on: true, plan: 'Ask transit by May', date: '' } },
      },
    };
    expect(stepStatus(step('q1'), planned)).toBe('completed');
  });

  it('does not count a whitespace-only answer', () => {
    const a = withQ1(fresh());
    const blank = { ...a, q1: { ...a.q1, proposal: '   \n ' } };
    expect(checkStep(step('q1'), blank.q1, blank)).toContainEqual({
      path: 'proposal',
      code: 'required',
    });
  });
});

describe('checks', () => {
  it('reports numbers, years, emails and dates that do not parse, at the field', () => {
    const a = fresh();
    const meta = {
      ...a.meta,
      title: 'T',
      type: 'budget' as const,
      budgetAmount: '12abc',
      fiscalYear: '27',
      leadEmail: 'nope',
      decisionDate: '2027-02-30',
    };
    const codes = checkStep(step('details'), meta, { ...a, meta }).map(
      (i) => `${i.path}:${i.code}`,
    );
    expect(codes).toEqual([
      'leadEmail:email',
      'decisionDate:date',
      'budgetAmount:number',
      'fiscalYear:year',
    ]);
  });

  it('needs a mitigation for every medium or high harm, and a remaining-harm answer when one is unmitigated', () => {
    const a = fresh();
    const q4 = {
      ...a.q4,
      harms: [
        {
          id: 'h1',
          description: 'Rents rise',
          groups: [],
          likelihood: 'high' as const,
          severity: 'low' as const,
        },
        {
          id: 'h2',
          description: 'Paperwork',
          groups: [],
          likelihood: 'low' as const,
          severity: 'low' as const,
        },
      ],
    };
    const issues = checkStep(step('q4'), q4, { ...a, q4 });
    expect(issues).toContainEqual({
      path: 'mitigations',
      code: 'harmNeedsMitigation',
      params: { harms: 'H1' },
    });
    expect(issues).toContainEqual({ path: 'residual', code: 'residualRequired' });
    const mitigated = {
      ...q4,
      mitigations: [
        {
          id: 'm1',
          harms: ['h1', 'h2'],
          strategy: 'Rent caps',
          owner: '',
          due: '',
          resourced: '' as const,
        },
      ],
    };
    const after = checkStep(step('q4'), mitigated, { ...a, q4: mitigated });
    expect(after.map((i) => i.code)).not.toContain('harmNeedsMitigation');
    expect(after.map((i) => i.code)).not.toContain('residualRequired');
  });

  it('asks for a most-affected group among the benefit and burden rows', () => {
    const a = fresh();
    const groups = {
      ...a.groups,
      groups: [
        { id: 'g1', name: 'Renters', kind: 'tenure' as const, mostAffected: true },
        { id: 'g2', name: 'Owners', kind: 'tenure' as const, mostAffected: false },
      ],
    };
    const row = (id: string, group: string) => ({
      id,
      group,
      benefits: '',
      burdens: '',
      net: '' as const,
      size: '' as const,
    });
    const q2 = { ...a.q2, benefitBurden: [row('b1', 'g2'), row('b2', 'g2')] };
    expect(checkStep(step('q2'), q2, { ...a, groups, q2 }).map((i) => i.code)).toContain(
      'needsMostAffected',
    );
    const q2b = { ...q2, benefitBurden: [row('b1', 'g1'), row('b2', 'g2')] };
    expect(checkStep(step('q2'), q2b, { ...a, groups, q2: q2b }).map((i) => i.code)).not.toContain(
      'needsMostAffected',
    );
  });
});

describe('completeness', () => {
  it('counts every required question of an empty draft as open', () => {
    const c = completeness(newAssessment({ id: crypto.randomUUID(), now: new Date() }));
    expect(c.answered).toBe(0);
    expect(c.notKnown).toBe(0);
    expect(c.total).toBeGreaterThan(20);
    expect(c.open).toHaveLength(c.total);
    expect(c.open[0]).toEqual({ step: 'details', item: 'title' });
  });

  it('counts a finished assessment as complete', () => {
    const c = completeness(typicalAssessment());
    expect(c.open).toEqual([]);
    expect(c.answered + c.notKnown).toBe(c.total);
  });

  it('counts "Not known yet" with a plan apart, and without a plan as open', () => {
    const a = typicalAssessment();
    a.q2.rootCauses = '';
    a.q2.notKnown = {
      rootCauses: { on: true, plan: 'Ask the housing authority in May.', date: '' },
    };
    const withPlan = completeness(a);
    expect(withPlan.notKnown).toBe(1);
    expect(withPlan.open).toEqual([]);
    const b = structuredClone(a);
    b.q2.notKnown = { rootCauses: { on: true, plan: '', date: '' } };
    expect(completeness(b).open).toEqual([{ step: 'q2', item: 'rootCauses' }]);
  });
});
