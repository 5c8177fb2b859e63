import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext } from './browser';
import { BASE_URL } from './config';

/**
 * Ready for a real meeting: every step opens at its heading, a Quick assessment of a small
 * decision goes from triage to PDF, focus never drops to the page body.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const steps = (page: Page) => page.getByRole('navigation', { name: 'Steps of this assessment' });
const h1 = (page: Page, name: RegExp) => page.getByRole('heading', { level: 1, name });

/** Is the element's top inside the viewport (not scrolled past, not below the fold)? */
async function inViewport(page: Page, el: Locator): Promise<boolean> {
  const box = await el.boundingBox();
  const height = page.viewportSize()!.height;
  return box !== null && box.y >= 0 && box.y + box.height <= height;
}

async function focusedIsBody(page: Page): Promise<boolean> {
  return page.evaluate(() => document.activeElement === document.body);
}

async function scrollToBottom(page: Page) {
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
}

/** USWDS hides the native input and styles its label: click the label, as a person would. */
async function clickLabel(scope: Page | Locator, cls: string, text: RegExp) {
  await scope.locator(`label.${cls}`, { hasText: text }).first().click();
}

async function text(scope: Page | Locator, label: RegExp, value: string) {
  await scope.getByRole('textbox', { name: label }).first().fill(value);
}

async function addRow(page: Page, button: string, row: string): Promise<Locator> {
  await page.getByRole('button', { name: button }).click();
  return page.getByRole('group', { name: row });
}

async function next(page: Page, heading: RegExp) {
  await page.getByRole('button', { name: 'Next' }).click();
  const h = h1(page, heading);
  await h.waitFor();
  return h;
}

/** Visible form controls of the open step: what a meeting has to go through. */
async function controls(page: Page): Promise<number> {
  return page.locator('form.app-step').evaluate(
    (form) =>
      [...form.querySelectorAll('input, textarea, select')].filter((el) => {
        const box = (el as HTMLElement).getBoundingClientRect();
        const hiddenRadio = el.classList.contains('usa-radio__input');
        const hiddenBox = el.classList.contains('usa-checkbox__input');
        return hiddenRadio || hiddenBox || (box.width > 0 && box.height > 0);
      }).length,
  );
}

describe('landing at the top of each step', () => {
  for (const width of [1280, 390]) {
    it(`shows the next step's heading, focused, after Next and Back from the bottom (${width} px)`, async () => {
      const context = await newContext(browser, { viewport: { width, height: 800 } });
      const page = await context.newPage();
      await page.goto(BASE_URL);
      await page.getByRole('button', { name: 'New assessment' }).click();
      await text(page, /^Title/, 'Route 12 microtransit');

      await scrollToBottom(page);
      const groups = await next(page, /Who is affected/);
      await expect.poll(() => inViewport(page, groups)).toBe(true);
      expect(await groups.evaluate((el) => el === document.activeElement)).toBe(true);

      // "+ group": focus moves to the next suggestion, never to the page body.
      await page.getByRole('button', { name: /Black or African American/ }).click();
      await expect.poll(() => focusedIsBody(page)).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(/\+/);
      await page.getByRole('button', { name: /Renters/ }).click();
      await expect.poll(() => focusedIsBody(page)).toBe(false);
      await clickLabel(page, 'usa-checkbox__label', /most affected/i);

      await scrollToBottom(page);
      const q1 = await next(page, /What is being considered/);
      await expect.poll(() => inViewport(page, q1)).toBe(true);
      expect(await q1.evaluate((el) => el === document.activeElement)).toBe(true);

      await scrollToBottom(page);
      await page.getByRole('button', { name: 'Back' }).click();
      await expect.poll(() => inViewport(page, h1(page, /Who is affected/))).toBe(true);

      // The step indicator, from further down the page, too.
      await page.evaluate(() => window.scrollTo(0, 400));
      await steps(page)
        .getByRole('link', { name: /Accountability/ })
        .click();
      await expect.poll(() => inViewport(page, h1(page, /hold ourselves accountable/))).toBe(true);
      await context.close();
    });
  }
});

describe('a Quick assessment of a small decision', () => {
  it('goes from triage to a PDF that says Quick, asking far less than Full', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(BASE_URL);
    await page.getByRole('button', { name: 'New assessment' }).click();
    await text(page, /^Title/, 'Bench replacement on Elm Street');

    // Triage: a small decision. The advice is Quick; choose it.
    const triage = page.getByRole('region', { name: 'How deep should this assessment go?' });
    for (const [q, a] of [
      [/What will it cost/, /Under \$100,000/],
      [/How many residents/, /A few hundred or fewer/],
      [/enforcement/, /^No$/],
      [/council vote/, /^No$/],
      [/How long until/, /One to three months/],
    ] as const) {
      await clickLabel(triage.getByRole('group', { name: q }), 'usa-radio__label', a);
    }
    await triage.getByText('We recommend Quick').waitFor();
    const detailsFull = await controls(page);
    await clickLabel(triage, 'usa-radio__label', /^Quick/);
    await expect.poll(() => controls(page)).toBeLessThan(detailsFull);

    await next(page, /Who is affected/);
    await page.getByRole('button', { name: /Black or African American/ }).click();
    await page.getByRole('button', { name: /Low income/i }).click();
    await clickLabel(page, 'usa-checkbox__label', /most affected/i);

    const counts: Record<string, number> = {};
    await next(page, /What is being considered/);
    await text(page, /What is the proposal/, 'Replace six benches on Elm Street.');
    await text(page, /What problem/, 'Older riders have nowhere to sit while waiting.');
    const o1 = await addRow(page, 'Add an outcome', 'Outcome O1');
    await text(o1, /Which gap/, 'Older Black riders wait standing.');
    counts.q1 = await controls(page);

    await next(page, /What is the data/);
    const s1 = await addRow(page, 'Add a source', 'Source S1');
    await text(s1, /Source name/, 'Rider survey 2025');
    expect(await s1.getByRole('textbox', { name: /^Year/ }).count()).toBe(0);
    const f1 = await addRow(page, 'Add a finding', 'Finding F1');
    await text(f1, /^Finding/, 'Most riders at these stops are over 65.');
    for (const i of [1, 2]) {
      const b = await addRow(page, 'Add a group to compare', `Group B${i}`);
      await b.getByRole('combobox', { name: /^Group/ }).selectOption({ index: i });
    }
    await clickLabel(page, 'usa-radio__label', /Close the gaps/);
    await text(page, /Why do you think so/, 'Seats where older riders wait.');
    counts.q2 = await controls(page);

    await next(page, /heard from the whole community/);
    const e1 = await addRow(page, 'Add an activity', 'Activity E1');
    await text(e1, /What did you do/, 'Talked with riders at the stops.');
    await page.getByRole('combobox', { name: /reached so far/ }).selectOption('2');
    await page.getByRole('combobox', { name: /call for/ }).selectOption('2');
    const w1 = await addRow(page, 'Add a theme', 'Theme W1');
    await text(w1, /What we heard/, 'Shade matters as much as seats.');
    await text(page, /Who is missing/, 'Night riders: we will ride the late bus.');
    counts.q3 = await controls(page);

    await next(page, /unintended consequences/);
    const hh = await addRow(page, 'Add a harm', 'Harm H1');
    await text(hh, /Possible harm/, 'Stops closed during the work.');
    await text(page, /What harm remains/, 'Two days of closed stops, accepted by the division.');
    counts.q4 = await controls(page);

    await next(page, /hold ourselves accountable/);
    const k1 = await addRow(page, 'Add a measure', 'Measure K1');
    await text(k1, /What will you measure/, 'Riders who can sit while waiting.');
    await clickLabel(page, 'usa-checkbox__label', /Equity team/);
    const nextYear = new Date().getFullYear() + 1;
    await page.getByLabel(/When will you review this/).fill(`${nextYear}-06-01`);
    await text(page, /In one sentence/, 'Older riders of color can sit in the shade.');
    counts.q5 = await controls(page);

    const review = await next(page, /Check your answers/);
    await review.waitFor();
    await page.getByText('Every required question is answered.').waitFor();

    // The same steps in Full ask for far more.
    await page.getByRole('button', { name: 'Switch to Full' }).click();
    const fullCounts: Record<string, number> = {};
    for (const [id, link, heading] of [
      ['q1', /Proposal/, /What is being considered/],
      ['q2', /Data/, /What is the data/],
      ['q3', /Community/, /heard from the whole community/],
      ['q4', /Consequences/, /unintended consequences/],
      ['q5', /Accountability/, /hold ourselves accountable/],
    ] as const) {
      await steps(page).getByRole('link', { name: link }).click();
      await h1(page, heading).waitFor();
      fullCounts[id] = await controls(page);
    }
    const sum = (c: Record<string, number>) => Object.values(c).reduce((x, y) => x + y, 0);
    console.log(
      `controls per question, Quick vs Full (same rows): ${JSON.stringify(counts)} vs ${JSON.stringify(fullCounts)}; total ${sum(counts)} vs ${sum(fullCounts)}`,
    );
    expect(sum(counts)).toBeLessThan(sum(fullCounts) * 0.75);
    // Full shows question 5 as in progress now; back to Quick, it is complete again.
    await page.getByRole('button', { name: 'Switch to Quick' }).click();
    await steps(page)
      .getByRole('link', { name: /Check your answers/ })
      .click();
    await page.getByText('Every required question is answered.').waitFor();

    // Export: focus stays on the button, and the PDF names the depth.
    const button = page.getByRole('button', { name: 'Export PDF' });
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      button.click(),
    ]);
    await page.getByText(/PDF saved as/).waitFor();
    expect(await focusedIsBody(page)).toBe(false);
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
    const file = join(mkdtempSync(join(tmpdir(), 'pdf-quick-')), download.suggestedFilename());
    await download.saveAs(file);
    const pdf = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    expect(pdf).toContain('Quick: the core of each question');
    expect(pdf).not.toContain('Why do these gaps exist?');
    await context.close();
  });
});
