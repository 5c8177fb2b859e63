import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext } from './browser';
import { BASE_URL } from './config';
import { waitForServiceWorker } from './pwa-server';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const TITLE = 'Microtransit for route 12 (Đặng Street)';

async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), click()]);
  const path = join(mkdtempSync(join(tmpdir(), 'round-trip-')), file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

const saved = (page: Page) =>
  page
    .locator('.app-save-status')
    .getByText(/^Saved on this device/)
    .waitFor();

/** Two browser contexts stand for two devices: files are all that passes between them. */
describe('submit → review → return, across two devices', () => {
  it('carries the data in the PDF both ways, refuses a PDF without data, and attaches the review', async () => {
    // Staff, on their laptop: fill a little, submit for review.
    const staff = await newContext(browser);
    const author = await staff.newPage();
    await author.goto(BASE_URL);
    await author.getByRole('button', { name: 'New assessment' }).click();
    await author
      .getByRole('textbox', { name: /^Title/ })
      .first()
      .fill(TITLE);
    await saved(author);
    await author
      .getByRole('navigation', { name: 'Steps of this assessment' })
      .getByRole('link', { name: /Check your answers/ })
      .click();
    const plainPdf = await download(author, async () => {
      await author.getByRole('button', { name: 'Export PDF' }).click();
      await author
        .getByRole('dialog', { name: 'This assessment is not finished' })
        .getByRole('button', { name: 'Export draft PDF' })
        .click();
    });
    const submitted = await download(author, async () => {
      await author.getByRole('button', { name: 'Submit for review' }).click();
      await author
        .getByRole('dialog', { name: 'This assessment is not finished' })
        .getByRole('button', { name: 'Submit draft for review' })
        .click();
    });
    expect(submitted).toMatch(/-v1\.pdf$/);
    const visible = execFileSync('pdftotext', ['-enc', 'UTF-8', submitted, '-'], {
      encoding: 'utf8',
    });
    expect(visible).toContain('Đặng Street');
    await author.getByLabel('Status of this assessment').waitFor();
    expect(await author.getByLabel('Status of this assessment').inputValue()).toBe('submitted');

    // The equity team, on another device, offline.
    const team = await newContext(browser);
    const reviewer = await team.newPage();
    await reviewer.goto(BASE_URL);
    await reviewer.getByRole('heading', { name: 'Assessments', exact: true }).waitFor();
    // Offline once the app is ready to work offline (everything precached).
    await waitForServiceWorker(reviewer);
    await team.setOffline(true);
    // A PDF without data is refused, and nothing is written.
    const [noData] = await Promise.all([
      reviewer.waitForEvent('filechooser'),
      reviewer.getByRole('button', { name: 'Review a submission' }).click(),
    ]);
    await noData.setFiles(plainPdf);
    await reviewer
      .getByRole('alert')
      .getByText(/carries no assessment data/)
      .waitFor();

    const [chooser] = await Promise.all([
      reviewer.waitForEvent('filechooser'),
      reviewer.getByRole('button', { name: 'Review a submission' }).click(),
    ]);
    await chooser.setFiles(submitted);
    await reviewer.getByRole('heading', { level: 1, name: /^Review / }).waitFor();
    await reviewer.getByText(TITLE).first().waitFor();
    for (const c of ['A', 'B', 'D', 'E', 'F', 'G']) {
      await reviewer
        .getByRole('radiogroup', { name: new RegExp(`^Level for ${c} `) })
        .locator('label', { hasText: c === 'B' ? '1 Not yet' : '3 Meets' })
        .click();
    }
    await reviewer.getByRole('button', { name: /^Comment on 1\.1 / }).click();
    await reviewer
      .getByRole('textbox', { name: /^Your comment on 1\.1 / })
      .fill('Say which riders lose their stop (Vietnamese speakers?).');
    await reviewer.locator('label[for="decision-returned"]').click();
    await reviewer.getByRole('textbox', { name: 'Reviewer’s name' }).fill('Nguyễn Thị Hoa');
    const reviewed = await download(reviewer, () =>
      reviewer.getByRole('button', { name: 'Export reviewed PDF' }).click(),
    );
    const reviewedText = execFileSync('pdftotext', ['-enc', 'UTF-8', reviewed, '-'], {
      encoding: 'utf8',
    });
    expect(reviewedText).toContain('Returned for revision');
    expect(reviewedText.replace(/\s+/g, ' ')).toContain('Say which riders lose their stop');

    // Back with the author: Import attaches the review to that assessment.
    await author.goto(BASE_URL);
    const [back] = await Promise.all([
      author.waitForEvent('filechooser'),
      author.getByRole('button', { name: 'Import' }).first().click(),
    ]);
    await back.setFiles(reviewed);
    await author
      .getByText(/review of version 1 is now with this assessment: Returned for revision/)
      .waitFor();
    await author.getByRole('link', { name: TITLE }).first().click();
    await author
      .getByRole('navigation', { name: 'Steps of this assessment' })
      .getByRole('link', { name: /Check your answers/ })
      .click();
    const panel = author
      .getByRole('region', { name: /review/i })
      .filter({ hasText: 'Say which riders' });
    await panel.waitFor();
    // "Returned for revision": the author starts version 2.
    await author
      .getByRole('navigation', { name: 'Steps of this assessment' })
      .getByRole('link', { name: /Details/ })
      .first()
      .click();
    await author.getByRole('button', { name: 'Edit and start version 2' }).click();
    await author
      .getByRole('textbox', { name: /^Title/ })
      .first()
      .fill(`${TITLE}, revised`);
    await saved(author);
    await staff.close();
    await team.close();
  });
});
