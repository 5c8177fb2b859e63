import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext } from './browser';
import { BASE_URL } from './config';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const TITLE = 'Vé xe buýt (ịt) Đặng — Pase de autobús para niños';
const PROPOSAL =
  'Bà Đặng Thị Hồng nói: “Nhà ở phải vừa túi tiền (ịt).” Queremos vivienda asequible, señaló Begoña Núñez. <script>alert(1)</script>';

async function exportFromList(page: Page): Promise<{ fileName: string; text: string }> {
  const card = page.getByRole('listitem').filter({ hasText: TITLE }).first();
  await card.getByRole('button', { name: /Export PDF/ }).click();
  // Only a title and a proposal: the app lists what is open and asks before making a draft.
  const dialog = page.getByRole('dialog', { name: 'This assessment is not finished' });
  await dialog.getByText(/required questions are still open/).waitFor();
  await dialog.getByRole('listitem').filter({ hasText: 'Question 2 · Data' }).first().waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    dialog.getByRole('button', { name: 'Export draft PDF' }).click(),
  ]);
  const file = join(mkdtempSync(join(tmpdir(), 'pdf-e2e-')), download.suggestedFilename());
  await download.saveAs(file);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return { fileName: download.suggestedFilename(), text };
}

describe('PDF export in Chromium', () => {
  it('exports from the list a PDF whose text matches what was typed, and raises the version', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(BASE_URL);
    await page.getByRole('heading', { name: 'Assessments', exact: true }).waitFor();
    await page.getByRole('button', { name: 'New assessment' }).click();
    await page
      .getByRole('textbox', { name: /^Title/ })
      .first()
      .fill(TITLE);
    await page
      .locator('.app-save-status')
      .getByText(/^Saved on this device/)
      .waitFor();
    const step = page.getByRole('navigation', { name: 'Steps of this assessment' });
    await step.getByRole('link', { name: /Proposal/ }).click();
    await page
      .getByRole('textbox', { name: /What is the proposal/ })
      .first()
      .fill(PROPOSAL);
    await page
      .locator('.app-save-status')
      .getByText(/^Saved on this device/)
      .waitFor();

    await page.goto(BASE_URL);
    const first = await exportFromList(page);
    expect(first.fileName).toMatch(
      /^EQ-\d{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-ve-xe-buyt-it-dang-pase-de-autobus-para-ninos-v1\.pdf$/,
    );
    const readableId = first.fileName.slice(0, 12);
    const squash = (s: string) => s.replace(/\s+/g, '');
    expect(first.text).toContain('(ịt)');
    expect(squash(first.text)).toContain(squash(TITLE));
    expect(squash(first.text)).toContain(squash(PROPOSAL));
    expect(first.text).toContain(readableId);
    expect(first.text).toMatch(/Version 1/);
    expect(first.text).toMatch(/Page 1 of \d+/);
    expect(first.text).toMatch(/Fingerprint [0-9a-f]{12}/);
    expect(first.text).toContain('Not answered');
    expect(first.text).toContain('DRAFT');

    await page
      .getByText(/PDF saved as/)
      .first()
      .waitFor();
    const second = await exportFromList(page);
    expect(second.fileName).toMatch(/-v2\.pdf$/);
    expect(second.text).toMatch(/Version 2/);
    await context.close();
  });
});
