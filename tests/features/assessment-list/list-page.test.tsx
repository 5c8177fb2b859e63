import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readableIdFor } from '@/domain/readable-id';
import type { Assessment } from '@/domain/assessment';
import { newReview, type Review } from '@/domain/review';
import { LIST_PAGE_SIZE } from '@/features/assessment-list/search-index';
import { saveAssessment } from '@/storage/assessment-repository';
import type { EquityDb } from '@/storage/db';
import { putReview } from '@/storage/reviews';
import { useAssessmentStore } from '@/store/assessment-store';
import { typicalAssessment } from '../../fixtures/assessments';
import { forgetMemory, renderApp, useFreshDb } from '../../support/render-app';

const COUNT = 60;
let db: EquityDb;

function numbered(i: number): Assessment {
  const a = typicalAssessment();
  const id = crypto.randomUUID();
  return {
    ...a,
    id,
    readableId: readableIdFor(id, 2026),
    // Numbered the way the first shape did: found by that number too.
    formerReadableIds: [`EQ-2026-${String(i).padStart(4, '0')}`],
    // Newest first on the list: assessment COUNT comes first.
    updatedAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
    meta: { ...a.meta, title: `Assessment ${i}`, department: i % 2 ? 'Parks' : 'Housing' },
  };
}

beforeEach(async () => {
  db = useFreshDb();
  // One transaction: the way the app writes each (record and summary), quicker to seed.
  await db.transaction('rw', db.assessments, db.summaries, async () => {
    for (let i = 1; i <= COUNT; i += 1) await saveAssessment(numbered(i));
  });
});
afterEach(async () => {
  forgetMemory();
  await db.delete();
});

const cards = () =>
  within(screen.getByRole('list', { name: 'Assessments' })).getAllByRole('listitem');
const titles = () =>
  cards().map((c) => within(c).getByRole('heading', { level: 2 }).textContent ?? '');

describe('the list of many assessments', { timeout: 30_000 }, () => {
  it('starts from the summaries alone and shows a page of cards, newest first', async () => {
    renderApp('/');
    const status = await screen.findByText(
      `${COUNT} assessments (the first ${LIST_PAGE_SIZE} shown)`,
      {},
      { timeout: 10_000 },
    );
    expect(status).toHaveAttribute('role', 'status');
    expect(cards()).toHaveLength(LIST_PAGE_SIZE);
    expect(titles()[0]).toBe(`Assessment ${COUNT}`);
    // No full record was read for the list.
    expect(useAssessmentStore.getState().byId).toEqual({});
    expect(Object.keys(useAssessmentStore.getState().summaries)).toHaveLength(COUNT);
    // Opening one reads that record alone (the wizard tests open them through the app).
    const [first] = Object.keys(useAssessmentStore.getState().summaries);
    expect((await useAssessmentStore.getState().openAssessment(first!))?.id).toBe(first);
    expect(Object.keys(useAssessmentStore.getState().byId)).toEqual([first]);
  });

  it("a card says the equity team's decision once a review came back, the newest decided one", async () => {
    const rows = await db.summaries.toArray();
    const top = rows.find((r) => r.title === `Assessment ${COUNT}`)!;
    const review = (version: number, decision: Review['decision'], at: string) => ({
      ...newReview({
        id: crypto.randomUUID(),
        assessmentId: top.id,
        readableId: top.readableId,
        version,
        assessmentFingerprint: 'b'.repeat(64),
        submittedAt: null,
        now: new Date(at),
      }),
      decision,
    });
    await putReview(review(1, 'returned', '2026-02-01T00:00:00.000Z'));
    // Version 2 is being reviewed, not decided yet: the card still says version 1's decision.
    await putReview(review(2, '', '2026-03-01T00:00:00.000Z'));
    renderApp('/');
    const card = (
      await screen.findByRole(
        'heading',
        { level: 2, name: `Assessment ${COUNT}` },
        { timeout: 10_000 },
      )
    ).closest('li')!;
    expect(await within(card).findByText('Returned for revision (version 1)')).toBeTruthy();
    expect(within(card).getByText('Review', { selector: 'dt' })).toBeTruthy();
    // The others have no review, and say nothing of one.
    expect(document.querySelectorAll('.app-card__decision')).toHaveLength(1);
  });

  it('"Show more" adds a page, says how many are shown, and moves focus to the first new card', async () => {
    const { user } = renderApp('/');
    await user.click(
      await screen.findByRole(
        'button',
        { name: `Show ${LIST_PAGE_SIZE} more` },
        { timeout: 10_000 },
      ),
    );
    expect(cards()).toHaveLength(2 * LIST_PAGE_SIZE);
    expect(
      screen.getByText(`${COUNT} assessments (the first ${2 * LIST_PAGE_SIZE} shown)`),
    ).toHaveAttribute('role', 'status');
    // (Text queries: role queries over fifty cards are slow in jsdom.)
    const first = `Assessment ${COUNT - LIST_PAGE_SIZE}`;
    expect(document.activeElement?.tagName).toBe('A');
    expect(document.activeElement?.textContent).toBe(first);
    expect(document.activeElement?.closest('h2')).not.toBeNull();
    const rest = COUNT - 2 * LIST_PAGE_SIZE;
    await user.click(screen.getByText(`Show ${rest} more`));
    expect(cards()).toHaveLength(COUNT);
    expect(screen.getByText(`${COUNT} assessments`)).toHaveAttribute('role', 'status');
    expect(screen.queryByText(/^Show \d+ more$/)).not.toBeInTheDocument();
  });

  it('searches the prepared index, announces the count and starts again at one page', async () => {
    const { user } = renderApp('/');
    await user.click(
      await screen.findByRole(
        'button',
        { name: `Show ${LIST_PAGE_SIZE} more` },
        { timeout: 10_000 },
      ),
    );
    const search = screen.getByRole('searchbox', { name: /Search by title/ });
    await user.type(search, 'parks');
    await screen.findByText(`30 of ${COUNT} assessments match (the first ${LIST_PAGE_SIZE} shown)`);
    expect(cards()).toHaveLength(LIST_PAGE_SIZE);
    await user.type(search, ' EQ-2026-0007');
    await screen.findByText(`1 of ${COUNT} assessments matches`);
    expect(titles()).toEqual(['Assessment 7']);
    await user.clear(search);
    await screen.findByText(`${COUNT} assessments (the first ${LIST_PAGE_SIZE} shown)`);
    expect(cards()).toHaveLength(LIST_PAGE_SIZE);
  });
});
