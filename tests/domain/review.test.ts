import { describe, expect, it } from 'vitest';
import {
  allowedDecisions,
  CRITERIA,
  decisionProblems,
  gatesBelowMeets,
  newReview,
  nextDue,
  ReviewSchema,
  type Level,
  type Review,
} from '@/domain/review';

const GATES = CRITERIA.filter((c) => c.gate).map((c) => c.id);

function base(): Review {
  return newReview({
    id: '0b7e2f6a-1c1d-4e8b-9a3e-2f1a9c0d5e71',
    assessmentId: '5c1b9e3e-7a2d-4f0c-8d9a-1e2b3c4d5e6f',
    readableId: 'EQ-2026-5WE7-MFJV',
    version: 2,
    assessmentFingerprint: 'a'.repeat(64),
    submittedAt: '2026-03-01T10:00:00.000Z',
    now: new Date('2026-03-10T12:00:00Z'),
  });
}

/** Every gate at `level`, with some overrides. */
function scored(level: Level, overrides: Partial<Record<string, Level>> = {}): Review {
  const r = base();
  const scores: Review['scores'] = {};
  for (const g of GATES) scores[g] = level;
  return { ...r, scores: { ...scores, ...overrides } };
}

describe('the gate rules (review.md)', () => {
  it('allows no decision until every gate is scored, and names the unscored gates', () => {
    const r = { ...base(), scores: { A: 3 as const, B: 3 as const } };
    expect(allowedDecisions(r)).toEqual([]);
    expect(decisionProblems(r, 'returned')).toEqual([
      { reason: 'unscored', criteria: ['D', 'E', 'F', 'G'] },
    ]);
    // Non-gates need no score.
    expect(allowedDecisions(scored(3))).toContain('accepted');
  });

  it('cannot accept, with or without conditions, while a gate is at 1; returning is allowed', () => {
    const r = scored(4, { F: 1 });
    expect(decisionProblems(r, 'accepted')).toEqual([{ reason: 'gateAtOne', criteria: ['F'] }]);
    expect(decisionProblems(r, 'acceptedWithConditions')).toEqual([
      { reason: 'gateAtOne', criteria: ['F'] },
    ]);
    expect(allowedDecisions(r)).toEqual(['returned']);
    // A condition on F does not change that.
    const withCondition: Review = {
      ...r,
      conditions: [
        { id: 'c1', criterion: 'F', what: 'Add mitigations', owner: 'X', due: '', done: false },
      ],
    };
    expect(allowedDecisions(withCondition)).toEqual(['returned']);
  });

  it('needs a condition on each gate at 2 to accept with conditions, and never plain acceptance', () => {
    const r = scored(3, { B: 2, E: 2 });
    expect(decisionProblems(r, 'accepted')).toEqual([
      { reason: 'gateBelowMeets', criteria: ['B', 'E'] },
    ]);
    expect(decisionProblems(r, 'acceptedWithConditions')).toEqual([
      { reason: 'gateAtTwoWithoutCondition', criteria: ['B', 'E'] },
    ]);
    const oneCondition: Review = {
      ...r,
      conditions: [
        {
          id: 'c1',
          criterion: 'B',
          what: 'Add data by race',
          owner: 'Analyst',
          due: '2026-06-01',
          done: false,
        },
        // A condition with no words does not count.
        { id: 'c2', criterion: 'E', what: '   ', owner: '', due: '', done: false },
      ],
    };
    expect(decisionProblems(oneCondition, 'acceptedWithConditions')).toEqual([
      { reason: 'gateAtTwoWithoutCondition', criteria: ['E'] },
    ]);
    const both: Review = {
      ...oneCondition,
      conditions: [
        ...oneCondition.conditions.slice(0, 1),
        {
          id: 'c2',
          criterion: 'E',
          what: 'Meet the tenants’ union',
          owner: 'Lead',
          due: '',
          done: false,
        },
      ],
    };
    expect(allowedDecisions(both)).toEqual(['acceptedWithConditions', 'returned']);
    expect(gatesBelowMeets(both)).toEqual(['B', 'E']);
  });

  it('accepts when every gate meets, whatever the non-gates say', () => {
    const r = scored(3, { C: 1, H: 1, I: 2 });
    expect(allowedDecisions(r)).toEqual(['accepted', 'acceptedWithConditions', 'returned']);
  });
});

describe('the review schema', () => {
  it('round-trips a full review through JSON unchanged', () => {
    const r: Review = {
      ...scored(2, { A: 4 }),
      notes: { A: 'Clear — rõ ràng', B: 'Faltan datos' },
      comments: [
        { id: 'k1', anchor: { kind: 'assessment' }, text: 'Overall strong.', done: false },
        {
          id: 'k2',
          anchor: { kind: 'field', step: 'q1', field: 'summary' },
          text: 'Shorter?',
          done: false,
        },
        {
          id: 'k3',
          anchor: { kind: 'row', step: 'q4', table: 'harms', rowId: 'row-7' },
          text: 'Which group?',
          done: true,
        },
      ],
      conditions: [
        {
          id: 'c1',
          criterion: 'B',
          what: 'Data by race',
          owner: 'Analyst',
          due: '2026-06-01',
          done: false,
        },
      ],
      decision: 'returned',
      reviewerName: 'Nguyễn Thị Hoa',
      reviewerRole: 'Equity lead',
      reviewedOn: '2026-03-10',
      reassessBy: '2026-09-10',
    };
    const back = ReviewSchema.parse(JSON.parse(JSON.stringify(r)));
    expect(back).toEqual(r);
  });

  it('rejects a bad date, an unknown criterion and a level outside 1–4', () => {
    const r = base();
    expect(ReviewSchema.safeParse({ ...r, reassessBy: '2026-02-30' }).success).toBe(false);
    expect(ReviewSchema.safeParse({ ...r, scores: { Z: 3 } }).success).toBe(false);
    expect(ReviewSchema.safeParse({ ...r, scores: { A: 5 } }).success).toBe(false);
    expect(
      ReviewSchema.safeParse({
        ...r,
        comments: [{ id: 'x', anchor: { kind: 'field', step: 'q1' } }],
      }).success,
    ).toBe(false);
  });

  it('gives the next due date among open conditions', () => {
    const r: Review = {
      ...base(),
      conditions: [
        { id: 'a', criterion: '', what: 'x', owner: '', due: '2026-05-01', done: true },
        { id: 'b', criterion: '', what: 'y', owner: '', due: '', done: false },
        { id: 'c', criterion: '', what: 'z', owner: '', due: '2026-07-01', done: false },
      ],
    };
    expect(nextDue(r)).toBe('2026-07-01');
  });
});
