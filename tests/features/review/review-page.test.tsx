import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fingerprint } from '@/domain/fingerprint';
import { reviewOf, putSubmission } from '@/storage/reviews';
import type { EquityDb } from '@/storage/db';
import { typicalAssessment } from '../../fixtures/assessments';
import { forgetMemory, renderApp, useFreshDb } from '../../support/render-app';

let db: EquityDb;
beforeEach(() => {
  db = useFreshDb();
  forgetMemory();
});
afterEach(() => {
  db.close();
});

async function seed() {
  const a = { ...typicalAssessment(), version: 1, status: 'submitted' as const };
  await putSubmission({
    assessment: a,
    fingerprint: await fingerprint(a),
    receivedAt: '2026-03-02T09:00:00.000Z',
  });
  return a;
}

function level(criterion: RegExp, name: string) {
  const group = screen.getByRole('radiogroup', { name: criterion });
  return within(group).getByRole('radio', { name });
}

describe('the review screen', () => {
  it(
    'scores, comments on a field and a row, adds a condition; the decision is refused, then taken; all saved',
    { timeout: 60_000 },
    async () => {
      const a = await seed();
      const { user } = renderApp(`/reviews/${a.id}/1`);
      await screen.findByRole('heading', { level: 1, name: new RegExp(`Review ${a.readableId}`) });

      // A comment on a field (1.1) and on a table row (H1 of the harms).
      const fieldButton = screen.getAllByRole('button', { name: /^Comment on 1\.1 / })[0];
      await user.click(fieldButton!);
      const fieldBox = await screen.findByRole('textbox', { name: /^Your comment on 1\.1 / });
      await waitFor(() => expect(fieldBox).toHaveFocus());
      await user.type(fieldBox, 'Say who benefits.');
      await user.click(screen.getByRole('button', { name: /^Comment on H1 \(4\.1 / }));
      const rowBox = await screen.findByRole('textbox', { name: /^Your comment on H1 / });
      await user.type(rowBox, 'Which group bears this?');

      // Every gate but E meets; E is at 2 (Emerging).
      for (const c of [
        /^Level for A /,
        /^Level for B /,
        /^Level for D /,
        /^Level for F /,
        /^Level for G /,
      ]) {
        await user.click(level(c, '3 Meets'));
      }
      await user.click(level(/^Level for E /, '2 Emerging'));
      expect(level(/^Level for E /, '2 Emerging')).toBeChecked();

      // Accepting is refused: E is below Meets. The message names the gate.
      const decisions = screen.getByRole('group', { name: 'Decision' });
      await user.click(within(decisions).getByRole('radio', { name: 'Accepted' }));
      expect(await screen.findByRole('alert')).toHaveTextContent(
        /“Accepted” cannot be chosen now: gate E Community voice is below 3 Meets/,
      );
      expect(within(decisions).getByRole('radio', { name: 'Accepted' })).not.toBeChecked();
      // With conditions: still refused until E has a condition.
      const withConditions = within(decisions).getByRole('radio', {
        name: 'Accepted with conditions',
      });
      expect(withConditions).toHaveAccessibleDescription(
        /gate E Community voice is at 2 Emerging and has no condition/,
      );
      await user.click(withConditions);
      expect(withConditions).not.toBeChecked();

      // A condition on E.
      await user.click(screen.getByRole('button', { name: 'Add a condition' }));
      const what = await screen.findByRole('textbox', { name: 'What must happen' });
      await waitFor(() => expect(what).toHaveFocus());
      await user.type(what, 'Meet the tenants’ association before the vote.');
      await user.type(screen.getByRole('textbox', { name: 'Owner' }), 'Project lead');
      await user.selectOptions(screen.getByRole('combobox', { name: 'Criterion it answers' }), 'E');

      await user.click(withConditions);
      expect(withConditions).toBeChecked();
      expect(screen.queryByText(/cannot be chosen now/)).toBeNull();

      await user.type(screen.getByRole('textbox', { name: 'Reviewer’s name' }), 'Nguyễn Thị Hoa');

      // Autosaved: the stored review has it all.
      await screen.findByText('Review saved on this device', {}, { timeout: 3000 });
      await waitFor(async () => {
        const stored = await reviewOf(a.id, 1);
        expect(stored?.reviewerName).toBe('Nguyễn Thị Hoa');
        expect(stored?.decision).toBe('acceptedWithConditions');
      });
      const stored = await reviewOf(a.id, 1);
      expect(stored?.scores).toMatchObject({ A: 3, B: 3, D: 3, E: 2, F: 3, G: 3 });
      expect(stored?.conditions).toMatchObject([
        {
          criterion: 'E',
          what: 'Meet the tenants’ association before the vote.',
          owner: 'Project lead',
        },
      ]);
      const texts = stored?.comments.map((c) => [c.anchor.kind, c.text]);
      expect(texts).toEqual([
        ['field', 'Say who benefits.'],
        ['row', 'Which group bears this?'],
      ]);
      const row = stored?.comments[1]?.anchor;
      const harmId = a.q4.harms[0]?.id;
      expect(row).toEqual({ kind: 'row', step: 'q4', table: 'harms', rowId: harmId });

      // Lowering E to 1 makes the chosen decision stale: it says so.
      await user.click(level(/^Level for E /, '1 Not yet'));
      expect(
        await screen.findByText(
          /The scores changed since you chose “Accepted with conditions”: gate E/,
        ),
      ).toBeInTheDocument();
    },
  );

  it('says plainly when the submission is not on this device', async () => {
    renderApp('/reviews/5c1b9e3e-7a2d-4f0c-8d9a-1e2b3c4d5e6f/1');
    expect(await screen.findByText(/This submission is not on this device/)).toBeInTheDocument();
  });
});
