// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { newReview, type Review } from '@/domain/review';
import { renderAssessmentPdf } from '@/features/pdf-export/render-pdf';
import { typicalAssessment } from '../../fixtures/assessments';
import { nodeFontPaths, readPdf, squash } from './pdf-helpers';

const GENERATED_AT = new Date('2026-03-10T17:45:00Z');

describe('the reviewed PDF: review section', () => {
  let text: string;
  let plain: string;
  const a = { ...typicalAssessment(), version: 2 };
  const harm = a.q4.harms[0];

  beforeAll(async () => {
    const review: Review = {
      ...newReview({
        id: '0b7e2f6a-1c1d-4e8b-9a3e-2f1a9c0d5e71',
        assessmentId: a.id,
        readableId: a.readableId,
        version: 2,
        assessmentFingerprint: 'b'.repeat(64),
        submittedAt: null,
        now: GENERATED_AT,
      }),
      scores: { A: 3, B: 2, C: 4, D: 3, E: 1, F: 3, G: 3 },
      notes: { E: 'Nobody from the Vietnamese community — chưa tham vấn.' },
      comments: [
        { id: 'k1', anchor: { kind: 'assessment' }, text: 'Strong data overall.', done: false },
        {
          id: 'k2',
          anchor: { kind: 'row', step: 'q4', table: 'harms', rowId: harm?.id ?? 'x' },
          text: 'Which group bears this harm?',
          done: false,
        },
        {
          id: 'k3',
          anchor: { kind: 'field', step: 'q1', field: 'proposal' },
          text: 'Say who benefits.',
          done: false,
        },
      ],
      conditions: [
        {
          id: 'c1',
          criterion: 'B',
          what: 'Add the 2025 survey by race.',
          owner: 'Data analyst',
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
    const result = await renderAssessmentPdf(a, {
      fonts: nodeFontPaths(),
      generatedAt: GENERATED_AT,
      review,
    });
    const pdf = await readPdf(result.bytes);
    text = pdf.pages.join('\n');
    const start = text.search(/^Review by the equity team$/m);
    expect(start, 'the review section heading').toBeGreaterThan(0);
    plain = squash(text.slice(start));
  }, 120_000);

  it('shows the decision, reviewer and dates', () => {
    expect(plain).toContain(squash('Decision Returned for revision'));
    expect(plain).toContain(squash('Nguyễn Thị Hoa'));
    expect(plain).toContain(squash('Reassess by Sep 10, 2026'));
  });

  it('has the rubric with gates, levels and notes', () => {
    expect(plain).toContain(squash('E Community voice Gate 1 Not yet'));
    expect(plain).toContain(squash('chưa tham vấn'));
    expect(plain).toContain(squash('H Readiness Not scored'));
  });

  it('lists the conditions and the comments by the field or row they are on, in the order of the assessment', () => {
    expect(plain).toContain(squash('1. Add the 2025 survey by race.'));
    expect(plain).toContain(
      squash('Owner: Data analyst · Due date: Jun 1, 2026 · Criterion it answers: B Data'),
    );
    const whole = plain.indexOf(squash('The whole assessment Strong data overall.'));
    const field = plain.indexOf(squash('Say who benefits.'));
    const row = plain.indexOf(squash('Which group bears this harm?'));
    expect(plain.slice(row - 40, row)).toMatch(/H1\(4\.1/);
    expect(whole).toBeGreaterThan(0);
    expect(field).toBeGreaterThan(whole);
    expect(plain.slice(field - 60, field)).toMatch(/1\.1/);
    expect(row).toBeGreaterThan(field);
    expect(plain).toContain(squash('Which group bears this harm?'));
  });

  it('leaves the PDF without a review as before', async () => {
    const result = await renderAssessmentPdf(a, {
      fonts: nodeFontPaths(),
      generatedAt: GENERATED_AT,
    });
    const pdf = await readPdf(result.bytes);
    expect(pdf.pages.join('\n')).not.toMatch(/Review by the equity team/);
  }, 120_000);
});
