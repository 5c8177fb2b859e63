// Screenshots of the list, a wizard step and "Check your answers" in each language at 1280, 768
// and 390 px, for checking by eye that longer Spanish text and Vietnamese diacritics fit; also
// prints any element that runs past the right edge of the page. Needs a build served on
// BASE_URL (default http://127.0.0.1:4173, e.g. `npm start`). Usage:
//   node scripts/screenshots-i18n.mjs [out-dir]
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './chromium.mjs';

const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:4173';
const OUT = process.argv[2] ?? 'test-results/screenshots-i18n';
const WIDTHS = [1280, 768, 390];
const PART = 1000;
const LANGUAGES = [
  ['en', 'English'],
  ['es', 'Español'],
  ['vi', 'Tiếng Việt'],
];
const fixture = readFileSync(new URL('../tests/fixtures/package-v1.json', import.meta.url));
const id = JSON.parse(fixture.toString('utf8')).assessments[0].assessment.id;
const SCREENS = [
  ['list', '/'],
  ['q4', `/assessments/${id}/q4`],
  ['review', `/assessments/${id}/review`],
];

/** Elements whose box runs past the viewport's right edge, or whose text is clipped sideways. */
function overflowing() {
  const width = document.documentElement.clientWidth;
  const out = [];
  for (const el of document.querySelectorAll('body *')) {
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    if (el.closest('.usa-sr-only, [hidden]')) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const clipped =
      el.scrollWidth > el.clientWidth + 1 &&
      ['hidden', 'clip'].includes(style.overflowX) &&
      el.clientWidth > 0;
    if (r.right > width + 1 || clipped) {
      const name = `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''}`;
      out.push(
        `${name} right=${Math.round(r.right)} (${(el.textContent ?? '').trim().slice(0, 40)})`,
      );
    }
  }
  return [...new Set(out)].slice(0, 15);
}

mkdirSync(join(OUT, 'parts'), { recursive: true });
const browser = await launchChromium();
let problems = 0;
try {
  for (const width of WIDTHS) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(BASE_URL);
    await page.getByRole('button', { name: 'Import', exact: true }).first().waitFor();
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Import', exact: true }).first().click(),
    ]);
    await chooser.setFiles({ name: 'fixture.json', mimeType: 'application/json', buffer: fixture });
    await page.getByRole('dialog').getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText(/Import finished/).waitFor();
    for (const [language, name] of LANGUAGES) {
      await page.getByRole('button', { name, exact: true }).click();
      await page.waitForFunction((l) => document.documentElement.lang === l, language);
      for (const [screen, path] of SCREENS) {
        await page.goto(`${BASE_URL}${path}`);
        await page.locator('h1').first().waitFor();
        await page.waitForTimeout(300);
        const file = join(OUT, `${language}-${screen}-${width}.png`);
        await page.screenshot({ path: file, fullPage: true });
        // The whole page, and the same in parts a person can read at full size.
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        for (let y = 0, part = 1; y < height; y += PART, part += 1) {
          await page.screenshot({
            path: join(
              OUT,
              'parts',
              `${language}-${screen}-${width}-${String(part).padStart(2, '0')}.png`,
            ),
            fullPage: true,
            clip: { x: 0, y, width, height: Math.min(PART, height - y) },
          });
        }
        const over = await page.evaluate(overflowing);
        if (over.length > 0) problems += 1;
        console.log(`${file}${over.length ? `\n  past the edge: ${over.join('\n  ')}` : ''}`);
      }
    }
    await context.close();
  }
} finally {
  await browser.close();
}
console.log(problems === 0 ? 'Nothing runs past the edge.' : `${problems} screens with overflow.`);
