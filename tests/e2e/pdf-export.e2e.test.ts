import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssessment, launchBrowser, newContext, waitUntilSaved } from './browser';
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
  it('exports from the list a PDF whose text matches what was typed; a new version only with new content', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await createAssessment(page, TITLE);
    const step = page.getByRole('navigation', { name: 'Steps of this assessment' });
    await step.getByRole('link', { name: /Proposal/ }).click();
    await page
      .getByRole('textbox', { name: /What is the proposal/ })
      .first()
      .fill(PROPOSAL);
    await waitUntilSaved(page);

    await page.goto(BASE_URL);
    const first = await exportFromList(page);
    expect(first.fileName).toMatch(
      /^EQ-\d{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-ve-xe-buyt-it-dang-pase-de-autobus-para-ninos-v1\.pdf$/,
    );
    const readableId = first.fileName.slice(0, 17);
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
    // Nothing changed: the same version, the same fingerprint.
    const fingerprintOf = (text: string) => /Fingerprint ([0-9a-f]{12})/.exec(text)?.[1];
    const second = await exportFromList(page);
    expect(second.fileName).toMatch(/-v1\.pdf$/);
    expect(second.text).toMatch(/Version 1/);
    expect(fingerprintOf(second.text)).toBe(fingerprintOf(first.text));

    // An answer changes: the next export is version 2, and version 1 is kept, read-only.
    await page.getByRole('link', { name: TITLE }).first().click();
    await page
      .getByRole('navigation', { name: 'Steps of this assessment' })
      .getByRole('link', { name: /Proposal/ })
      .click();
    await page
      .getByRole('textbox', { name: /What is the proposal/ })
      .first()
      .fill(`${PROPOSAL} Second version.`);
    await waitUntilSaved(page);
    await page.goto(BASE_URL);
    const third = await exportFromList(page);
    expect(third.fileName).toMatch(/-v2\.pdf$/);
    expect(squash(third.text)).toContain(squash('Second version.'));

    await page.getByRole('link', { name: TITLE }).first().click();
    await page
      .getByRole('navigation', { name: 'Steps of this assessment' })
      .getByRole('link', { name: /Check your answers/ })
      .click();
    const versions = page.getByRole('region', { name: 'Exported versions' });
    await versions.getByText(/No change since version 2 was exported/).waitFor();
    await versions.getByRole('link', { name: 'Version 1' }).click();
    await page.getByRole('heading', { level: 1, name: `Version 1: ${TITLE}` }).waitFor();
    expect(await page.getByRole('textbox').count()).toBe(0);
    expect(await page.getByRole('link', { name: /^Change/ }).count()).toBe(0);
    const [again] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: 'Export PDF' }).click(),
    ]);
    expect(again.suggestedFilename()).toMatch(/-v1\.pdf$/);
    const againFile = join(mkdtempSync(join(tmpdir(), 'pdf-e2e-')), again.suggestedFilename());
    await again.saveAs(againFile);
    const againText = execFileSync('pdftotext', ['-enc', 'UTF-8', againFile, '-'], {
      encoding: 'utf8',
    });
    expect(fingerprintOf(againText)).toBe(fingerprintOf(first.text));
    expect(squash(againText)).not.toContain(squash('Second version.'));
    await context.close();
  });

  it('shows a submitted assessment read-only until the user starts the next version', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await createAssessment(page, 'Submitted then revised');
    const title = page.getByRole('textbox', { name: /^Title/ }).first();
    await page
      .getByRole('navigation', { name: 'Steps of this assessment' })
      .getByRole('link', { name: /Check your answers/ })
      .click();
    await page.getByRole('button', { name: 'Export PDF' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page
        .getByRole('dialog', { name: 'This assessment is not finished' })
        .getByRole('button', { name: 'Export draft PDF' })
        .click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/-v1\.pdf$/);
    await page.getByLabel('Status of this assessment').selectOption('submitted');
    await page
      .getByRole('navigation', { name: 'Steps of this assessment' })
      .getByRole('link', { name: /About the proposal|Details/ })
      .first()
      .click();
    const notice = page.getByRole('region', { name: /Version 1 was submitted for review/ });
    await notice.waitFor();
    expect(await title.isEditable()).toBe(false);
    await notice.getByRole('button', { name: 'Edit and start version 2' }).click();
    await notice.waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    await title.fill('Submitted then revised, version 2');
    await waitUntilSaved(page);
    await context.close();
  });
});
