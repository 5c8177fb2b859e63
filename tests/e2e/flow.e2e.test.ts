import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext } from './browser';
import { axe } from './axe';
import { BASE_URL } from './config';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function expectNoSeriousA11yViolations(page: Page, where: string) {
  const found = await axe(page, { seriousOnly: true });
  expect(found.map((v) => `${where}: ${v}`)).toEqual([]);
}

const longText =
  `Ngôn ngữ tiếng Việt (ịt) Đặng — español: niño, acción. <script>alert("x")</script> `.repeat(40);

async function fill(page: Page, label: RegExp, value: string) {
  const box = page.getByRole('textbox', { name: label }).first();
  await box.fill(value);
}

/** USWDS hides the native input and styles its label: click the label, as a person would. */
async function clickLabel(page: Page, cls: string, text: RegExp) {
  await page.locator(`label.${cls}`, { hasText: text }).first().click();
}

/** An edit switches the save status to "Saving…" at once; this waits until it is on the device. */
async function waitUntilSaved(page: Page) {
  await page
    .getByRole('status')
    .filter({ hasText: /^Saved on this device/ })
    .waitFor();
}

async function openStep(page: Page, name: RegExp) {
  await page
    .getByRole('navigation', { name: 'Steps of this assessment' })
    .getByRole('link', { name })
    .click();
}

describe('the guided flow in Chromium', () => {
  let context: BrowserContext;

  it('creates and fills an assessment, survives a reload and a tab closed right after typing', async () => {
    context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(BASE_URL);
    await page.getByRole('heading', { name: 'Assessments', exact: true }).waitFor();
    await expectNoSeriousA11yViolations(page, 'empty list');

    await page.getByRole('button', { name: 'New assessment' }).click();
    await fill(page, /^Title/, 'Bus pass — Vé xe buýt (ịt) Đặng');
    await clickLabel(page, 'usa-radio__label', /^Program$/);
    await fill(page, /^Department/, 'Transportation');
    await expectNoSeriousA11yViolations(page, 'details step');

    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: /Black or African American/ }).click();
    await page.getByRole('button', { name: /Renters/ }).click();
    await clickLabel(page, 'usa-checkbox__label', /most affected/i);
    expect(
      await page
        .getByRole('checkbox', { name: /most affected/i })
        .first()
        .isChecked(),
    ).toBe(true);
    await expectNoSeriousA11yViolations(page, 'groups step');

    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { level: 1, name: /What is being considered/ }).waitFor();
    await fill(page, /What is the proposal/, longText);
    await page.getByRole('button', { name: 'Add a result' }).click();
    await fill(page, /Desired result/, 'Residents reach jobs — người dân');
    await expectNoSeriousA11yViolations(page, 'question 1');

    // Reload in the middle: the step and its answers come back.
    await waitUntilSaved(page);
    const url = page.url();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /What is being considered/ }).waitFor();
    expect(page.url()).toBe(url);
    expect(await page.getByRole('textbox', { name: /What is the proposal/ }).inputValue()).toBe(
      longText,
    );
    expect(await page.getByRole('textbox', { name: /Desired result/ }).inputValue()).toBe(
      'Residents reach jobs — người dân',
    );

    // The browser's Back returns to the previous step.
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('heading', { level: 1, name: /Who is affected/ }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: /What is being considered/ }).waitFor();

    // Type, then close the tab at once: nothing is lost.
    await openStep(page, /Data/);
    await page.getByRole('heading', { level: 1, name: /What is the data/ }).waitFor();
    await expectNoSeriousA11yViolations(page, 'question 2');
    await fill(page, /Why do these gaps exist/, 'Redlining — phân biệt (ịt)');
    await page.close({ runBeforeUnload: true });

    const again = await context.newPage();
    await again.goto(url.replace(/q1$/, 'q2'));
    await again.getByRole('heading', { level: 1, name: /What is the data/ }).waitFor();
    expect(await again.getByRole('textbox', { name: /Why do these gaps exist/ }).inputValue()).toBe(
      'Redlining — phân biệt (ịt)',
    );

    for (const [step, heading] of [
      [/Community/, /Have we heard from the whole community/],
      [/Consequences/, /What are the unintended consequences/],
      [/Accountability/, /How will we hold ourselves accountable/],
    ] as const) {
      await openStep(again, step);
      await again.getByRole('heading', { level: 1, name: heading }).waitFor();
      await expectNoSeriousA11yViolations(again, String(step));
    }
    await openStep(again, /Check your answers/);
    await again.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
    await expect
      .poll(() => again.getByText('Redlining — phân biệt (ịt)').count())
      .toBeGreaterThan(0);
    await expectNoSeriousA11yViolations(again, 'review');

    await again.getByRole('link', { name: 'All assessments' }).first().click();
    await again.getByRole('heading', { name: 'Assessments', exact: true }).waitFor();
    await again
      .getByRole('link', { name: 'Bus pass — Vé xe buýt (ịt) Đặng', exact: true })
      .waitFor();
    await expectNoSeriousA11yViolations(again, 'list');
    await context.close();
  });

  it('fills all five questions with table rows and links, and the review and PDF show them', async () => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    const last = (label: RegExp) => page.getByRole('textbox', { name: label }).last();
    const choices = (legend: string) =>
      page.locator('fieldset', { hasText: legend }).last().locator('label');
    await page.goto(BASE_URL);
    await page.getByRole('button', { name: 'New assessment' }).click();
    await fill(page, /^Title/, 'Youth bus pass — Vé xe buýt (ịt)');

    await openStep(page, /Groups/);
    await page.getByRole('button', { name: /Black or African American/ }).click();
    await page.getByRole('button', { name: /Renters/ }).click();

    await openStep(page, /Proposal/);
    await fill(page, /What is the proposal/, 'Free passes for riders under 19 — miễn phí.');
    await page.getByRole('button', { name: 'Add an outcome' }).click();
    await last(/Which gap should shrink/).fill('Trips to school — brecha de viajes');

    await openStep(page, /Data/);
    await page.getByRole('button', { name: 'Add a source' }).click();
    await last(/Source name/).fill('Encuesta de movilidad 2025');
    await page.getByRole('button', { name: 'Add a group to compare' }).click();
    await page
      .getByRole('combobox', { name: /^Group/ })
      .last()
      .selectOption({ label: 'Renters' });
    await last(/How could they benefit/).fill('Cheaper trips — viajes más baratos');

    await openStep(page, /Community/);
    await page.getByRole('button', { name: 'Add an activity' }).click();
    await last(/What did you do/).fill('Buổi lắng nghe at the library');
    await clickLabel(page, 'usa-checkbox__label', /^Renters/);
    await page.getByRole('button', { name: 'Add a theme' }).click();
    await last(/What we heard/).fill('Late buses — xe buýt trễ');

    await openStep(page, /Consequences/);
    await page.getByRole('button', { name: 'Add a harm' }).click();
    await last(/Possible harm/).fill('Fare checks push riders off — Đặng (ịt)');
    await page
      .getByRole('combobox', { name: /How serious/ })
      .last()
      .selectOption({ label: 'High' });
    await page.getByRole('button', { name: 'Add a strategy' }).click();
    await choices('Harms it addresses').filter({ hasText: /^H1\b/ }).click();
    await last(/What will you do/).fill('No fare checks on school routes');

    await openStep(page, /Accountability/);
    await page.getByRole('button', { name: 'Add a measure' }).click();
    await last(/What will you measure/).fill('Youth trips per month, by race');
    await choices('Outcomes and harms it tracks').filter({ hasText: /^O1\b/ }).click();
    await choices('Outcomes and harms it tracks').filter({ hasText: /^H1\b/ }).click();
    await last(/In one sentence/).fill('Likely to help Black and renter youth reach school.');

    // Reload: every row and link is still there.
    await waitUntilSaved(page);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /How will we hold ourselves/ }).waitFor();
    expect(await last(/What will you measure/).inputValue()).toBe('Youth trips per month, by race');

    await openStep(page, /Check your answers/);
    await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
    for (const text of [
      'Encuesta de movilidad 2025',
      'Buổi lắng nghe at the library',
      'Late buses — xe buýt trễ',
      'Fare checks push riders off — Đặng (ịt)',
      'No fare checks on school routes',
      'Youth trips per month, by race',
    ]) {
      await page.getByText(text, { exact: true }).first().waitFor();
    }

    await page
      .getByRole('button', { name: /Export PDF/ })
      .first()
      .click();
    // One row per table leaves some required questions open: the app says so before a draft.
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page
        .getByRole('dialog', { name: 'This assessment is not finished' })
        .getByRole('button', { name: 'Export draft PDF' })
        .click(),
    ]);
    const file = join(mkdtempSync(join(tmpdir(), 'flow-pdf-')), download.suggestedFilename());
    await download.saveAs(file);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-raw', file, '-'], {
      encoding: 'utf8',
    });
    const squash = (s: string) => s.replace(/\s+/g, '');
    for (const typed of [
      'Youth bus pass — Vé xe buýt (ịt)',
      'Free passes for riders under 19 — miễn phí.',
      'Trips to school — brecha de viajes',
      'Encuesta de movilidad 2025',
      'Cheaper trips — viajes más baratos',
      'Buổi lắng nghe at the library',
      'Late buses — xe buýt trễ',
      'Fare checks push riders off — Đặng (ịt)',
      'No fare checks on school routes',
      'Youth trips per month, by race',
      'Likely to help Black and renter youth reach school.',
    ]) {
      expect(squash(text)).toContain(squash(typed));
    }
    // The strategy addresses H1; the measure tracks O1 and H1.
    // Link cells name the row and a short text of it, so a reviewer does not flip pages.
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('M1 H1 Fare checks push riders off — Đặng (ịt)');
    expect(flat).toContain(
      'Outcomes and harms it tracks: O1 Trips to school — brecha de viajes; H1 Fare checks push riders off',
    );
    await ctx.close();
  });
});
