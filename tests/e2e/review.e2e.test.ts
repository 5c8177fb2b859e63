import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assessment } from '@/domain/assessment';
import { fingerprint } from '@/domain/fingerprint';
import { DB_NAME } from '@/storage/db';
import { typicalAssessment } from '../fixtures/assessments';
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

/** Puts submissions in the app's IndexedDB, as "Review a submission" would. */
async function seed(page: Page, assessments: Assessment[]) {
  const rows = await Promise.all(
    assessments.map(async (a) => ({
      assessmentId: a.id,
      version: a.version,
      fingerprint: await fingerprint(a),
      receivedAt: '2026-03-02T09:00:00.000Z',
      record: a,
    })),
  );
  await page.evaluate(
    async ({ name, rows }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('submissions', 'readwrite');
        for (const row of rows) tx.objectStore('submissions').put(row);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { name: DB_NAME, rows },
  );
}

async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), click()]);
  const path = join(mkdtempSync(join(tmpdir(), 'review-e2e-')), file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

describe('the equity team reviews submissions in Chromium', () => {
  it('portfolio → review: scores, comments on a field and a row, a condition, returned; reviewed PDF and CSV', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(BASE_URL);
    await page.getByRole('heading', { name: 'Assessments', exact: true }).waitFor();

    const base = typicalAssessment();
    const parks: Assessment = {
      ...base,
      version: 1,
      status: 'submitted',
      meta: { ...base.meta, department: 'Parks', title: '=HYPERLINK("x") pool hours' },
    };
    const transit: Assessment = {
      ...base,
      id: crypto.randomUUID(),
      readableId: 'EQ-2026-7QK2-ZX9P',
      version: 2,
      status: 'submitted',
      meta: { ...base.meta, department: 'Transit', title: 'Bus lanes' },
    };
    await seed(page, [parks, transit]);

    await page.getByRole('link', { name: 'Submissions to review' }).click();
    await page.getByRole('heading', { level: 1, name: 'Submissions to review' }).waitFor();
    const table = page.getByRole('table');
    await expect.poll(() => table.getByRole('row').count()).toBe(3);
    expect(await axe(page)).toEqual([]);

    // Sort by department, descending: Transit first; aria-sort says so.
    const departmentHeader = table.getByRole('columnheader', { name: 'Department' });
    await departmentHeader.getByRole('button').click();
    await departmentHeader.getByRole('button').click();
    expect(await departmentHeader.getAttribute('aria-sort')).toBe('descending');
    expect(await table.getByRole('row').nth(1).textContent()).toContain('Transit');
    // Filter by department.
    await page.getByLabel('Department', { exact: true }).selectOption('Parks');
    await expect.poll(() => table.getByRole('row').count()).toBe(2);

    // Open the Parks review.
    await table.getByRole('link', { name: /pool hours/ }).click();
    await page.getByRole('heading', { level: 1, name: /^Review / }).waitFor();
    expect(await axe(page)).toEqual([]);

    await page.getByRole('button', { name: /^Comment on 1\.1 / }).click();
    const fieldBox = page.getByRole('textbox', { name: /^Your comment on 1\.1 / });
    await expect.poll(() => fieldBox.evaluate((el) => el === document.activeElement)).toBe(true);
    await fieldBox.fill('Say who benefits from the new hours.');
    await page.getByRole('button', { name: /^Comment on H1 \(4\.1 / }).click();
    await page
      .getByRole('textbox', { name: /^Your comment on H1 / })
      .fill('Which group bears this harm?');

    for (const c of ['A', 'B', 'D', 'F', 'G']) {
      await page
        .getByRole('radiogroup', { name: new RegExp(`^Level for ${c} `) })
        .locator('label', { hasText: '3 Meets' })
        .click();
    }
    await page
      .getByRole('radiogroup', { name: /^Level for E / })
      .locator('label', { hasText: '1 Not yet' })
      .click();
    // Accepting with a gate at 1 is refused, and says why.
    await page.locator('label[for="decision-accepted"]').click();
    await page
      .getByRole('alert')
      .getByText(/gate E Community voice is at 1 Not yet/)
      .waitFor();
    expect(await page.getByRole('radio', { name: 'Accepted', exact: true }).isChecked()).toBe(
      false,
    );

    await page.getByRole('button', { name: 'Add a condition' }).click();
    await page
      .getByRole('textbox', { name: 'What must happen' })
      .fill('Meet the pool users’ group.');
    await page.getByRole('textbox', { name: 'Owner' }).fill('Aquatics manager');
    await page.getByLabel('Due date').fill('2026-01-15');
    await page.locator('label[for="decision-returned"]').click();
    await page.getByRole('textbox', { name: 'Reviewer’s name' }).fill('Nguyễn Thị Hoa');
    await page.getByText('Review saved on this device').waitFor();
    expect(await axe(page)).toEqual([]);

    const pdf = await download(page, () =>
      page.getByRole('button', { name: 'Export reviewed PDF' }).click(),
    );
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Review by the equity team');
    expect(flat).toContain('Returned for revision');
    expect(flat).toContain('Say who benefits from the new hours.');
    expect(flat).toContain('Which group bears this harm?');
    expect(flat).toContain('Meet the pool users’ group.');
    expect(flat).toContain('Nguyễn Thị Hoa');

    // Back in the portfolio: the decision, the gate below 3 and the overdue condition.
    await page.getByRole('link', { name: 'Back to submissions to review' }).click();
    await page.getByRole('heading', { level: 1, name: 'Submissions to review' }).waitFor();
    const parksRow = table.getByRole('row').filter({ hasText: 'pool hours' });
    await expect.poll(() => parksRow.textContent()).toContain('Returned for revision');
    expect(await parksRow.textContent()).toContain('overdue');
    await page.getByText('Only with overdue conditions').click();
    await expect.poll(() => table.getByRole('row').count()).toBe(2);
    expect(await axe(page)).toEqual([]);

    const csv = readFileSync(
      await download(page, () => page.getByRole('button', { name: 'Export as CSV' }).click()),
      'utf8',
    );
    // The title that starts with "=" is text in a spreadsheet.
    expect(csv).toContain(`'=HYPERLINK(""x"") pool hours`);
    expect(csv).toContain('Returned for revision');
    await context.close();
  }, 240_000);
});
