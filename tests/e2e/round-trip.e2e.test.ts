import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe } from './axe';
import {
  createAssessment,
  launchBrowser,
  newContext,
  reviewSubmission,
  submitDraft,
  waitUntilSaved,
} from './browser';
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
const PROPOSAL = 'Replace the fixed route 12 with on-demand vans.';
const RESULT = 'Riders reach clinics without a transfer.';
const FIELD_COMMENT = 'Say which riders lose their stop (Vietnamese speakers?).';
const ROW_COMMENT = 'Measure this by race and language, not only overall.';
const CONDITION = 'Meet the Vietnamese riders’ association before the pilot.';

/** "Submit for review" on Check your answers, confirming that a draft goes as it is. */
const step = (page: Page, name: RegExp) =>
  page
    .getByRole('navigation', { name: 'Steps of this assessment' })
    .getByRole('link', { name })
    .first()
    .click();

async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), click()]);
  const path = join(mkdtempSync(join(tmpdir(), 'round-trip-')), file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

/** Two browser contexts stand for two devices: files are all that passes between them. */
describe('submit → review → return, across two devices', () => {
  it('carries the data in the PDF both ways, refuses a PDF without data, and attaches the review', async () => {
    // Staff, on their laptop: fill a little, submit for review.
    const staff = await newContext(browser);
    const author = await staff.newPage();
    await createAssessment(author, TITLE);
    await step(author, /Proposal/);
    await author.getByRole('textbox', { name: /^What is the proposal/ }).fill(PROPOSAL);
    await author.getByRole('button', { name: 'Add a result' }).click();
    await author.getByRole('textbox', { name: /^Desired result/ }).fill(RESULT);
    await waitUntilSaved(author);
    await step(author, /Check your answers/);
    const plainPdf = await download(author, async () => {
      await author.getByRole('button', { name: 'Export PDF' }).click();
      await author
        .getByRole('dialog', { name: 'This assessment is not finished' })
        .getByRole('button', { name: 'Export draft PDF' })
        .click();
    });
    const submitted = await download(author, () => submitDraft(author));
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
    await reviewSubmission(reviewer, plainPdf);
    await reviewer
      .getByRole('alert')
      .getByText(/carries no assessment data/)
      .waitFor();

    await reviewSubmission(reviewer, submitted);
    await reviewer.getByRole('heading', { level: 1, name: /^Review / }).waitFor();
    await reviewer.getByText(TITLE).first().waitFor();
    for (const c of ['A', 'B', 'D', 'E', 'F', 'G']) {
      await reviewer
        .getByRole('radiogroup', { name: new RegExp(`^Level for ${c} `) })
        .locator('label', { hasText: c === 'B' ? '1 Not yet' : '3 Meets' })
        .click();
    }
    await reviewer.getByRole('button', { name: /^Comment on 1\.1 / }).click();
    await reviewer.getByRole('textbox', { name: /^Your comment on 1\.1 / }).fill(FIELD_COMMENT);
    await reviewer.getByRole('button', { name: /^Comment on R1 \(/ }).click();
    await reviewer.getByRole('textbox', { name: /^Your comment on R1 / }).fill(ROW_COMMENT);
    await reviewer.getByRole('button', { name: 'Add a condition' }).click();
    await reviewer.getByRole('textbox', { name: 'What must happen' }).fill(CONDITION);
    await reviewer.getByRole('textbox', { name: 'Owner' }).fill('Transit planner (Lê Văn Tám)');
    await reviewer.getByLabel('Due date').fill('2027-02-15');
    await reviewer.locator('label[for="decision-returned"]').click();
    await reviewer.getByRole('textbox', { name: 'Reviewer’s name' }).fill('Nguyễn Thị Hoa');
    await reviewer.getByText('Review saved on this device').waitFor();
    const reviewed = await download(reviewer, () =>
      reviewer.getByRole('button', { name: 'Export reviewed PDF' }).click(),
    );
    const reviewedText = execFileSync('pdftotext', ['-enc', 'UTF-8', reviewed, '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, ' ');
    // Every comment and the condition, with its owner, are in the reviewed PDF's text.
    for (const words of [
      'Returned for revision',
      FIELD_COMMENT,
      ROW_COMMENT,
      CONDITION,
      'Transit planner (Lê Văn Tám)',
      'Nguyễn Thị Hoa',
    ]) {
      expect(reviewedText).toContain(words);
    }

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
    // The decision is on the card.
    const card = author
      .getByRole('listitem')
      .filter({ has: author.getByRole('heading', { name: TITLE }) });
    await card.getByText('Returned for revision (version 1)').waitFor();
    await card.getByRole('link', { name: TITLE, exact: true }).click();
    await step(author, /Check your answers/);
    const panel = author.getByRole('region', { name: /review/i }).filter({ hasText: CONDITION });
    await panel.getByText(FIELD_COMMENT).waitFor();
    await panel.getByText(ROW_COMMENT).waitFor();
    // "Returned for revision": the author starts version 2, and finds each comment at its answer.
    await step(author, /Proposal/);
    await author.getByRole('button', { name: 'Edit and start version 2' }).click();
    const proposal = author.locator('.app-item').filter({
      has: author.getByRole('textbox', { name: /^What is the proposal/ }),
    });
    await proposal.getByText(FIELD_COMMENT).waitFor();
    const row = author.locator('.app-row').filter({ hasText: ROW_COMMENT });
    expect(await row.getByRole('textbox', { name: /^Desired result/ }).inputValue()).toBe(RESULT);
    await author
      .getByRole('textbox', { name: /^What is the proposal/ })
      .fill(`${PROPOSAL} Riders who lose their stop get a door-to-door ride.`);
    await proposal.getByRole('button', { name: 'Mark as done' }).click();
    await row.getByRole('button', { name: 'Mark as done' }).click();
    await expect.poll(() => author.getByText('1 comment marked done').count()).toBe(2);
    expect(await axe(author)).toEqual([]);
    await waitUntilSaved(author);
    await step(author, /Check your answers/);
    await author.getByText('Open comments: 0. Marked done: 2.').waitFor();
    const second = await download(author, () => submitDraft(author));
    expect(second).toMatch(/-v2\.pdf$/);

    // The reviewer opens version 2: the portfolio holds both versions, each with its decision.
    await reviewer.goto(BASE_URL);
    await reviewSubmission(reviewer, second);
    await reviewer.getByRole('heading', { level: 1, name: /^Review / }).waitFor();
    await reviewer.getByText('Riders who lose their stop get a door-to-door ride.').waitFor();
    await reviewer.getByRole('link', { name: 'Back to submissions to review' }).click();
    const table = reviewer.getByRole('table');
    const rows = table.getByRole('row').filter({ hasText: TITLE });
    await expect.poll(() => rows.count()).toBe(2);
    const texts = await rows.allTextContents();
    expect(texts.filter((t) => t.includes('Returned for revision'))).toHaveLength(1);
    const hrefs = await rows
      .getByRole('link')
      .evaluateAll((links) =>
        links.map((l) => l.getAttribute('href')?.replace(/^.*\/reviews\/[^/]+\//, '')),
      );
    expect(hrefs.sort()).toEqual(['1', '2']);
    expect(await axe(reviewer)).toEqual([]);
    await staff.close();
    await team.close();
  }, 300_000);
});
