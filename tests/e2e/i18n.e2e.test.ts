import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../src/i18n/locales/en.json';
import es from '../../src/i18n/locales/es.json';
import vi from '../../src/i18n/locales/vi.json';
import { launchBrowser, newContext } from './browser';
import { axe } from './axe';
import { BASE_URL, PORT } from './config';
import { serveBuild, waitForServiceWorker } from './pwa-server';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const WORDS = { en, es, vi } as const;
const NAMES = { en: 'English', es: 'Español', vi: 'Tiếng Việt' } as const;
type Lang = keyof typeof WORDS;

const TITLE = 'Vé xe buýt giảm nửa giá cho người thu nhập thấp';
const PROPOSAL =
  'Thành phố sẽ bán vé tháng giá một nửa cho cư dân có thu nhập thấp. Người dân đăng ký tại thư viện, qua điện thoại hoặc trực tuyến; không cần tài khoản ngân hàng.';
const PROBLEM =
  'Nhiều gia đình người Việt ở khu East End bỏ chuyến đi khám bệnh vì tiền vé (ịt) — “quá đắt”.';

const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, '');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const startsWith = (s: string) => new RegExp(`^${escape(s)}`);

async function expectNoSeriousA11yViolations(page: Page, where: string) {
  const found = await axe(page, { seriousOnly: true });
  expect(found.map((v) => `${where}: ${v}`)).toEqual([]);
}

async function saved(page: Page, lang: Lang) {
  const prefix = WORDS[lang].save.saved.split('{{')[0] ?? '';
  await page.locator('.app-save-status').getByText(startsWith(prefix)).waitFor();
}

/** Exports from "Check your answers" in the chosen PDF language and reads the file's text. */
async function exportPdf(page: Page, ui: Lang, pdf: Lang): Promise<string> {
  await page.getByRole('combobox', { name: WORDS[ui].pdf.button.language }).selectOption(pdf);
  await page.getByRole('button', { name: WORDS[ui].pdf.button.label, exact: true }).click();
  // These assessments are drafts: the app lists what is open (in the interface language) and asks.
  const dialog = page.getByRole('dialog', { name: WORDS[ui].pdf.button.confirmTitle });
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    dialog.getByRole('button', { name: WORDS[ui].pdf.button.confirmExport }).click(),
  ]);
  const file = join(mkdtempSync(join(tmpdir(), 'pdf-i18n-')), download.suggestedFilename());
  await download.saveAs(file);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

describe('Spanish and Vietnamese in Chromium', () => {
  it('opens in the browser’s language, keeps answers as typed, exports in another language, and every screen passes axe in all three', async () => {
    // A Vietnamese browser: the first visit opens in Vietnamese.
    const context = await newContext(browser, { locale: 'vi-VN' });
    const page = await context.newPage();
    await page.goto(BASE_URL);
    await page.getByRole('heading', { level: 1, name: vi.list.heading, exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');

    // An assessment typed in Vietnamese mode.
    await page.getByRole('button', { name: vi.list.new }).click();
    const title = page.getByRole('textbox', { name: startsWith(vi.items.meta.title.label) });
    await expect.poll(() => title.isEnabled()).toBe(true);
    await title.fill(TITLE);
    await saved(page, 'vi');
    const steps = page.getByRole('navigation', { name: vi.wizard.stepsLabel });
    await steps.getByRole('link', { name: startsWith(vi.steps.q1.title) }).click();
    await page
      .getByRole('textbox', { name: startsWith(vi.items.q1.proposal.label) })
      .fill(PROPOSAL);
    await page.getByRole('textbox', { name: startsWith(vi.items.q1.problem.label) }).fill(PROBLEM);
    await saved(page, 'vi');
    const id = /\/assessments\/([^/]+)\//.exec(page.url())?.[1] ?? '';
    expect(id).not.toBe('');

    // The PDF in Spanish: Spanish labels and headings, the Vietnamese answers exactly.
    await page.goto(`${BASE_URL}/assessments/${id}/review`);
    await page.getByRole('heading', { level: 1, name: vi.review.heading }).waitFor();
    const spanish = await exportPdf(page, 'vi', 'es');
    for (const s of [
      es.items.q1.proposal.label,
      es.items.q1.problem.label,
      es.pdf.glossary.title,
      es.pdf.reviewer.title,
      es.pdf.cover.department,
    ]) {
      expect(squash(spanish), s).toContain(squash(s));
    }
    expect(spanish).toMatch(/Página 1 de \d+/);
    expect(spanish).not.toMatch(/Page 1 of|Trang 1 \//);
    for (const s of [TITLE, PROPOSAL, PROBLEM]) expect(squash(spanish)).toContain(squash(s));

    // The switch in the header: Spanish, kept after a reload; the PDF then follows it unless
    // another language is chosen, here Vietnamese.
    await page.getByRole('button', { name: NAMES.es, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: es.review.heading }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: es.review.heading }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await page.getByRole('combobox', { name: es.pdf.button.language }).inputValue()).toBe(
      'es',
    );
    const vietnamese = await exportPdf(page, 'es', 'vi');
    for (const s of [vi.items.q1.proposal.label, vi.pdf.glossary.title, vi.pdf.reviewer.title]) {
      expect(squash(vietnamese), s).toContain(squash(s));
    }
    expect(vietnamese).toMatch(/Trang 1 \/ \d+/);
    for (const s of [TITLE, PROPOSAL, PROBLEM]) expect(squash(vietnamese)).toContain(squash(s));

    // Every screen in every language: the words change, the page language follows, axe passes.
    const screens = ['details', 'groups', 'q1', 'q2', 'q3', 'q4', 'q5', 'review'] as const;
    for (const lang of ['en', 'es', 'vi'] as const) {
      const words = WORDS[lang];
      await page.goto(BASE_URL);
      await page.getByRole('button', { name: NAMES[lang], exact: true }).click();
      await page
        .getByRole('heading', { level: 1, name: words.list.heading, exact: true })
        .waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      await expectNoSeriousA11yViolations(page, `${lang} list`);
      for (const screen of screens) {
        await page.goto(`${BASE_URL}/assessments/${id}/${screen}`);
        const heading = screen === 'review' ? words.review.heading : words.steps[screen].heading;
        await page.getByRole('heading', { level: 1, name: heading }).waitFor();
        await expectNoSeriousA11yViolations(page, `${lang} ${screen}`);
      }
    }
    // Nothing typed changed on the way.
    await page.goto(`${BASE_URL}/assessments/${id}/q1`);
    expect(
      await page
        .getByRole('textbox', { name: startsWith(vi.items.q1.proposal.label) })
        .inputValue(),
    ).toBe(PROPOSAL);
    await context.close();
  }, 300_000);

  it('switches to Vietnamese and exports a Vietnamese PDF with the network gone, after one visit', async () => {
    // Its own server (E2E_PORT + 5), so the test can take it away.
    let server: Awaited<ReturnType<typeof serveBuild>> | undefined = await serveBuild(
      process.env.BUILD_DIR ?? 'dist',
      PORT + 5,
    );
    const context = await newContext(browser);
    try {
      const page = await context.newPage();
      await page.goto(server.url);
      await page.getByRole('heading', { level: 1, name: en.list.heading, exact: true }).waitFor();
      await waitForServiceWorker(page);
      await page.getByText(en.pwa.offlineReady.text).waitFor();
      await server.close();
      server = undefined;
      await context.setOffline(true);

      // The Vietnamese words come from the precache.
      await page.reload();
      await page.getByRole('heading', { level: 1, name: en.list.heading, exact: true }).waitFor();
      await page.getByRole('button', { name: NAMES.vi, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: vi.list.heading, exact: true }).waitFor();
      await page.getByRole('button', { name: vi.list.new }).click();
      const title = page.getByRole('textbox', { name: startsWith(vi.items.meta.title.label) });
      await expect.poll(() => title.isEnabled()).toBe(true);
      await title.fill(TITLE);
      await saved(page, 'vi');
      const id = /\/assessments\/([^/]+)\//.exec(page.url())?.[1] ?? '';
      await page.goto(page.url().replace(/\/[^/]+$/, '/review'));
      await page.getByRole('heading', { level: 1, name: vi.review.heading }).waitFor();
      expect(id).not.toBe('');
      const text = await exportPdf(page, 'vi', 'vi');
      expect(squash(text)).toContain(squash(TITLE));
      expect(squash(text)).toContain(squash(vi.pdf.glossary.title));
      expect(text).toMatch(/Trang 1 \/ \d+/);
    } finally {
      await context.close();
      await server?.close();
    }
  }, 180_000);
});
