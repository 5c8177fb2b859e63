import { describe, expect, it } from 'vitest';
import { newReview, type Review } from '@/domain/review';
import {
  filterRows,
  NO_FILTER,
  portfolioRow,
  sortRows,
  type PortfolioRow,
} from '@/view-model/portfolio';
import { typicalAssessment } from '../fixtures/assessments';

const TODAY = '2026-03-10';
const collator = new Intl.Collator('en', { numeric: true });

function submission(department: string, title: string, version: number, firstReports: string[]) {
  const base = typicalAssessment();
  const row = base.q5.measures[0]!;
  const measures = firstReports.map((d, i) => ({ ...row, id: `m${i}`, firstReport: d }));
  return {
    assessment: {
      ...base,
      id: crypto.randomUUID(),
      version,
      meta: { ...base.meta, department, title },
      q5: { ...base.q5, measures },
    },
    receivedAt: '2026-03-01T09:00:00.000Z',
  };
}

function reviewOf(s: ReturnType<typeof submission>, patch: Partial<Review>): Review {
  return {
    ...newReview({
      id: crypto.randomUUID(),
      assessmentId: s.assessment.id,
      readableId: s.assessment.readableId,
      version: s.assessment.version,
      assessmentFingerprint: 'c'.repeat(64),
      submittedAt: '2026-03-01T08:00:00.000Z',
      now: new Date('2026-03-05T10:00:00Z'),
    }),
    ...patch,
  };
}

describe('the portfolio rows', () => {
  const parks = submission('Parks', 'Pool hours', 1, ['2026-01-01', '2026-08-01', '2026-05-01']);
  const transit = submission('Transit', 'Bus lanes', 2, []);
  const housing = submission('Housing', 'Land trust', 1, ['2025-12-01']);
  const rows: PortfolioRow[] = [
    portfolioRow(
      parks,
      reviewOf(parks, {
        decision: 'acceptedWithConditions',
        scores: { A: 3, B: 2, D: 3, E: 2, F: 3, G: 3 },
        conditions: [
          { id: 'a', criterion: 'B', what: 'x', owner: '', due: '2026-03-01', done: false },
          { id: 'b', criterion: 'E', what: 'y', owner: '', due: '2026-04-01', done: false },
          { id: 'c', criterion: 'E', what: 'z', owner: '', due: '2026-01-01', done: true },
        ],
      }),
      TODAY,
    ),
    portfolioRow(transit, reviewOf(transit, { decision: 'returned' }), TODAY),
    portfolioRow(housing, undefined, TODAY),
  ];

  it('says the gates below 3, open conditions, the next due date, overdue, and the next report', () => {
    expect(rows[0]).toMatchObject({
      department: 'Parks',
      gatesBelow: ['B', 'E'],
      openConditions: 2,
      nextDue: '2026-03-01',
      overdue: true,
      nextReport: '2026-05-01',
      submitted: '2026-03-01T08:00:00.000Z',
    });
    expect(rows[1]).toMatchObject({
      decision: 'returned',
      openConditions: 0,
      nextDue: '',
      overdue: false,
      nextReport: '',
    });
    // Not reviewed yet; its only report date has passed: that one is shown.
    expect(rows[2]).toMatchObject({
      decision: '',
      nextReport: '2025-12-01',
      submitted: housing.assessment.lastExportedAt ?? housing.receivedAt,
    });
  });

  it('filters by department, decision and overdue', () => {
    expect(filterRows(rows, { ...NO_FILTER, department: 'Transit' }).map((r) => r.title)).toEqual([
      'Bus lanes',
    ]);
    expect(filterRows(rows, { ...NO_FILTER, decision: '' }).map((r) => r.title)).toEqual([
      'Land trust',
    ]);
    expect(filterRows(rows, { ...NO_FILTER, overdueOnly: true }).map((r) => r.title)).toEqual([
      'Pool hours',
    ]);
  });

  it('sorts either way with empty values last', () => {
    const due = (d: 'ascending' | 'descending') =>
      sortRows(rows, 'nextDue', d, collator).map((r) => r.title);
    expect(due('ascending')[0]).toBe('Pool hours');
    expect(due('descending')[0]).toBe('Pool hours');
    expect(sortRows(rows, 'department', 'descending', collator).map((r) => r.department)).toEqual([
      'Transit',
      'Parks',
      'Housing',
    ]);
    expect(sortRows(rows, 'gatesBelow', 'descending', collator)[0]?.title).toBe('Pool hours');
  });
});
