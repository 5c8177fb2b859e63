import { describe, expect, it } from 'vitest';
import { summarize, type AssessmentSummary } from '@/domain/summary';
import { buildSearchIndex, searchIndex } from '@/features/assessment-list/search-index';
import { typicalAssessment } from '../../fixtures/assessments';

function summary(n: number, over: Partial<AssessmentSummary> = {}): AssessmentSummary {
  const a = typicalAssessment();
  return {
    ...summarize(a),
    id: `id-${n}`,
    readableId: `EQ-2026-${String(n).padStart(4, '0')}`,
    updatedAt: new Date(Date.UTC(2026, 0, 1, n)).toISOString(),
    ...over,
  };
}

const labels: Record<AssessmentSummary['status'], string> = {
  draft: 'Draft',
  readyForReview: 'Ready for review',
  submitted: 'Submitted',
  reviewed: 'Reviewed',
};
const label = (s: AssessmentSummary['status']) => labels[s];

describe('the list search index', () => {
  const list = [
    summary(1, { title: 'Bus route 12', department: 'Transportation', status: 'draft' }),
    summary(2, { title: 'Đặng park', department: 'Parks', division: 'Trails', status: 'reviewed' }),
    summary(3, { title: 'Library hours', department: 'Libraries', status: 'submitted' }),
  ];
  const index = buildSearchIndex(list, label);
  const ids = (q: string) => searchIndex(index, q).map((s) => s.id);

  it('orders by the last change, newest first, and a blank query gives every one', () => {
    expect(ids('')).toEqual(['id-3', 'id-2', 'id-1']);
    expect(ids('   ')).toEqual(['id-3', 'id-2', 'id-1']);
  });

  it('finds by title, department, division, readable id and status, case- and accent-insensitive', () => {
    expect(ids('ROUTE')).toEqual(['id-1']);
    expect(ids('libraries')).toEqual(['id-3']);
    expect(ids('trails')).toEqual(['id-2']);
    expect(ids('eq-2026-0002')).toEqual(['id-2']);
    expect(ids('submitted')).toEqual(['id-3']);
    expect(ids('dang')).toEqual(['id-2']);
    expect(ids('nothing like it')).toEqual([]);
  });

  it('needs every word, in any order and any field', () => {
    expect(ids('parks reviewed')).toEqual(['id-2']);
    expect(ids('reviewed bus')).toEqual([]);
    expect(ids('12 bus')).toEqual(['id-1']);
  });

  it('searches the status in the language it is given', () => {
    const es = buildSearchIndex(list, (s) => (s === 'draft' ? 'Borrador' : s));
    expect(searchIndex(es, 'borrador').map((s) => s.id)).toEqual(['id-1']);
  });

  it('keeps the summary objects, so unchanged cards are not rendered again', () => {
    expect(searchIndex(index, 'bus')[0]).toBe(list[0]);
  });

  it('filters a thousand summaries quickly', () => {
    const many = Array.from({ length: 1000 }, (_, i) =>
      summary(i, { title: `Assessment ${i} on bus routes` }),
    );
    const big = buildSearchIndex(many, label);
    const start = performance.now();
    for (const q of ['b', 'bu', 'bus', 'bus r', 'bus ro', '99']) searchIndex(big, q);
    expect(searchIndex(big, 'assessment 999')).toHaveLength(1);
    // Six searches of a thousand entries; generous for a loaded CI machine.
    expect(performance.now() - start).toBeLessThan(100);
  });
});
