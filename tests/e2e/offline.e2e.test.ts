import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newContext } from './browser';
import { serveBuild, waitForServiceWorker, type AppServer } from './pwa-server';

// Its own server (not the shared one on 4317), so the test can take it away.
const PORT = 4318;
const TITLE = 'Nhà ở vừa túi tiền — Đặng Street offline plan';

let browser: Browser;
let server: AppServer | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await serveBuild('dist', PORT);
});
afterAll(async () => {
  await server?.close();
  await browser?.close();
});

describe('offline, after one visit', () => {
  it('reloads, opens in a new tab, creates and fills an assessment and exports its PDF', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const url = server?.url ?? '';
    await page.goto(url);
    await page.getByRole('heading', { name: 'Assessments', level: 1 }).waitFor();
    await waitForServiceWorker(page);
    await page.getByText('Ready to work offline').waitFor();

    // The meeting room has no network: the server is gone and the browser is offline.
    await server?.close();
    server = undefined;
    await context.setOffline(true);

    await page.reload();
    await page.getByRole('heading', { name: 'Assessments', level: 1 }).waitFor();
    await page.getByText('You are offline').waitFor();

    const tab = await context.newPage();
    await tab.goto(url);
    await tab.getByRole('heading', { name: 'Assessments', level: 1 }).waitFor();
    await tab.getByRole('button', { name: 'New assessment' }).click();
    const title = tab.getByRole('textbox', { name: /^Title/ });
    await title.fill(TITLE);
    await tab.getByText(/Saved on this device/).waitFor();

    // A deep link opens offline too (navigation fallback to the app shell), with the data.
    const id = /\/assessments\/([^/]+)/.exec(tab.url())?.[1];
    expect(id).toBeTruthy();
    await tab.goto(`${url}/assessments/${id}/review`);
    const [download] = await Promise.all([
      tab.waitForEvent('download', { timeout: 60_000 }),
      tab
        .getByRole('button', { name: /^Export PDF/ })
        .first()
        .click(),
    ]);
    const pdf = await download.path();
    const text = execFileSync('/usr/bin/pdftotext', ['-enc', 'UTF-8', pdf, '-'], {
      encoding: 'utf8',
    });
    expect(text.normalize('NFC').replace(/\s+/g, ' ')).toContain(TITLE);

    // Next day, still offline: the list still has it.
    await tab.goto(url);
    await tab.getByRole('heading', { name: 'Assessments', level: 1 }).waitFor();
    await tab.getByText(TITLE).first().waitFor();
    await context.close();
  });
});
