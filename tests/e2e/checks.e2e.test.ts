import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssessment, launchBrowser, newContext, waitUntilSaved } from './browser';
import { axe } from './axe';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** A calendar date `days` from today, as a date input takes it. */
function isoDay(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

async function openStep(page: Page, name: RegExp, heading: RegExp) {
  await page
    .getByRole('navigation', { name: 'Steps of this assessment' })
    .getByRole('link', { name })
    .click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** The element that has focus: its id, and whether all of it is inside the viewport. */
async function focused(page: Page): Promise<{ id: string; inView: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement)) return { id: '', inView: false };
    const r = el.getBoundingClientRect();
    const inView = r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;
    return { id: el.id, inView };
  });
}

/** Also the label of the field is on screen, not only the control. */
async function labelInView(page: Page, id: string): Promise<boolean> {
  return page.evaluate((id) => {
    const el = document.getElementById(id);
    const label =
      document.querySelector(`label[for="${id}"]`) ??
      el?.querySelector(':scope > legend') ??
      el?.closest('.usa-form-group')?.querySelector('label, legend');
    if (!label) return false;
    const r = label.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  }, id);
}

/** Screenshots to look at, when E2E_SCREENSHOTS names a folder. */
async function snap(target: Page | Locator, name: string) {
  const dir = process.env.E2E_SCREENSHOTS;
  if (dir) await target.screenshot({ path: `${dir}/${name}.png` });
}

const panel = (page: Page): Locator => page.getByRole('region', { name: 'Before you submit' });

async function openReview(page: Page) {
  await page
    .getByRole('navigation', { name: 'Steps of this assessment' })
    .getByRole('link', { name: /Check your answers/ })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
}

describe('readiness and consistency checks in Chromium', () => {
  it('shows four planted inconsistencies as four sentences; each link lands on its field; fixed, all clear', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await createAssessment(page, 'Replace bus route 12 with on-demand microtransit');

    // 1. A decision date that has passed (a top-level field).
    await page.locator('#f-decisionDate').fill(isoDay(-20));
    await waitUntilSaved(page);

    // 2. "Not known yet" with a plan and no date.
    await openStep(page, /Proposal/, /What is being considered/);
    await page.locator('label[for="f-notKnown-problem-on"]').click();
    await page.locator('#f-notKnown-problem-plan').fill('Ask the transit agency for ridership.');
    await waitUntilSaved(page);

    // 3. A "what we heard" row that does not say what changed (a table row cell).
    await openStep(page, /Community/, /Have we heard from the whole community/);
    await page.getByRole('button', { name: 'Add a theme' }).click();
    await page.locator('#f-heard-0-theme').fill('Riders want the same hours as the bus.');
    await waitUntilSaved(page);

    // 4. A measure not broken down by race, with no reason (a table row cell shown by a choice).
    await openStep(page, /Accountability/, /How will we hold ourselves accountable/);
    await page.getByRole('button', { name: 'Add a measure' }).click();
    await page.locator('#f-measures-0-measure').fill('Trips per week for riders with disabilities');
    await page.locator('#f-measures-0-byRace').selectOption('no');
    await waitUntilSaved(page);

    // The step indicator counts them, each on the step where it is fixed.
    const nav = page.getByRole('navigation', { name: 'Steps of this assessment' });
    await expect(
      nav.getByRole('link', { name: /Check your answers/ }).textContent(),
    ).resolves.toContain('4 open checks');
    for (const step of [/^Details/, /Proposal/, /Community/, /Accountability/]) {
      await expect(nav.getByRole('link', { name: step }).textContent()).resolves.toContain(
        '1 open check',
      );
    }
    await snap(nav, 'checks-nav');

    await openReview(page);
    const items = panel(page).locator('.app-checks__sentence');
    await expect(items.allTextContents()).resolves.toEqual([
      expect.stringMatching(/^Measure K1 is not broken down by race and does not say why\./),
      expect.stringMatching(/^W1 does not say what changed because of it\./),
      expect.stringMatching(
        /^“What problem or need does it respond to\?” is marked not known yet with no date\./,
      ),
      expect.stringMatching(/^The decision date, \w{3} \d{1,2}, \d{4}, has passed\./),
    ]);
    expect(await axe(page, { include: '.app-checks' })).toEqual([]);
    await snap(panel(page), 'checks-panel-open');

    // "Not applicable" needs a reason; marked, it is listed with the reason and can be reopened.
    const first = panel(page).locator('.app-checks__item').first();
    await first.getByRole('button', { name: 'Not applicable' }).click();
    const reason = first.getByRole('textbox', { name: 'Why does this check not apply?' });
    await expect.poll(() => reason.evaluate((el) => el === document.activeElement)).toBe(true);
    await first.getByRole('button', { name: 'Save' }).click();
    await first.getByText('Say why this check does not apply.').waitFor();
    await snap(panel(page), 'checks-panel-reason-error');
    await reason.fill('Race is not recorded on the booking form.');
    await first.getByRole('button', { name: 'Save' }).click();
    await panel(page).getByRole('heading', { name: '1 check marked not applicable' }).waitFor();
    await panel(page).getByText('Reason: Race is not recorded on the booking form.').waitFor();
    await expect(
      panel(page)
        .getByText(/^3 checks are open\./)
        .count(),
    ).resolves.toBe(1);
    await snap(panel(page), 'checks-panel-not-applicable');
    await panel(page).getByRole('button', { name: 'Reopen' }).click();
    await panel(page)
      .getByText(/^4 checks are open\./)
      .waitFor();

    const fixes: {
      link: RegExp;
      heading: RegExp;
      id: string;
      fix: (page: Page) => Promise<void>;
    }[] = [
      {
        link: /^Go to K1 Why not\?/,
        heading: /How will we hold ourselves accountable/,
        id: 'f-measures-0-byRaceWhy',
        fix: (p) => p.keyboard.type('Race is not recorded on the booking form; added in July.'),
      },
      {
        link: /^Go to W1 Did it change the proposal\?/,
        heading: /Have we heard from the whole community/,
        id: 'f-heard-0-effect',
        // What changed, and why: the check asks for both.
        fix: async (p) => {
          await p.locator('#f-heard-0-effect').selectOption('changed');
          // "Why or why not?" is one of the row's folded details: open them, as a person would.
          await p.locator('details.app-row__more:has(#f-heard-0-why) > summary').click();
          await p.locator('#f-heard-0-why').fill('Service now runs until 11 pm, as the bus did.');
        },
      },
      {
        link: /^Go to What problem or need/,
        heading: /What is being considered/,
        id: 'f-notKnown-problem-date',
        fix: (p) => p.locator('#f-notKnown-problem-date').fill(isoDay(30)),
      },
      {
        link: /^Go to When will the decision be made\?/,
        heading: /About this assessment/,
        id: 'f-decisionDate',
        fix: (p) => p.locator('#f-decisionDate').fill(isoDay(60)),
      },
    ];
    for (const f of fixes) {
      // Start from the bottom of the review page, as someone who has read it all would.
      await page.keyboard.press('End');
      await panel(page).getByRole('link', { name: f.link }).click();
      await page.getByRole('heading', { level: 1, name: f.heading }).waitFor();
      await expect.poll(async () => (await focused(page)).id).toBe(f.id);
      await expect.poll(async () => (await focused(page)).inView).toBe(true);
      // The wizard looks again two frames after landing (blocks drawn late can move the field).
      await expect.poll(() => labelInView(page, f.id)).toBe(true);
      await snap(page, `checks-landed-${f.id}`);
      await f.fix(page);
      await waitUntilSaved(page);
      await page.getByRole('link', { name: 'Back to check your answers' }).last().click();
      await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
    }

    await expect(panel(page).locator('.app-checks__sentence').allTextContents()).resolves.toEqual(
      [],
    );
    await panel(page).getByText('All clear: no open checks.').waitFor();
    await expect(
      nav.getByRole('link', { name: /Check your answers/ }).textContent(),
    ).resolves.not.toContain('open check');
    await snap(panel(page), 'checks-panel-clear');

    // "Change" opens the step at its question, in view and focused, from the bottom of the page.
    await page.keyboard.press('End');
    await page.getByRole('link', { name: /^Change\s*How will you measure progress\?/ }).click();
    await page
      .getByRole('heading', { level: 1, name: /How will we hold ourselves accountable/ })
      .waitFor();
    await expect.poll(async () => (await focused(page)).id).toBe('f-measures');
    expect(await labelInView(page, 'f-measures')).toBe(true);
    await context.close();
  });
});
