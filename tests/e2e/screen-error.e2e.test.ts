import type { Browser } from 'playwright-core';
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

describe('a screen whose code cannot be loaded, in Chromium', () => {
  it('lands in the screen error boundary, and "Try again" loads the screen', async () => {
    // No service worker: requests reach the network, where this test cuts the wizard's code off
    // (as with an old copy of the app offline, whose cache no longer holds that file).
    const context = await newContext(browser, { serviceWorkers: 'block' });
    const page = await context.newPage();
    let reachable = false;
    const fetched: string[] = [];
    await page.route(/\/assets\/wizard-page-[^/]+\.js$/, (route) => {
      fetched.push(route.request().url());
      return reachable ? route.continue() : route.abort('internetdisconnected');
    });
    await page.goto(BASE_URL);
    await page.getByRole('heading', { name: 'Assessments', exact: true }).waitFor();
    await page.getByRole('button', { name: 'New assessment' }).click();

    const heading = page.getByRole('heading', { level: 1, name: 'This page could not be loaded' });
    await heading.waitFor();
    await expect.poll(() => heading.evaluate((h) => h === document.activeElement)).toBe(true);
    expect(await page.title()).toContain('This page could not be loaded');
    // The browser's own words stay folded away under "Technical details".
    const raw = page.getByText(/dynamically imported module/);
    expect(await raw.isVisible()).toBe(false);
    await page.getByText('Technical details').click();
    expect(await raw.isVisible()).toBe(true);
    expect(fetched).toHaveLength(1);

    reachable = true;
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { level: 1, name: 'About this assessment' }).waitFor();
    expect(fetched).toHaveLength(2);

    await context.close();
  });
});
