import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assessment } from '@/domain/assessment';
import { sizedAssessment } from '../fixtures/assessments';
import { launchBrowser, newContext } from './browser';
import { axe } from './axe';
import { BASE_URL } from './config';

/**
 * A big assessment (30 rows in every table, every long answer 5,000 characters) written straight
 * into the app's database: rows open folded to one line, and folding loses nothing — typed text,
 * links to a field in a folded row, keyboard order, accessibility.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const DB_NAME = 'equity-decision-tool';

/** The big assessment, with measure K21 not broken down by race and no reason given (one check). */
function bigAssessment(): Assessment {
  const a = sizedAssessment(30, 5_000);
  const k21 = a.q5.measures[20];
  if (!k21) throw new Error('fixture has no K21');
  k21.byRace = 'no';
  k21.byRaceWhy = '';
  return a;
}

async function seeded(record: Assessment): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(BASE_URL);
  await page.getByRole('heading', { level: 1, name: 'Assessments' }).waitFor();
  await page.evaluate(
    ({ name, row }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('assessments', 'readwrite');
          tx.objectStore('assessments').put(row);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error ?? new Error('write failed'));
        };
      }),
    { name: DB_NAME, row: record },
  );
  return { context, page };
}

async function openStep(page: Page, id: string, step: string, heading: RegExp) {
  await page.goto(`${BASE_URL}/assessments/${id}/${step}`);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** The summary line of a row, by its title ("Harm H2"). */
const summary = (page: Page, title: string) =>
  page.locator('summary.app-row__summary', {
    has: page.locator('.app-row__title', { hasText: new RegExp(`^${title}$`) }),
  });

async function focusedId(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.id ?? '');
}

async function waitUntilSaved(page: Page) {
  await page
    .locator('.app-save-status')
    .getByText(/^Saved on this device/)
    .waitFor();
}

describe('a step with 30-row tables', () => {
  it('shows each row as one folded line with its label, groups and first words', async () => {
    const a = bigAssessment();
    const { context, page } = await seeded(a);
    await openStep(page, a.id, 'q4', /unintended consequences/i);
    const harms = page.locator('#f-harms .app-row__summary');
    expect(await harms.count()).toBe(30);
    // Folded rows draw no fields: only their summary line.
    expect(await page.locator('#f-harms-1-description').count()).toBe(0);
    const h2 = summary(page, 'Harm H2');
    const line = (await h2.textContent()) ?? '';
    expect(line).toContain(a.q4.harms[1]!.description.slice(0, 30));
    // One line high.
    const box = await h2.boundingBox();
    expect(box!.height).toBeLessThan(60);
    await context.close();
  });

  it('keeps what is typed in a row through folding, Next and Back', async () => {
    const a = bigAssessment();
    const { context, page } = await seeded(a);
    await openStep(page, a.id, 'q4', /unintended consequences/i);
    await summary(page, 'Harm H2').click();
    const box = page.locator('#f-harms-1-description');
    await box.waitFor();
    const typed = 'Giá thuê tăng (ịt) — alquileres más altos for renters near Đặng Street';
    await box.fill(typed);
    // Fold and open again before anything is saved: the words are still there.
    await summary(page, 'Harm H2').click();
    await expect.poll(() => page.locator('#f-harms-1-description').count()).toBe(0);
    expect(await summary(page, 'Harm H2').textContent()).toContain('Giá thuê tăng (ịt)');
    await summary(page, 'Harm H2').click();
    expect(await page.locator('#f-harms-1-description').inputValue()).toBe(typed);
    await waitUntilSaved(page);
    await page.locator('.app-step__buttons').getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { level: 1, name: /accountable/i }).waitFor();
    await page.locator('.app-step__buttons').getByRole('button', { name: 'Back' }).click();
    await page.getByRole('heading', { level: 1, name: /unintended consequences/i }).waitFor();
    await summary(page, 'Harm H2').click();
    expect(await page.locator('#f-harms-1-description').inputValue()).toBe(typed);
    // And after a reload, from the device's storage.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /unintended consequences/i }).waitFor();
    await summary(page, 'Harm H2').click();
    expect(await page.locator('#f-harms-1-description').inputValue()).toBe(typed);
    await context.close();
  });

  it('opens the folded row and focuses the field a link points at', async () => {
    const a = bigAssessment();
    const { context, page } = await seeded(a);
    // The form of every Change link (field-link.ts): deep in a folded row, near the end of the step.
    await page.goto(`${BASE_URL}/assessments/${a.id}/q4?field=harms.27.severity&from=review`);
    await page.getByRole('heading', { level: 1, name: /unintended consequences/i }).waitFor();
    await expect.poll(() => focusedId(page)).toBe('f-harms-27-severity');
    const inView = await page.evaluate(() => {
      const r = document.activeElement!.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);
    expect(await page.locator('#f-harms-27-severity').inputValue()).toBe(a.q4.harms[27]!.severity);

    // From "Check your answers": the open check on K21 links to its reason, in a folded row.
    await page.goto(`${BASE_URL}/assessments/${a.id}/review`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.locator('a[href*="field=measures.20.byRaceWhy"]').first().click();
    await page.getByRole('heading', { level: 1, name: /accountable/i }).waitFor();
    await expect.poll(() => focusedId(page)).toBe('f-measures-20-byRaceWhy');
    await page.keyboard.type('Not collected by race yet: asking the state.');
    expect(await page.locator('#f-measures-20-byRaceWhy').inputValue()).toBe(
      'Not collected by race yet: asking the state.',
    );
    await context.close();
  });

  it('keeps the keyboard order: a folded row is one stop, an open row its fields then the next row', async () => {
    const a = bigAssessment();
    const { context, page } = await seeded(a);
    await openStep(page, a.id, 'q4', /unintended consequences/i);
    await summary(page, 'Harm H1').focus();
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('f-harms-1');
    // Enter opens the row; Tab goes into its fields, in order, then on to the next row.
    await page.keyboard.press('Shift+Tab');
    expect(await focusedId(page)).toBe('f-harms-0');
    await page.keyboard.press('Enter');
    await page.locator('#f-harms-0-description').waitFor();
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('f-harms-0-description');
    const seen: string[] = [];
    for (let i = 0; i < 60; i += 1) {
      await page.keyboard.press('Tab');
      const id = await focusedId(page);
      seen.push(id);
      if (id === 'f-harms-1') break;
    }
    expect(seen.at(-1)).toBe('f-harms-1');
    const text = await page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(text).toContain('Harm H2');
    // On the way: the row's own fields, then its Remove button, and nothing of another row.
    expect(seen.some((id) => id.startsWith('f-harms-0-likelihood'))).toBe(true);
    expect(seen.filter((id) => id.startsWith('f-') && !id.startsWith('f-harms-0'))).toEqual([
      'f-harms-1',
    ]);
    await context.close();
  });

  it('caps a long answer at about 20 lines, shows all of it on request, and has no axe violations', async () => {
    const a = bigAssessment();
    const { context, page } = await seeded(a);
    await openStep(page, a.id, 'q4', /unintended consequences/i);
    const answer = page.locator('#f-alternatives');
    await answer.scrollIntoViewIfNeeded();
    const size = () =>
      answer.evaluate((el) => ({ client: el.clientHeight, scroll: el.scrollHeight }));
    const capped = await size();
    expect(capped.scroll).toBeGreaterThan(capped.client * 2);
    const lineHeight = await answer.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    expect(capped.client / lineHeight).toBeGreaterThan(18);
    expect(capped.client / lineHeight).toBeLessThan(24);
    const toggle = page.locator('button[aria-controls="f-alternatives"]');
    expect(await toggle.textContent()).toBe('Show the whole answer');
    await toggle.click();
    const all = await size();
    expect(all.client).toBeGreaterThanOrEqual(all.scroll - 2);
    expect(await toggle.textContent()).toBe('Show less of the answer');
    await toggle.click();
    expect((await size()).client).toBe(capped.client);

    // Folded rows, one open row, long answers: nothing for axe to flag.
    await summary(page, 'Strategy M3').click();
    await page.locator('#f-mitigations-2-strategy').waitFor();
    expect(await axe(page)).toEqual([]);
    await context.close();
  });
});
