import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext } from './browser';
import { serveBuild, waitForServiceWorker, type AppServer } from './pwa-server';

// Its own server (not the shared one on 4317), so the test can take it away.
const PORT = 4318;
const TITLE = 'Nhà ở vừa túi tiền — Đặng Street offline plan';

let browser: Browser;
let server: AppServer | undefined;
let context: BrowserContext;
let url = '';
/** The tab the assessment was created in, and the assessment's address. */
let tab: Page;
let assessmentId = '';

beforeAll(async () => {
  browser = await launchBrowser();
  server = await serveBuild(process.env.BUILD_DIR ?? 'dist', PORT);
  url = server.url;
  context = await newContext(browser);
});
afterAll(async () => {
  await context?.close();
  await server?.close();
  await browser?.close();
});

/**
 * Makes sure the browser tells `page`'s document it is offline. Chromium 150 (Debian bookworm's
 * package in December 2026) drops the offline emulation from a document loaded after it was set:
 * `navigator.onLine` reads true there, though no request gets out. Setting it again reaches the
 * new document (with the offline event, as when a laptop loses its network). Chromium 156 keeps
 * it, and then nothing is set again.
 */
async function offlineIn(page: Page): Promise<void> {
  if (await page.evaluate(() => navigator.onLine)) {
    await context.setOffline(false);
    await context.setOffline(true);
  }
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
}

// The steps run in order and share one browser profile, as one person's day would.
describe('offline, after one visit', () => {
  it('reloads, opens in a new tab, and creates and fills an assessment', async () => {
    const page = await context.newPage();
    await page.goto(url);
    await page.getByRole('heading', { name: 'Assessments', level: 1 }).waitFor();
    await waitForServiceWorker(page);
    await page.getByText('Ready to work offline').waitFor();

    // Chromium would offer "Install app" (a test profile is incognito, which alone blocks it).
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors.filter((e) => e.errorId !== 'in-incognito')).toEqual([]);
    await cdp.detach();

    // The meeting room has no network: the server is gone and the browser is offline.
    await server?.close();
    server = undefined;
    await context.setOffline(true);

    await page.reload();
    await page.getByRole('heading', { name: 'Assessments', level: 1 }).waitFor();
    await offlineIn(page);
    await page.getByText('You are offline').waitFor();

    tab = await context.newPage();
    await tab.goto(url);
    await tab.getByRole('heading', { name: 'Assessments', level: 1 }).waitFor();
    await offlineIn(tab);
    await tab.getByRole('button', { name: 'New assessment' }).click();
    const title = tab.getByRole('textbox', { name: /^Title/ });
    await title.fill(TITLE);
    await tab.getByText(/Saved on this device/).waitFor();
    assessmentId = /\/assessments\/([^/?#]+)/.exec(tab.url())?.[1] ?? '';
    expect(assessmentId).not.toBe('');

    // Every step opens offline, reloads included (navigation fallback to the app shell).
    await tab.getByRole('button', { name: 'Next' }).first().click();
    await tab.waitForURL(/\/groups$/);
    await tab.reload();
    await tab.getByRole('heading', { name: 'Who is affected?' }).waitFor();
    await tab.goto(`${url}/assessments/${assessmentId}/details`);
    await expect.poll(() => tab.getByRole('textbox', { name: /^Title/ }).inputValue()).toBe(TITLE);
  });

  it('exports the assessment as a PDF with its text', async () => {
    expect(assessmentId, 'the previous step must have created an assessment').not.toBe('');
    await tab.goto(`${url}/assessments/${assessmentId}/review`);
    await tab
      .getByRole('button', { name: /^Export PDF/ })
      .first()
      .click();
    const [download] = await Promise.all([
      tab.waitForEvent('download', { timeout: 60_000 }),
      tab
        .getByRole('dialog', { name: 'This assessment is not finished' })
        .getByRole('button', { name: 'Export draft PDF' })
        .click(),
    ]);
    const pdf = await download.path();
    const text = execFileSync('/usr/bin/pdftotext', ['-enc', 'UTF-8', pdf, '-'], {
      encoding: 'utf8',
    });
    expect(text.normalize('NFC').replace(/\s+/g, ' ')).toContain(TITLE);
    expect(text).toContain('DRAFT');
  });

  it('finds the assessment again the next day, still offline', async () => {
    const page = await context.newPage();
    await page.goto(url);
    await page.getByRole('heading', { name: 'Assessments', level: 1 }).waitFor();
    await offlineIn(page);
    await page.getByText(TITLE).first().waitFor();
    await page.getByText('You are offline').waitFor();
  });
});
