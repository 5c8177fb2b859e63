import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tKey } from '@/i18n/i18n';
import type { EquityDb } from '@/storage/db';
import { useAssessmentStore } from '@/store/assessment-store';
import { forgetMemory, renderApp, useFreshDb } from '../../support/render-app';

/**
 * Every step change lands at the top of what it opens: the new step's heading is scrolled to and
 * focused. jsdom has no layout, so the heading reports a position above the viewport (the page was
 * scrolled down to the Next button), as Chromium would; the e2e test checks real scrolling.
 */
let db: EquityDb;
let scrolled: Element[];
beforeEach(() => {
  db = useFreshDb();
  forgetMemory();
  scrolled = [];
  Element.prototype.scrollIntoView = vi.fn(function (this: Element) {
    scrolled.push(this);
  });
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
    this: HTMLElement,
  ) {
    // Headings sit far above the viewport: the old scroll position was at the bottom of a step.
    const top = this.tagName === 'H1' ? -1500 : 0;
    return DOMRect.fromRect({ x: 0, y: top, width: 100, height: 30 });
  });
});
afterEach(async () => {
  await useAssessmentStore.getState().flush();
  db.close();
});

async function openAssessment(step: string) {
  await useAssessmentStore.getState().load();
  const a = await useAssessmentStore.getState().create();
  useAssessmentStore.getState().updateSection(a.id, 'meta', { ...a.meta, title: 'Route 12' });
  const app = renderApp(`/assessments/${a.id}/${step}`);
  await waitFor(() => expect(screen.getByRole('textbox', { name: /^Title/ })).toBeEnabled());
  return app;
}

async function expectLandedOn(headingKey: string) {
  const heading = await screen.findByRole('heading', { level: 1, name: tKey(headingKey) });
  await waitFor(() => expect(heading).toHaveFocus());
  expect(scrolled).toContain(heading);
}

describe('landing at the top of a step', () => {
  it('scrolls to and focuses the heading after Next, Back and the step indicator', async () => {
    const { user } = await openAssessment('details');

    await user.click(screen.getByRole('button', { name: 'Next' }));
    await expectLandedOn('steps.groups.heading');

    await user.click(screen.getByRole('button', { name: 'Back' }));
    await expectLandedOn('steps.details.heading');

    await user.click(
      screen
        .getByRole('navigation', { name: 'Steps of this assessment' })
        .querySelector('a[href$="/q3"]')!,
    );
    await expectLandedOn('steps.q3.heading');
  }, 30_000);

  it('does not scroll when the heading is already near the top of the viewport', async () => {
    vi.mocked(HTMLElement.prototype.getBoundingClientRect).mockImplementation(() =>
      DOMRect.fromRect({ x: 0, y: 120, width: 100, height: 30 }),
    );
    await openAssessment('details');
    const heading = await screen.findByRole('heading', {
      level: 1,
      name: tKey('steps.details.heading'),
    });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(scrolled).toEqual([]);
  });
});
