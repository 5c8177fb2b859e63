import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { tKey } from '@/i18n/i18n';
import { loadAll } from '@/storage/assessment-repository';
import { useAssessmentStore } from '@/store/assessment-store';
import { fieldDomId } from '@/features/wizard/issues-context';
import { freshAppForEachTest, renderApp } from '../../support/render-app';

freshAppForEachTest();

describe('"Not known yet"', () => {
  it('keeps a plan and the date it will be known', async () => {
    const { user } = renderApp('/');
    await user.click(await screen.findByRole('button', { name: 'New assessment' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: /^Title/ })).toBeEnabled());
    await user.click(screen.getByRole('link', { name: /Proposal/ }));
    await screen.findByRole('heading', { level: 1, name: tKey('steps.q1.heading') });

    const checkbox = document.getElementById(fieldDomId('notKnown.problem.on'));
    if (!checkbox) throw new Error('no "Not known yet" for the problem');
    await user.click(checkbox);
    const date = await screen.findByLabelText(tKey('wizard.notKnownDate'));
    expect(date).toHaveAttribute('type', 'date');
    expect(date).toHaveAccessibleDescription(tKey('wizard.notKnownDateHint'));
    await user.type(screen.getByRole('textbox', { name: tKey('wizard.plan') }), 'Ask transit.');
    await user.type(date, '2026-05-31');

    await waitFor(async () => {
      await useAssessmentStore.getState().flush();
      const { assessments } = await loadAll();
      expect(assessments[0]?.q1.notKnown.problem).toEqual({
        on: true,
        plan: 'Ask transit.',
        date: '2026-05-31',
      });
    });
  }, 30_000); // a whole wizard in jsdom: over 5 s on this 2-core machine when the suite runs in parallel
});
