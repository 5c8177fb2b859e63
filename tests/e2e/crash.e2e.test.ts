import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  crash,
  kept,
  launchProfile,
  newProfile,
  removeProfile,
  waitGone,
} from '../../scripts/crash-harness.mjs';
import { createAssessment } from './browser';
import { BASE_URL } from './config';

/**
 * The browser dies (SIGKILL of its main process and everything it started) at a delay after the
 * last key, and is started again on the same profile. A handful of kills per case keeps this
 * fast; `npm run bench:crash` runs many.
 */
let dir: string | undefined;
let live: BrowserContext | undefined;
afterEach(async () => {
  await live?.close().catch(() => undefined);
  live = undefined;
  if (dir) await removeProfile(dir);
  dir = undefined;
});

async function start(profile: string, failing?: boolean): Promise<Page> {
  live = await launchProfile(profile, { failing });
  return live.pages()[0] ?? (await live.newPage());
}

async function crashNow(profile: string): Promise<void> {
  const pids = crash(profile);
  live = undefined;
  await waitGone(pids);
}

const proposal = (page: Page) => page.getByRole('textbox', { name: /What is the proposal/ });
const status = (page: Page) => page.locator('.app-save-status');

/** A new assessment with a title; returns the address of its proposal step. */
async function create(page: Page, title: string): Promise<string> {
  return (await createAssessment(page, title)).replace(/\/details$/, '/q1');
}

/** Waits until the step is editable and settled (the form is rebuilt once the edit lock is held). */
async function editable(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const box = document.querySelector('fieldset.app-step__fields');
    return box instanceof HTMLFieldSetElement && !box.disabled;
  });
  await page.waitForTimeout(300);
}

async function typeAtEnd(page: Page, url: string, text: string): Promise<number> {
  if (page.url() !== url) await page.goto(url);
  await editable(page);
  await proposal(page).click();
  await proposal(page).press('Control+End');
  await page.keyboard.type(text);
  return Date.now();
}

async function readProposal(page: Page, url: string): Promise<string> {
  await page.goto(url);
  await proposal(page).waitFor();
  return proposal(page).inputValue();
}

const sleepUntil = (t: number) => new Promise((r) => setTimeout(r, Math.max(0, t - Date.now())));

describe('a browser crash', () => {
  it('loses nothing typed 150 ms or more before it, with saving working', async () => {
    dir = await newProfile();
    let page = await start(dir);
    const url = await create(page, 'Bus route 12');
    for (const [i, delay] of [150, 250, 400, 1000].entries()) {
      const marker = `[k${i}:${'abcdefghijklmnop'.slice(0, 14)}]`;
      const last = await typeAtEnd(page, url, marker);
      await sleepUntil(last + delay);
      await crashNow(dir);
      page = await start(dir);
      const value = await readProposal(page, url);
      expect(kept(value, marker), `kill ${delay} ms after the last key`).toBe(marker.length);
    }
  });

  it('while every write fails: says so plainly, backs up, and a crash 6.5 s later loses nothing', async () => {
    dir = await newProfile();
    let page = await start(dir);
    const url = await create(page, 'Bus route 12');
    await live?.close();
    page = await start(dir, true);
    await page.goto(url);

    const first = '[w0:abcdefghijklmn]';
    await typeAtEnd(page, url, first);
    const banner = page.getByRole('alert').filter({ hasText: 'Not saved on this device' });
    await banner.waitFor();
    expect(await banner.textContent()).toContain(
      'Your latest changes exist only in this tab. Download a backup now.',
    );
    // The save status agrees with the banner, and the raw error appears once, folded away.
    await expect.poll(() => status(page).textContent()).toBe('Not saved on this device');
    expect((await banner.textContent())?.split('QuotaExceededError')).toHaveLength(2);
    expect(await banner.locator('details').isVisible()).toBe(true);
    expect(await banner.locator('details').getAttribute('open')).toBeNull();
    // "Download a backup now" works while saving fails, and holds what was typed.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      banner.getByRole('button', { name: 'Download a backup now' }).click(),
    ]);
    expect(await readFile(await download.path(), 'utf8')).toContain(first);

    for (const [i, delay] of [6500, 8000].entries()) {
      const marker = `[f${i}:abcdefghijklmn]`;
      const last = await typeAtEnd(page, url, marker);
      await sleepUntil(last + delay);
      await crashNow(dir);
      page = await start(dir, i === 0);
      const value = await readProposal(page, url);
      expect(kept(value, marker), `kill ${delay} ms after the last key`).toBe(marker.length);
      expect(value).toContain(first);
      // Once, calmly, naming the assessment and the step, with a link to it.
      const note = page.getByRole('status').filter({ hasText: 'were recovered' });
      expect(await note.textContent()).toContain(
        'Your last changes to “Bus route 12” (Proposal) were recovered after the browser closed unexpectedly.',
      );
      await note.getByRole('link', { name: 'Open “Bus route 12”' }).waitFor();
    }
  });

  it('never brings back an assessment deleted after a failed, then recovered, save', async () => {
    dir = await newProfile();
    for (const [i, delay] of [200, 1500].entries()) {
      let page = await start(dir, false);
      const title = `Delete me ${i}`;
      const url = await create(page, title);
      await page.goto(url);
      // Writes fail from now on in this page (a reload would end it).
      await page.evaluate(() => Reflect.set(globalThis, '__idbFail', true));
      await typeAtEnd(page, url, `[d${i}:typed while failing]`);
      const banner = page.getByRole('alert').filter({ hasText: 'Not saved on this device' });
      await banner.waitFor();
      await page.evaluate(() => Reflect.set(globalThis, '__idbFail', false));
      await banner.waitFor({ state: 'detached', timeout: 15_000 });
      await page.goto(BASE_URL);
      const card = page.getByRole('listitem', { name: title, exact: true });
      await card.getByRole('button', { name: `Delete ${title}`, exact: true }).click();
      await page.getByText(`“${title}” was deleted.`).waitFor();
      await sleepUntil(Date.now() + delay);
      await crashNow(dir);

      page = await start(dir);
      await page.goto(BASE_URL);
      await page.getByRole('heading', { name: 'Assessments', exact: true }).waitFor();
      await page.getByRole('heading', { name: 'Trash' }).waitFor();
      expect(await page.getByRole('listitem', { name: title, exact: true }).count()).toBe(0);
      expect(await page.getByRole('row').filter({ hasText: title }).count()).toBe(1);
      await live?.close();
      live = undefined;
    }
  });
});
