import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { tKey } from '@/i18n/i18n';
import { saveAssessment } from '@/storage/assessment-repository';
import { useAssessmentStore } from '@/store/assessment-store';
import { typicalAssessment } from '../../fixtures/assessments';
import { freshAppForEachTest, renderApp } from '../../support/render-app';

/**
 * A step is open for editing when words arrive from outside (team sync writes a colleague's edit
 * and the store reads the record again): the form takes them, and the next keystroke in another
 * field does not write the old words back.
 */
freshAppForEachTest();

describe('an open step and words from outside', () => {
  it(
    'shows the incoming words and keeps them through later typing',
    { timeout: 30_000 },
    async () => {
      const a = typicalAssessment();
      await saveAssessment(a);
      const { user } = renderApp(`/assessments/${a.id}/q1`);
      await screen.findByRole('heading', { level: 1, name: tKey('steps.q1.heading') });
      const problem = screen.getByRole('textbox', { name: /^What problem or need/ });
      await waitFor(() => expect(problem).toBeEnabled());
      const proposal = screen.getByRole('textbox', { name: /^What is the proposal/ });

      // A colleague's edit of "problem", as the store holds it after reading the record again.
      const theirs = 'Rents rose 38 % (Trần Văn Bình checked the data).';
      const current = useAssessmentStore.getState().byId[a.id]!;
      useAssessmentStore.setState((s) => ({
        byId: { ...s.byId, [a.id]: { ...current, q1: { ...current.q1, problem: theirs } } },
      }));
      await waitFor(() => expect(problem).toHaveValue(theirs));

      // Typing on in the proposal keeps their words in the store.
      await user.type(proposal, ' Đặng Street first.');
      await waitFor(() =>
        expect(useAssessmentStore.getState().byId[a.id]?.q1.proposal).toMatch(
          /Đặng Street first\.$/,
        ),
      );
      expect(useAssessmentStore.getState().byId[a.id]?.q1.problem).toBe(theirs);
      // A row that came from outside shows too (folded: its one-line summary).
      const now = useAssessmentStore.getState().byId[a.id]!;
      const row = { id: 'r9', result: 'Fewer evictions on route 12.', indicator: '' };
      useAssessmentStore.setState((s) => ({
        byId: {
          ...s.byId,
          [a.id]: { ...now, q1: { ...now.q1, results: [...now.q1.results, row] } },
        },
      }));
      expect(await screen.findByText('Fewer evictions on route 12.')).toBeTruthy();
      expect(useAssessmentStore.getState().byId[a.id]?.q1.results).toHaveLength(4);
    },
  );
});
