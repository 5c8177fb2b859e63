import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.mjs';
import { BASE_URL } from './config';

export function launchBrowser(): Promise<Browser> {
  return launchChromium();
}

/** A fresh profile per test: its own IndexedDB, service worker and storage. */
export async function newContext(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
    ...options,
  });
  // Nothing may leave the device: fail loudly on any request that is not to our own server.
  context.on('request', (req) => {
    const url = req.url();
    if (!/^(http:\/\/127\.0\.0\.1|blob:|data:)/.test(url)) {
      throw new Error(`Request left the device: ${url}`);
    }
  });
  return context;
}

/** Waits until the save status says the assessment is saved on this device. */
export async function waitUntilSaved(page: Page): Promise<void> {
  await page
    .locator('.app-save-status')
    .getByText(/^Saved on this device/)
    .waitFor();
}

/**
 * From the list of assessments: "New assessment", a title, and "Saved on this device". Returns the
 * new assessment's address (its details step). `baseUrl` is the app's, for a server of its own.
 */
export async function createAssessment(
  page: Page,
  title: string,
  baseUrl: string = BASE_URL,
): Promise<string> {
  await page.goto(baseUrl);
  await page.getByRole('heading', { name: 'Assessments', exact: true }).waitFor();
  await page.getByRole('button', { name: 'New assessment' }).click();
  await page
    .getByRole('textbox', { name: /^Title/ })
    .first()
    .fill(title);
  await waitUntilSaved(page);
  return page.url();
}

/**
 * On "Check your answers" of an unfinished assessment: "Submit for review", then "Submit draft for
 * review" in the dialog that says it is not finished. The caller waits for the download.
 */
export async function submitDraft(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await page
    .getByRole('dialog', { name: 'This assessment is not finished' })
    .getByRole('button', { name: 'Submit draft for review' })
    .click();
}

/** On the list: "Review a submission" with this file; the caller waits for what follows. */
export async function reviewSubmission(page: Page, file: string): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Review a submission' }).click(),
  ]);
  await chooser.setFiles(file);
}
