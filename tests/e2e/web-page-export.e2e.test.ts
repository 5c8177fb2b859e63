import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssessment, launchBrowser, newContext, waitUntilSaved } from './browser';
import { axe } from './axe';
import { BASE_URL } from './config';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** Markers typed into the assessment: each must be in the web page, as typed. */
const TITLE = 'Vé xe buýt (ịt) Đặng — Pase de autobús para niños';
const PROPOSAL =
  'Bà Đặng Thị Hồng nói: “Nhà ở phải vừa túi tiền (ịt).” Queremos vivienda asequible. <script>alert(1)</script>';
const PROBLEM = 'Marker-7Q2 — <img src=x onerror=alert(2)> & “quotes”';
const MARKERS = [TITLE, PROPOSAL, PROBLEM];

const squash = (s: string) => s.replace(/\s+/g, '');

async function exportWebPage(page: Page, from: ReturnType<Page['locator']>): Promise<string> {
  await from.getByRole('button', { name: /Download as web page/ }).click();
  const dialog = page.getByRole('dialog', { name: 'This assessment is not finished' });
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    dialog.getByRole('button', { name: 'Download draft web page' }).click(),
  ]);
  const file = join(mkdtempSync(join(tmpdir(), 'web-page-e2e-')), download.suggestedFilename());
  await download.saveAs(file);
  expect(download.suggestedFilename()).toMatch(
    /^EQ-\d{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-ve-xe-buyt-.*-v\d+\.html$/,
  );
  await page
    .getByText(/Web page saved as/)
    .first()
    .waitFor();
  return file;
}

describe('"Download as web page" in Chromium', () => {
  it('saves one self-contained page with every marker, axe-clean, loading nothing', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await createAssessment(page, TITLE);
    const steps = page.getByRole('navigation', { name: 'Steps of this assessment' });
    await steps.getByRole('link', { name: /Proposal/ }).click();
    await page
      .getByRole('textbox', { name: /What is the proposal/ })
      .first()
      .fill(PROPOSAL);
    await page
      .getByRole('textbox', { name: /What problem or need does it respond to/ })
      .first()
      .fill(PROBLEM);
    await waitUntilSaved(page);

    // Offered next to "Export PDF" on "Check your answers"…
    await steps.getByRole('link', { name: /Check your answers/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
    const review = page.locator('.app-export-pdf');
    await review.getByRole('button', { name: 'Export PDF' }).waitFor();
    const fromReview = await exportWebPage(page, review);

    // …and on the list, on each assessment's card.
    await page.goto(BASE_URL);
    const card = page.getByRole('listitem').filter({ hasText: TITLE }).first();
    await card.getByRole('button', { name: /Export PDF/ }).waitFor();
    const fromList = await exportWebPage(page, card);

    const html = readFileSync(fromList, 'utf8');
    expect(readFileSync(fromReview, 'utf8')).toContain('Version 1');
    // Nothing changed between the two exports: the same version (a new one only with new answers).
    expect(html).toContain('Version 1');
    expect(html).not.toContain('Version 2');

    // Opened from disk: it asks for nothing (no scripts, styles inline) and reads as typed.
    const viewer = await browser.newContext({ bypassCSP: true });
    const reader = await viewer.newPage();
    const requests: string[] = [];
    reader.on('request', (r) => requests.push(r.url()));
    const url = pathToFileURL(fromList).href;
    await reader.goto(url);
    expect(requests).toEqual([url]);
    expect(await reader.evaluate(() => document.scripts.length)).toBe(0);
    const text = await reader.evaluate(() => document.body.innerText);
    for (const marker of MARKERS) expect(squash(text)).toContain(squash(marker));
    expect(await reader.title()).toContain(TITLE);
    expect(text).toContain('DRAFT');

    expect(await axe(reader, { bestPractice: true })).toEqual([]);

    // On a phone: nothing runs past the edge (wide tables scroll inside their own region).
    await reader.setViewportSize({ width: 390, height: 844 });
    expect(await reader.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    // Printed: the contents list (links) is left out.
    await reader.emulateMedia({ media: 'print' });
    expect(await reader.locator('nav').evaluate((nav) => getComputedStyle(nav).display)).toBe(
      'none',
    );
    await viewer.close();
    await context.close();
  });
});
