import { screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Assessment } from '@/domain/assessment';
import { tKey } from '@/i18n/i18n';
// The expected words below are the wizard's, which the home page does not ship: load them first.
import '@/i18n/all-words';
import { loadAll, saveAssessment } from '@/storage/assessment-repository';
import { useAssessmentStore } from '@/store/assessment-store';
import { fieldDomId } from '@/features/wizard/issues-context';
import { plantedChecksAssessment as planted, typicalAssessment } from '../../fixtures/assessments';
import { freshAppForEachTest, renderApp } from '../../support/render-app';

// The checks read "today" from the clock: pin the date only (timers stay real).
const NOW = new Date('2026-03-10T12:00:00');
beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterAll(() => {
  vi.useRealTimers();
});

// jsdom does not lay out or scroll: record which element is scrolled into view, and how.
const scrolled: { el: Element; options: unknown }[] = [];
beforeAll(() => {
  Element.prototype.scrollIntoView = function (this: Element, options?: unknown) {
    scrolled.push({ el: this, options });
  };
});

freshAppForEachTest();
beforeEach(() => {
  scrolled.length = 0;
});

async function openReview(a: Assessment) {
  await saveAssessment(a);
  const app = renderApp(`/assessments/${a.id}/review`);
  await screen.findByRole('heading', { level: 1, name: tKey('review.heading') });
  return app;
}

const panel = () => screen.getByRole('region', { name: tKey('checksView.panelTitle') });

/** Waits until the element for `path` has focus and was scrolled into view (with its group). */
async function expectLandedOn(path: string) {
  const id = fieldDomId(path);
  await waitFor(() => expect(document.activeElement?.id).toBe(id));
  const el = document.getElementById(id);
  if (!el) throw new Error(`no element ${id}`);
  const group = el.closest('.usa-form-group') ?? el;
  expect(scrolled.at(-1)?.el).toBe(group);
  expect(scrolled.at(-1)?.options).toEqual({ block: 'center' });
  return el;
}

/** "Change" and the question's words (read by screen readers only). */
const changeLink = (labelKey: string) =>
  new RegExp(
    `^${tKey('review.change')}\\s*${tKey(labelKey).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`,
  );

async function backToReview(user: ReturnType<typeof renderApp>['user']) {
  const back = screen.getAllByRole('link', { name: tKey('checksView.backToReview') });
  // One near the top, one near the Next button.
  expect(back).toHaveLength(2);
  await user.click(back[0]!);
  await screen.findByRole('heading', { level: 1, name: tKey('review.heading') });
}

describe('"Before you submit" on check your answers', { timeout: 60_000 }, () => {
  it('lists four planted inconsistencies as four sentences, each link landing on its field', async () => {
    const a = planted();
    const { user } = await openReview(a);
    const items = within(panel()).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('p')?.textContent)).toEqual([
      'Measure K3 is not broken down by race and does not say why. Say what stops you, and whether you can fix it.',
      'W1 does not say what changed because of it. Answer “Did it change the proposal?” for W1.',
      '“What problem or need does it respond to?” is marked not known yet with no date. Say by when you will know.',
      'The decision date, Feb 27, 2026, has passed. Change the date, or the stage if the decision has been made.',
    ]);
    expect(within(panel()).getByText(/^4 checks are open\./)).toBeInTheDocument();

    const cases = [
      { link: /^Go to K3 /, step: 'steps.q5.heading', path: 'measures.2.byRaceWhy' },
      { link: /^Go to W1 /, step: 'steps.q3.heading', path: 'heard.0.effect' },
      {
        link: /^Go to What problem/,
        step: 'steps.q1.heading',
        path: 'notKnown.problem.date',
      },
      {
        link: /^Go to When will the decision/,
        step: 'steps.details.heading',
        path: 'decisionDate',
      },
    ];
    for (const c of cases) {
      await user.click(within(panel()).getByRole('link', { name: c.link }));
      await screen.findByRole('heading', { level: 1, name: tKey(c.step) });
      expect(window.location.search).toContain(`field=${encodeURIComponent(c.path)}`);
      await expectLandedOn(c.path);
      await backToReview(user);
    }
  });

  it('says all clear when nothing is open, and a fix closes the check', async () => {
    const a = structuredClone(typicalAssessment());
    const { user } = await openReview(a);
    expect(within(panel()).getByText(tKey('checksView.allClear'))).toBeInTheDocument();

    // Plant one through the store, as the wizard would, then fix it at its field.
    const k3 = a.q5.measures[2];
    if (!k3) throw new Error('fixture has no K3');
    useAssessmentStore.getState().updateSection(a.id, 'q5', {
      ...a.q5,
      measures: a.q5.measures.map((m) =>
        m.id === k3.id ? { ...m, byRace: 'no', byRaceWhy: '' } : m,
      ),
    });
    await user.click(await within(panel()).findByRole('link', { name: /^Go to K3 / }));
    const box = await expectLandedOn('measures.2.byRaceWhy');
    await user.type(box, 'Race is not recorded at the counter; we will add it in July.');
    await backToReview(user);
    expect(within(panel()).getByText(tKey('checksView.allClear'))).toBeInTheDocument();
  });

  it('marks a check not applicable only with a reason, lists it with the reason, and reopens it', async () => {
    const a = planted();
    const { user } = await openReview(a);
    const first = within(panel()).getAllByRole('listitem')[0]!;
    await user.click(within(first).getByRole('button', { name: tKey('checksView.notApplicable') }));
    const reason = await within(first).findByRole('textbox', {
      name: tKey('checksView.reasonLabel'),
    });
    await waitFor(() => expect(reason).toHaveFocus());

    // No reason: a clear message at the field, and nothing changes.
    await user.click(within(first).getByRole('button', { name: tKey('checksView.saveReason') }));
    expect(reason).toHaveAccessibleDescription(
      expect.stringContaining(tKey('consistency.errors.reasonRequired')),
    );
    expect(reason).toHaveFocus();
    expect(useAssessmentStore.getState().byId[a.id]?.checkNotes).toEqual({});

    await user.type(reason, 'Race is not recorded at the counter.');
    await user.click(within(first).getByRole('button', { name: tKey('checksView.saveReason') }));
    const done = await within(panel()).findByRole('heading', {
      level: 3,
      name: '1 check marked not applicable',
    });
    expect(within(panel()).getByText(/^3 checks are open\./)).toBeInTheDocument();
    expect(within(panel()).getByText('Reason: Race is not recorded at the counter.')).toBeVisible();
    await waitFor(() =>
      expect(
        screen.getByRole('heading', { level: 2, name: tKey('checksView.panelTitle') }),
      ).toHaveFocus(),
    );
    await waitFor(async () => {
      await useAssessmentStore.getState().flush();
      const { assessments } = await loadAll();
      expect(assessments[0]?.checkNotes).toEqual({
        'measureNotByRace:k3': { reason: 'Race is not recorded at the counter.' },
      });
    });
    expect(done).toBeVisible();

    await user.click(within(panel()).getByRole('button', { name: tKey('checksView.reopen') }));
    await within(panel()).findByText(/^4 checks are open\./);
    expect(useAssessmentStore.getState().byId[a.id]?.checkNotes).toEqual({});
  });

  it('counts open checks on the step indicator, in words', async () => {
    await openReview(planted());
    const nav = screen.getByRole('navigation', { name: tKey('wizard.stepsLabel') });
    const link = (name: RegExp) => within(nav).getByRole('link', { name });
    expect(link(/^Details/)).toHaveTextContent('1 open check');
    expect(link(/Accountability/)).toHaveTextContent('1 open check');
    expect(link(/Check your answers/)).toHaveTextContent('4 open checks');
    expect(link(/Data/)).not.toHaveTextContent(/open check/);
  });
});

describe('Change links on check your answers', { timeout: 60_000 }, () => {
  it('open the step at the question, focused, with the way back', async () => {
    const a = typicalAssessment();
    const { user } = await openReview(a);
    await user.click(
      screen.getByRole('link', { name: changeLink('items.meta.decisionDate.label') }),
    );
    await screen.findByRole('heading', { level: 1, name: tKey('steps.details.heading') });
    await expectLandedOn('decisionDate');
    await backToReview(user);

    await user.click(screen.getByRole('link', { name: changeLink('items.q4.harms.label') }));
    await screen.findByRole('heading', { level: 1, name: tKey('steps.q4.heading') });
    const table = document.getElementById(fieldDomId('harms'));
    await waitFor(() => expect(table).toHaveFocus());
    expect(scrolled.at(-1)?.el).toBe(table?.closest('.usa-form-group'));
  });

  it('shows the date a "Not known yet" answer will be known, next to its plan', async () => {
    const a = structuredClone(typicalAssessment());
    const history = a.q1.notKnown.history;
    if (!history) throw new Error('fixture has no "Not known yet" for history');
    history.date = '2026-04-01';
    await openReview(a);
    expect(screen.getByText(/^Not known yet\. Plan: Ask the historical society/)).toHaveTextContent(
      /by April 1\. To be known by Apr 1, 2026\.$/,
    );
  });

  it('a step loaded at a field by its URL (a reload) lands on that field', async () => {
    const a = typicalAssessment();
    await saveAssessment(a);
    renderApp(`/assessments/${a.id}/q5?field=measures.1.owner&from=review`);
    await screen.findByRole('heading', { level: 1, name: tKey('steps.q5.heading') });
    await expectLandedOn('measures.1.owner');
    expect(screen.getAllByRole('link', { name: tKey('checksView.backToReview') })).toHaveLength(2);
  });

  it('a step opened without a field shows no way back and lands on its heading', async () => {
    const a = typicalAssessment();
    await saveAssessment(a);
    renderApp(`/assessments/${a.id}/q2`);
    const heading = () => screen.getByRole('heading', { level: 1, name: tKey('steps.q2.heading') });
    // The form is rebuilt once the edit lock is taken: ask for the heading each time.
    await waitFor(() => expect(heading()).toHaveFocus());
    expect(screen.queryByRole('link', { name: tKey('checksView.backToReview') })).toBeNull();
  });
});
