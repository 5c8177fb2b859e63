import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Assessment } from '@/domain/assessment';
import { toIsoDate } from '@/domain/consistency';
import { tKey } from '@/i18n/i18n';
import { saveAssessment } from '@/storage/assessment-repository';
import { typicalAssessment } from '../../fixtures/assessments';
import { freshAppForEachTest, renderApp } from '../../support/render-app';

freshAppForEachTest();

async function open(a: Assessment, step: string) {
  await saveAssessment(a);
  const app = renderApp(`/assessments/${a.id}/${step}`);
  await screen.findByRole('heading', { level: 1, name: tKey(`steps.${step}.heading`) });
  await waitFor(() =>
    expect(
      screen.getByRole('heading', { level: 1 }).closest('form')!.querySelector('fieldset'),
    ).not.toBeDisabled(),
  );
  return app;
}

const empty = (): Assessment => {
  const a = typicalAssessment();
  return { ...a, groups: { ...a.groups, groups: [] } };
};

describe('focus never drops to the page body', () => {
  it('moves to the next suggestion after a "+ group" suggestion, then to "Add a group" when none is left', async () => {
    const { user } = await open(empty(), 'groups');
    const suggestions = () =>
      within(screen.getByText(tKey('wizard.suggestionsTitle')).parentElement!).getAllByRole(
        'button',
      );
    const first = suggestions()[0]!;
    const second = suggestions()[1]!.textContent;
    await user.click(first);
    await waitFor(() => expect(document.activeElement?.textContent).toBe(second));
    expect(screen.getByText(/was added to the list/)).toHaveAttribute('role', 'status');

    // Take every suggestion: focus ends on the "Add" button.
    let left = suggestions().length;
    while (left > 0) {
      await user.click(document.activeElement as HTMLElement);
      left -= 1;
      await waitFor(() => expect(document.activeElement).not.toBe(document.body));
    }
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: tKey('items.groups.groups.addRow') }),
    );
  }, 60_000);

  it('moves to the "removed" message after removing a row, and to the row after Undo', async () => {
    const a = typicalAssessment();
    const { user } = await open(a, 'q4');
    const rowName = tKey('items.q4.harms.rowName');
    await user.click(screen.getByRole('button', { name: `Remove ${rowName} H1` }));
    const message = await screen.findByText(`${rowName} H1 was removed.`, { exact: false });
    await waitFor(() => expect(message.closest('[role="status"]')).toHaveFocus());
    await user.click(within(message).getByRole('button', { name: 'Undo' }));
    const row = screen.getByRole('group', { name: `${rowName} H1` });
    await waitFor(() => expect(row.contains(document.activeElement)).toBe(true));
    expect(document.activeElement).toHaveValue(a.q4.harms[0]!.description);
  }, 60_000);
});

describe('past dates where a future one is expected', () => {
  it('warns at a past review date, not for a future one, and never blocks', async () => {
    const a = typicalAssessment();
    const { user } = await open({ ...a, q5: { ...a.q5, reviewDate: '2020-01-15' } }, 'q5');
    const review = screen.getByLabelText(new RegExp(`^${tKey('items.q5.reviewDate.label')}`));
    const warning = tKey('flow.pastDate');
    expect(review).toHaveAccessibleDescription(expect.stringContaining(warning));

    await user.clear(review);
    const next = new Date();
    next.setFullYear(next.getFullYear() + 1);
    await user.type(review, toIsoDate(next));
    await waitFor(() =>
      expect(review).not.toHaveAccessibleDescription(expect.stringContaining(warning)),
    );
    // Not blocking: Next goes on to the review page.
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByRole('heading', { level: 1, name: 'Check your answers' });
  }, 60_000);

  it('warns at a past decision date unless the stage says the decision is made', async () => {
    const a = typicalAssessment();
    const { user } = await open(
      { ...a, meta: { ...a.meta, decisionDate: '2021-06-01', stage: 'preDecision' } },
      'details',
    );
    const date = screen.getByLabelText(new RegExp(`^${tKey('items.meta.decisionDate.label')}`));
    expect(date).toHaveAccessibleDescription(expect.stringContaining(tKey('flow.pastDate')));
    await user.click(screen.getByRole('radio', { name: tKey('options.stage.implementation') }));
    await waitFor(() =>
      expect(date).not.toHaveAccessibleDescription(expect.stringContaining(tKey('flow.pastDate'))),
    );
  }, 60_000);
});
