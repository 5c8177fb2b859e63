import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Assessment } from '@/domain/assessment';
import { tKey } from '@/i18n/i18n';
import { loadAll, saveAssessment } from '@/storage/assessment-repository';
import { useAssessmentStore } from '@/store/assessment-store';
import { typicalAssessment } from '../../fixtures/assessments';
import { freshAppForEachTest, renderApp } from '../../support/render-app';

freshAppForEachTest();

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const labelOf = (key: string) => new RegExp(`^${escape(tKey(`${key}.label`))}`);
const stored = (id: string): Assessment => useAssessmentStore.getState().byId[id]!;

async function editable() {
  await waitFor(() => expect(screen.getByRole('button', { name: 'Next' })).toBeEnabled());
  await waitFor(() =>
    expect(
      screen.getByRole('heading', { level: 1 }).closest('form')!.querySelector('fieldset'),
    ).not.toBeDisabled(),
  );
}

describe('Quick or Full', () => {
  it('recommends a depth from the triage, and Quick asks the core only', async () => {
    const { user } = renderApp('/');
    await user.click(await screen.findByRole('button', { name: 'New assessment' }));
    await editable();
    const triage = screen.getByRole('region', { name: tKey('flow.depth.heading') });
    const answer = async (q: string, option: string) =>
      user.click(
        within(
          within(triage).getByRole('group', { name: tKey(`flow.depth.triage.${q}.label`) }),
        ).getByRole('radio', { name: tKey(`flow.depth.triage.${q}.options.${option}`) }),
      );
    expect(within(triage).getByText(tKey('flow.depth.recommend.none'))).toBeInTheDocument();
    await answer('cost', 'small');
    await answer('reach', 'few');
    await answer('enforcement', 'no');
    await answer('councilVote', 'no');
    await answer('time', 'months');
    expect(within(triage).getByText(tKey('flow.depth.recommend.quick'))).toBeInTheDocument();
    expect(within(triage).getByRole('radio', { name: /^Quick \(recommended\)/ })).toBeVisible();

    // A council vote changes the advice, with the reason.
    await answer('councilVote', 'yes');
    expect(within(triage).getByText(tKey('flow.depth.recommend.full'))).toBeInTheDocument();
    expect(within(triage).getByRole('radio', { name: /^Full \(recommended\)/ })).toBeVisible();
    expect(within(triage).getByText(/^Council vote: Yes$/, { selector: 'li' })).toBeInTheDocument();

    // Full-only details are asked until Quick is chosen.
    expect(screen.getByRole('textbox', { name: labelOf('items.meta.division') })).toBeVisible();
    await user.click(within(triage).getByRole('radio', { name: /^Quick/ }));
    expect(screen.queryByRole('textbox', { name: labelOf('items.meta.division') })).toBeNull();
    const id = window.location.pathname.split('/')[2]!;
    expect(stored(id).depth).toEqual({
      chosen: 'quick',
      triage: {
        cost: 'small',
        reach: 'few',
        enforcement: 'no',
        councilVote: 'yes',
        time: 'months',
      },
    });

    // Question 2 in Quick: no root causes, and sources without year or notes.
    await user.click(
      screen
        .getByRole('navigation', { name: 'Steps of this assessment' })
        .querySelector('a[href$="/q2"]')!,
    );
    await screen.findByRole('heading', { level: 1, name: tKey('steps.q2.heading') });
    expect(screen.getByText(tKey('flow.depth.bar.quick'))).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: labelOf('items.q2.rootCauses') })).toBeNull();
    await user.click(screen.getByRole('button', { name: tKey('items.q2.sources.addRow') }));
    const row = screen.getByRole('group', { name: `${tKey('items.q2.sources.rowName')} S1` });
    expect(
      within(row).getByRole('textbox', { name: labelOf('items.q2.sources.columns.name') }),
    ).toBeVisible();
    expect(
      within(row).queryByRole('textbox', { name: labelOf('items.q2.sources.columns.year') }),
    ).toBeNull();

    // Next checks only what Quick asks.
    await user.click(screen.getByRole('button', { name: 'Next' }));
    const summary = await screen.findByText(/things? to check/);
    const list = summary.closest('.usa-alert')!.textContent ?? '';
    expect(list).not.toContain(tKey('items.q2.rootCauses.label'));
    expect(list).toContain(tKey('items.q2.sources.columns.name.label'));
  }, 60_000);

  it('switching Quick → Full brings back every answer, and Quick edits keep Full-only answers', async () => {
    const a = typicalAssessment();
    await saveAssessment({ ...a, depth: { ...a.depth, chosen: 'quick' } });
    const { user } = renderApp(`/assessments/${a.id}/q2`);
    await screen.findByRole('heading', { level: 1, name: tKey('steps.q2.heading') });
    await editable();

    // Quick: root causes are not asked, but they are kept, and the bar says so.
    expect(screen.queryByRole('textbox', { name: labelOf('items.q2.rootCauses') })).toBeNull();
    expect(screen.getByText(/answers to questions only Full asks are kept for Full/)).toBeVisible();

    // An edit in Quick rewrites the step's values: the Full-only ones must survive it.
    const why = screen.getByRole('textbox', { name: labelOf('items.q2.directionWhy') });
    await user.clear(why);
    await user.type(why, 'Shorter trips.');
    await waitFor(() => expect(stored(a.id).q2.directionWhy).toBe('Shorter trips.'));
    expect(stored(a.id).q2.rootCauses).toBe(a.q2.rootCauses);
    expect(stored(a.id).q2.sources.map((s) => [s.year, s.notes])).toEqual(
      a.q2.sources.map((s) => [s.year, s.notes]),
    );

    const toFull = screen.getByRole('button', { name: tKey('flow.depth.bar.switchToFull') });
    await user.click(toFull);
    expect(await screen.findByText(tKey('flow.depth.bar.full'))).toBeInTheDocument();
    // Focus stays on the switch (now "Switch to Quick"), not the page body.
    expect(
      screen.getByRole('button', { name: tKey('flow.depth.bar.switchToQuick') }),
    ).toHaveFocus();
    expect(screen.getByRole('textbox', { name: labelOf('items.q2.rootCauses') })).toHaveValue(
      a.q2.rootCauses,
    );

    await useAssessmentStore.getState().flush();
    const [back] = (await loadAll()).assessments;
    expect(back?.depth.chosen).toBe('full');
    // The form adds an empty "Not known yet" entry for each item it shows: nothing else changed.
    const notKnown = back!.q2.notKnown;
    expect(Object.values(notKnown).every((n) => !n.on && n.plan === '' && n.date === '')).toBe(
      true,
    );
    expect({ ...back, updatedAt: a.updatedAt, depth: a.depth }).toEqual({
      ...a,
      q2: { ...a.q2, directionWhy: 'Shorter trips.', notKnown },
    });
  }, 60_000);
});
