import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Assessment } from '@/domain/assessment';
import { newReview, type Review } from '@/domain/review';
import { tKey } from '@/i18n/i18n';
import { saveAssessment } from '@/storage/assessment-repository';
import { putReview, readReview } from '@/storage/reviews';
import { useAssessmentStore } from '@/store/assessment-store';
import { typicalAssessment } from '../../fixtures/assessments';
import { freshAppForEachTest, renderApp } from '../../support/render-app';

/**
 * The author got a review back and started version 2: each comment shows next to the field or row
 * it is on, in the steps and on Check your answers, until the author marks it done.
 */
freshAppForEachTest();

const FIELD_COMMENT = 'Say which riders lose their stop.';
const ROW_COMMENT = 'Measure this by race, not only overall.';
const WHOLE_COMMENT = 'Good start; bring the community voice in.';

async function seed(): Promise<{ a: Assessment; review: Review }> {
  const base = typicalAssessment();
  const a: Assessment = { ...base, version: 2, status: 'draft' };
  await saveAssessment(a);
  const review: Review = {
    ...newReview({
      id: crypto.randomUUID(),
      assessmentId: a.id,
      readableId: a.readableId,
      version: 1,
      assessmentFingerprint: 'a'.repeat(64),
      submittedAt: '2026-03-01T09:00:00.000Z',
      now: new Date('2026-03-02T09:00:00.000Z'),
    }),
    decision: 'returned',
    comments: [
      {
        id: 'c1',
        anchor: { kind: 'field', step: 'q1', field: 'proposal' },
        text: FIELD_COMMENT,
        done: false,
      },
      {
        id: 'c2',
        anchor: { kind: 'row', step: 'q1', table: 'results', rowId: 'r2' },
        text: ROW_COMMENT,
        done: false,
      },
      { id: 'c3', anchor: { kind: 'assessment' }, text: WHOLE_COMMENT, done: false },
    ],
  };
  await putReview(review);
  return { a, review };
}

async function openStep(a: Assessment, step: string) {
  const app = renderApp(`/assessments/${a.id}/${step}`);
  await screen.findByRole('heading', { level: 1, name: tKey(`steps.${step}.heading`) });
  return app;
}

describe('comments the author got back', () => {
  it('show at their field and row in the step, and stay marked done once marked', async () => {
    const { a, review } = await seed();
    const { user } = await openStep(a, 'q1');

    // The field's comment sits in the proposal's block, before its label.
    const field = await screen.findByText(FIELD_COMMENT);
    const block = field.closest('.app-item')!;
    expect(
      within(block as HTMLElement).getByRole('textbox', { name: /^What is the proposal/ }),
    ).toBeTruthy();
    // The row's comment is inside row R2 (a small table: every row is open).
    const row = screen.getByText(ROW_COMMENT).closest('li')!;
    expect(row.querySelector('#f-results-1-result')).toHaveValue(
      'Más familias son dueñas de su casa.',
    );
    // The whole-assessment comment is not at any field.
    expect(screen.queryByText(WHOLE_COMMENT)).toBeNull();

    // Marked done: folded away, still readable, and kept on this device.
    const markButton = within(field.closest('.app-received-comment') as HTMLElement).getByRole(
      'button',
      {
        name: 'Mark as done',
      },
    );
    expect(markButton).toHaveAccessibleDescription(FIELD_COMMENT);
    await user.click(markButton);
    const folded = await screen.findByText('1 comment marked done');
    expect(folded.closest('details')).not.toHaveAttribute('open');
    await waitFor(async () =>
      expect((await readReview(review.id))?.comments.find((c) => c.id === 'c1')?.done).toBe(true),
    );
    // The other comments stay open, and the assessment itself did not change.
    expect((await readReview(review.id))?.comments.find((c) => c.id === 'c2')?.done).toBe(false);
    expect(useAssessmentStore.getState().byId[a.id]?.q1.proposal).toBe(a.q1.proposal);
  });

  it('are listed on Check your answers by place, with how many are open, and can be marked there', async () => {
    const { a, review } = await seed();
    await putReview({
      ...review,
      comments: review.comments.map((c) => (c.id === 'c2' ? { ...c, done: true } : c)),
    });
    const app = renderApp(`/assessments/${a.id}/review`);
    const panel = await screen.findByRole('region', { name: /review/i });
    await within(panel).findByText(WHOLE_COMMENT);
    expect(panel).toHaveTextContent('Open comments: 2. Marked done: 1.');
    expect(within(panel).getByText(ROW_COMMENT).closest('.app-received-comment')).toHaveClass(
      'app-received-comment--done',
    );
    const whole = within(panel)
      .getByText(WHOLE_COMMENT)
      .closest('.app-received-comment') as HTMLElement;
    await app.user.click(within(whole).getByRole('button', { name: 'Mark as done' }));
    await waitFor(() => expect(panel).toHaveTextContent('Open comments: 1. Marked done: 2.'));
    expect(within(whole).getByRole('button', { name: 'Mark as not done' })).toBeTruthy();
  });

  it('a folded row says it holds an open comment', async () => {
    const { a } = await seed();
    // Seven results: more than a table shows open, so the rows start folded.
    const many = Array.from({ length: 7 }, (_, i) => ({
      id: i === 4 ? 'r2' : `x${i}`,
      result: `Result ${i}`,
      indicator: '',
    }));
    await saveAssessment({ ...a, q1: { ...a.q1, results: many } });
    await openStep(a, 'q1');
    await screen.findByText(FIELD_COMMENT);
    const summaries = [...document.querySelectorAll('.app-row__summary')];
    const marked = summaries.filter((s) => s.textContent?.includes('1 comment'));
    expect(marked).toHaveLength(1);
    expect(marked[0]).toHaveTextContent('Result 4');
  });
});
