import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext } from './browser';
import { PORT as E2E_PORT } from './config';
import { buildApp, serveBuild, waitForServiceWorker, type AppServer } from './pwa-server';

// Its own server, next to the shared one (E2E_PORT + 2), so two checkouts can run this at once.
const PORT = E2E_PORT + 2;
const TMP = mkdtempSync(join(tmpdir(), 'edt-update-'));
const BUILD_A = join(TMP, 'a');
const BUILD_B = join(TMP, 'b');

let browser: Browser;
let server: AppServer | undefined;

beforeAll(async () => {
  // Two builds that differ only in their build id, as two releases would.
  await buildApp(BUILD_A, { VITE_BUILD_ID: 'e2e-a' });
  await buildApp(BUILD_B, { VITE_BUILD_ID: 'e2e-b' });
  browser = await launchBrowser();
}, 300_000);
afterAll(async () => {
  await server?.close();
  await browser?.close();
  rmSync(TMP, { recursive: true, force: true });
});

/** Release B replaces A on the same address; the open tab looks for an update. */
async function releaseB(page: Page): Promise<void> {
  await server?.close();
  server = await serveBuild(BUILD_B, PORT);
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
}

async function openVersionA(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('heading', { name: 'Assessments', level: 1 }).waitFor();
  await waitForServiceWorker(page);
  await page.locator('[data-build-id="e2e-a"]').waitFor({ state: 'attached' });
  return page;
}

/** The state of the new version's service worker while it waits for the user's go-ahead. */
function waitingWorkerState(page: Page): Promise<string | null> {
  return page.evaluate(
    async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state ?? null,
  );
}

const titleField = (page: Page) => page.getByRole('textbox', { name: /^Title/ });

describe('updating to a new version', () => {
  it.each([
    ['on the first visit', false],
    ['on a later visit', true],
  ])(
    'waits for "Update now", saves what was typed, then loads the new version (%s)',
    async (_when, laterVisit) => {
      server = await serveBuild(BUILD_A, PORT);
      const context = await newContext(browser);
      const page = await openVersionA(context, server.url);
      if (laterVisit) await page.reload(); // now controlled from the start

      await page.getByRole('button', { name: 'New assessment' }).click();
      await titleField(page).fill('Typed in version A');
      const address = page.url();
      const before = await titleField(page).boundingBox();

      await releaseB(page);
      await page
        .getByRole('heading', { name: 'A new version is ready' })
        .waitFor({ timeout: 60_000 });
      // The banner does not push the form down: the field being typed in stays where it was,
      // and the banner is in view with its buttons reachable.
      // (Within a pixel: layout may round a sub-pixel position differently once the banner is in.)
      const after = await titleField(page).boundingBox();
      expect(Math.abs((after?.y ?? 0) - (before?.y ?? 0))).toBeLessThan(1);
      expect(after?.x).toBe(before?.x);
      const banner = await page
        .getByRole('heading', { name: 'A new version is ready' })
        .boundingBox();
      expect(banner!.y + banner!.height).toBeLessThanOrEqual(page.viewportSize()!.height);
      expect(await page.getByRole('button', { name: 'Later' }).isEnabled()).toBe(true);

      // Nothing reloads by itself: while the user goes on typing, the new version stays waiting
      // ("installed", not activating) and the page is not loaded again.
      let loads = 0;
      page.on('load', () => (loads += 1));
      expect(await waitingWorkerState(page)).toBe('installed');

      // Typed just before choosing "Update now": the pending save must finish first.
      await titleField(page).press('End');
      await titleField(page).pressSequentially(', and just before the update');
      expect(await waitingWorkerState(page)).toBe('installed');
      expect(loads).toBe(0);
      expect(await page.locator('[data-build-id="e2e-a"]').count()).toBe(1);
      await page.getByRole('button', { name: 'Update now' }).click();

      await page.locator('[data-build-id="e2e-b"]').waitFor({ state: 'attached', timeout: 60_000 });
      expect(page.url()).toBe(address);
      await expect
        .poll(() => titleField(page).inputValue())
        .toBe('Typed in version A, and just before the update');
      await context.close();
      await server.close();
      server = undefined;
    },
  );

  it('never reloads another open tab: it offers a reload instead', async () => {
    server = await serveBuild(BUILD_A, PORT);
    const context = await newContext(browser);
    const first = await openVersionA(context, server.url);
    const second = await openVersionA(context, server.url);
    await second.getByRole('button', { name: 'New assessment' }).click();
    await titleField(second).fill('Typed in the other tab');

    await releaseB(first);
    await first
      .getByRole('heading', { name: 'A new version is ready' })
      .waitFor({ timeout: 60_000 });
    await second.getByRole('heading', { name: 'A new version is ready' }).waitFor();
    await first.getByRole('button', { name: 'Update now' }).click();
    await first.locator('[data-build-id="e2e-b"]').waitFor({ state: 'attached', timeout: 60_000 });

    // The other tab keeps its page and its text, and says how to get the new version.
    await second.getByRole('heading', { name: 'Updated in another tab' }).waitFor();
    expect(await second.locator('[data-build-id="e2e-a"]').count()).toBe(1);
    expect(await titleField(second).inputValue()).toBe('Typed in the other tab');

    await second.getByRole('button', { name: 'Reload this tab' }).click();
    await second.locator('[data-build-id="e2e-b"]').waitFor({ state: 'attached', timeout: 60_000 });
    expect(await titleField(second).inputValue()).toBe('Typed in the other tab');
    await context.close();
  });
});
