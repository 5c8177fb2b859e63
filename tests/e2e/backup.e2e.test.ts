import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createAssessment,
  launchBrowser,
  newContext,
  reviewSubmission,
  submitDraft,
  waitUntilSaved,
} from './browser';
import { BASE_URL } from './config';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const status = (page: Page) => page.locator('.app-save-status');
const titleBox = (page: Page) => page.getByRole('textbox', { name: /^Title/ }).first();

async function waitUntilEditable(page: Page, editable: boolean) {
  await expect.poll(() => titleBox(page).isEnabled()).toBe(editable);
}

async function waitForText(page: Page, text: string | RegExp) {
  await page.getByText(text).first().waitFor();
}

describe('backups in Chromium', () => {
  it('backs up, survives clearing the site data, and brings everything back on import', async () => {
    const first = await newContext(browser);
    const page = await first.newPage();
    await createAssessment(page, 'Bus passes — Vé xe buýt (ịt) Đặng');
    await createAssessment(page, 'Library hours <b>late</b>');
    await page.goto(BASE_URL);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Back up all' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^equity-assessments-\d{4}-\d{2}-\d{2}\.json$/);
    const path = await download.path();
    const text = await readFile(path, 'utf8');
    await waitForText(page, /^Last backup:/);
    await first.close();

    // A fresh profile: nothing stored for the site.
    const second = await newContext(browser);
    const fresh = await second.newPage();
    await fresh.goto(BASE_URL);
    await fresh.getByRole('heading', { name: 'Assessments', exact: true }).waitFor();
    await expect(fresh.getByText('Bus passes — Vé xe buýt (ịt) Đặng').count()).resolves.toBe(0);

    // A broken file first: a clear message, nothing changes.
    const [badChooser] = await Promise.all([
      fresh.waitForEvent('filechooser'),
      fresh.getByRole('button', { name: 'Import', exact: true }).click(),
    ]);
    await badChooser.setFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text.slice(0, 200)),
    });
    const alert = fresh.getByRole('alert').filter({ hasText: 'broken.json cannot be imported' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/not JSON text.*Nothing was imported/);

    const [chooser] = await Promise.all([
      fresh.waitForEvent('filechooser'),
      fresh.getByRole('button', { name: 'Import', exact: true }).click(),
    ]);
    await chooser.setFiles({
      name: download.suggestedFilename(),
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    const dialog = fresh.getByRole('dialog', {
      name: `Import from ${download.suggestedFilename()}`,
    });
    await dialog.getByText('Added: 2').waitFor();
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await waitForText(fresh, 'Import finished: 2 added, 0 replaced, 0 skipped.');
    await waitForText(fresh, 'Bus passes — Vé xe buýt (ịt) Đặng');
    await waitForText(fresh, 'Library hours <b>late</b>');

    // Still there after a reload, intact.
    await fresh.reload();
    await fresh
      .getByRole('link', { name: /Bus passes/ })
      .first()
      .click();
    expect(await titleBox(fresh).inputValue()).toBe('Bus passes — Vé xe buýt (ịt) Đặng');
    await second.close();
  });

  it('carries the kept versions, submissions and reviews to a fresh device', async () => {
    const title = 'Route 12 microtransit — Tuyến 12 (ịt)';
    const first = await newContext(browser);
    const page = await first.newPage();
    await createAssessment(page, title);
    const steps = page.getByRole('navigation', { name: 'Steps of this assessment' });
    await steps.getByRole('link', { name: /Check your answers/ }).click();
    // Submitting exports version 1 (kept, read-only) as a PDF that carries the data…
    const [submitted] = await Promise.all([
      page.waitForEvent('download', { timeout: 90_000 }),
      submitDraft(page),
    ]);
    const pdf = await submitted.path();
    // …which this device also opens as the equity team would: a submission and its review.
    await page.goto(BASE_URL);
    await reviewSubmission(page, pdf);
    await page.getByRole('heading', { level: 1, name: /^Review / }).waitFor();

    await page.goto(BASE_URL);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Back up all' }).click(),
    ]);
    const text = await readFile(await download.path(), 'utf8');
    const file = JSON.parse(text) as Record<string, unknown[]>;
    expect([file['versions'], file['submissions'], file['reviews']].map((l) => l?.length)).toEqual([
      1, 1, 1,
    ]);
    await first.close();

    const second = await newContext(browser);
    const fresh = await second.newPage();
    await fresh.goto(BASE_URL);
    await fresh.getByRole('heading', { name: 'Assessments', exact: true }).waitFor();
    const [restore] = await Promise.all([
      fresh.waitForEvent('filechooser'),
      fresh.getByRole('button', { name: 'Import', exact: true }).click(),
    ]);
    await restore.setFiles({
      name: 'backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    const dialog = fresh.getByRole('dialog', { name: 'Import from backup.json' });
    await dialog
      .getByText(/exported versions: 1; submissions for review: 1; reviews: 1$/)
      .waitFor();
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await waitForText(
      fresh,
      'Import finished: 1 added, 0 replaced, 0 skipped. Also added: exported versions: 1; submissions for review: 1; reviews: 1.',
    );

    // The kept version opens, read-only.
    await fresh.getByRole('link', { name: title }).first().click();
    await fresh
      .getByRole('navigation', { name: 'Steps of this assessment' })
      .getByRole('link', { name: /Check your answers/ })
      .click();
    await fresh.getByRole('link', { name: 'Version 1', exact: true }).click();
    await fresh.getByRole('heading', { level: 1, name: `Version 1: ${title}` }).waitFor();

    // The submission is on "Submissions to review" again, with its review.
    await fresh.goto(`${BASE_URL}/portfolio`);
    await fresh.getByRole('link', { name: /Review EQ-\S+ version 1$/ }).click();
    await fresh.getByRole('heading', { level: 1, name: /^Review / }).waitFor();
    await second.close();
  });

  it('shows a banner, never says "Saved" and loses nothing when the disk is full', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const url = await createAssessment(page, 'Before the disk filled up');

    await page.evaluate(() => {
      const proto = IDBObjectStore.prototype;
      Reflect.set(window, '__realPut', proto.put);
      // When each write was tried: the first one, then the autosave's retry seconds later.
      const tried: number[] = [];
      Reflect.set(window, '__putTried', tried);
      proto.put = function () {
        tried.push(performance.now());
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      // Every text the save status shows from now on.
      const shown: string[] = [];
      Reflect.set(window, '__statusShown', shown);
      const el = document.querySelector('.app-save-status');
      if (el) {
        new MutationObserver(() => shown.push(el.textContent ?? '')).observe(el, {
          subtree: true,
          childList: true,
          characterData: true,
        });
      }
    });
    await titleBox(page).fill('Typed while the disk is full');
    const banner = page.getByRole('alert').filter({ hasText: 'Not saved on this device' });
    await banner.waitFor();
    await banner.getByRole('button', { name: 'Download a backup now' }).waitFor();
    // The first write and its retry (seconds later) both failed, and the status never said "Saved".
    const tried = () => page.evaluate(() => Reflect.get(window, '__putTried') as number[]);
    await expect
      .poll(
        async () => {
          const t = await tried();
          return t.length > 0 ? (t.at(-1) ?? 0) - (t[0] ?? 0) : 0;
        },
        { timeout: 15_000 },
      )
      .toBeGreaterThan(3_000);
    const shown = () => page.evaluate(() => Reflect.get(window, '__statusShown') as string[]);
    expect((await shown()).some((s) => /^Not saved/.test(s))).toBe(true);
    expect((await shown()).filter((s) => /^Saved/.test(s))).toEqual([]);
    expect(await titleBox(page).inputValue()).toBe('Typed while the disk is full');

    // Space comes back: the retry saves it and the banner goes away.
    await page.evaluate(() => {
      const real: unknown = Reflect.get(window, '__realPut');
      if (typeof real === 'function') Reflect.set(IDBObjectStore.prototype, 'put', real);
    });
    await status(page)
      .getByText(/^Saved on this device/)
      .waitFor({ timeout: 15_000 });
    await banner.waitFor({ state: 'detached' });
    await page.goto(url);
    await page.reload();
    expect(await titleBox(page).inputValue()).toBe('Typed while the disk is full');
    await context.close();
  });

  it('lets one tab edit an assessment at a time, without silent overwrites', async () => {
    const context = await newContext(browser);
    const one = await context.newPage();
    const url = await createAssessment(one, 'Shared between tabs');

    const two = await context.newPage();
    await two.goto(url);
    await two.getByRole('heading', { name: 'Open for editing in another tab' }).waitFor();
    await waitUntilEditable(two, false);

    // Tab one keeps editing; tab two follows.
    await titleBox(one).fill('Edited in tab one');
    await waitUntilSaved(one);
    await two.waitForFunction(() => {
      const box = document.querySelector<HTMLInputElement>(
        'input[name="title"], input[id$="title"]',
      );
      return box?.value === 'Edited in tab one';
    });

    // Tab two takes over: tab one saves, turns read-only, and follows tab two.
    await two.getByRole('button', { name: 'Take over editing' }).click();
    await two
      .getByRole('heading', { name: 'Open for editing in another tab' })
      .waitFor({ state: 'detached' });
    await waitUntilEditable(two, true);
    expect(await titleBox(two).inputValue()).toBe('Edited in tab one');
    await one.getByRole('heading', { name: 'Open for editing in another tab' }).waitFor();
    await waitUntilEditable(one, false);

    await titleBox(two).fill('Edited in tab two');
    await waitUntilSaved(two);
    await one.waitForFunction(() => {
      const box = document.querySelector<HTMLInputElement>(
        'input[name="title"], input[id$="title"]',
      );
      return box?.value === 'Edited in tab two';
    });
    await one.reload();
    await titleBox(one).waitFor();
    expect(await titleBox(one).inputValue()).toBe('Edited in tab two');
    await one.getByRole('heading', { name: 'Open for editing in another tab' }).waitFor();

    // The editing tab closes: tab one becomes editable by itself, with the last saved text.
    await two.close();
    await one
      .getByRole('heading', { name: 'Open for editing in another tab' })
      .waitFor({ state: 'detached' });
    await waitUntilEditable(one, true);
    expect(await titleBox(one).inputValue()).toBe('Edited in tab two');
    await titleBox(one).fill('Edited in tab one again');
    await waitUntilSaved(one);
    await context.close();
  });
});
