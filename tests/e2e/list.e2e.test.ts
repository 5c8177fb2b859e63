import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssessment, launchBrowser, newContext } from './browser';
import { axe } from './axe';

const COUNT = 120;
const PAGE = 20;
const CARDS = 'main ul[aria-label="Assessments"] > li';

let browser: Browser;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  context = await newContext(browser);
  page = await context.newPage();
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

async function expectNoSeriousA11yViolations(where: string) {
  const found = await axe(page, { seriousOnly: true });
  expect(found.map((v) => `${where}: ${v}`)).toEqual([]);
}

const status = () => page.locator('main p.app-count[role="status"]');
const focused = () =>
  page.evaluate(() => {
    const el = document.activeElement;
    return { tag: el?.tagName ?? '', text: el?.textContent?.trim() ?? '' };
  });

describe('the list of many assessments', () => {
  it('builds the summaries of records stored without them, and shows a page at a time', async () => {
    await createAssessment(page, 'Seed');
    await page.getByRole('link', { name: 'All assessments' }).click();
    await status().filter({ hasText: '1 assessment' }).waitFor();

    // Records written straight into IndexedDB (as another tool or an older version would), with
    // no summary: the app must find them at start and build their summaries.
    await page.evaluate(async (count) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('equity-decision-tool');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const all = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const req = db.transaction('assessments').objectStore('assessments').getAll();
        req.onsuccess = () => resolve(req.result as Record<string, unknown>[]);
        req.onerror = () => reject(req.error);
      });
      const [seed] = all;
      if (!seed) throw new Error('no seed record');
      const year = String(seed.readableId).slice(3, 7);
      const tx = db.transaction('assessments', 'readwrite');
      for (let i = 2; i <= count; i += 1) {
        const meta = seed.meta as Record<string, unknown>;
        // Written in the first shape (per-device numbers): the app migrates them at start.
        tx.objectStore('assessments').put({
          ...seed,
          schemaVersion: 1,
          id: crypto.randomUUID(),
          readableId: `EQ-${year}-${String(i).padStart(4, '0')}`,
          updatedAt: new Date(Date.now() + i * 60_000).toISOString(),
          meta: { ...meta, title: `Assessment ${i}`, department: i % 2 ? 'Parks' : 'Housing' },
        });
      }
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    }, COUNT);

    await page.reload();
    await status()
      .filter({ hasText: `${COUNT} assessments (the first ${PAGE} shown)` })
      .waitFor();
    expect(await page.locator(CARDS).count()).toBe(PAGE);
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              const open = indexedDB.open('equity-decision-tool');
              open.onsuccess = () => {
                const req = open.result.transaction('summaries').objectStore('summaries').count();
                req.onsuccess = () => {
                  open.result.close();
                  resolve(req.result);
                };
              };
            }),
        ),
      )
      .toBe(COUNT);
    // Newest first.
    await expect
      .poll(() => page.locator(`${CARDS} h2`).first().textContent())
      .toBe(`Assessment ${COUNT}`);
    await expectNoSeriousA11yViolations('the list, first page');
  });

  it('keeps keyboard order through "Show more", moves focus to the first new card, and says so', async () => {
    const showMore = page.getByRole('button', { name: `Show ${PAGE} more` });
    // After the last card's last button comes "Show more".
    await page
      .locator(CARDS)
      .nth(PAGE - 1)
      .getByRole('button', { name: /^Delete/ })
      .focus();
    await page.keyboard.press('Tab');
    expect(await showMore.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await status()
      .filter({ hasText: `${COUNT} assessments (the first ${2 * PAGE} shown)` })
      .waitFor();
    expect(await page.locator(CARDS).count()).toBe(2 * PAGE);
    expect(await focused()).toEqual({ tag: 'A', text: `Assessment ${COUNT - PAGE}` });
    // Back one step: the previous card's last button.
    await page.keyboard.press('Shift+Tab');
    const before = await focused();
    expect(before.tag).toBe('BUTTON');
    expect(before.text).toMatch(new RegExp(`^Delete\\s+Assessment ${COUNT - PAGE + 1}$`));
    await expectNoSeriousA11yViolations('the list, two pages');
  });

  it('searches as one types, announces the count, and clearing brings the first page back', async () => {
    const search = page.getByRole('searchbox', { name: /^Search by title/ });
    await search.click();
    await page.keyboard.type('parks');
    const parks = Array.from({ length: COUNT - 1 }, (_, k) => k + 2).filter((i) => i % 2).length;
    await status()
      .filter({ hasText: `${parks} of ${COUNT} assessments match (the first ${PAGE} shown)` })
      .waitFor();
    expect(await page.locator(CARDS).count()).toBe(PAGE);
    // By its former per-device number (EQ-2026-0077): random readable ids may hold "77" too.
    await page.keyboard.type(' 0077');
    await status()
      .filter({ hasText: `1 of ${COUNT} assessments matches` })
      .waitFor();
    expect(await page.locator(`${CARDS} h2`).allTextContents()).toEqual(['Assessment 77']);
    await expectNoSeriousA11yViolations('the list, searched');
    // Tab from the search goes to the one card found.
    await page.keyboard.press('Tab');
    expect(await focused()).toEqual({ tag: 'A', text: 'Assessment 77' });
    await search.fill('');
    await status()
      .filter({ hasText: `${COUNT} assessments (the first ${PAGE} shown)` })
      .waitFor();
    expect(await page.locator(CARDS).count()).toBe(PAGE);
  });
});
