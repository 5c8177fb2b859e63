#!/usr/bin/env node
// `npm run bench:export` (after `npm run build`): a typical PDF exported from its card, as a user
// does it, at 1× and with the CPU throttled 4× (a slow laptop; CDP Emulation.setCPUThrottlingRate).
// Serves dist/ on 127.0.0.1, stores one typical assessment the way the app does, then, RUNS times
// per mode: reloads the list, presses "Export PDF" and times press → download, three exports in a
// row (the first after a page load starts the PDF worker and reads the fonts; the next ones find it
// ready). Two modes: pressed at once, and pointed at for HOVER_MS first (the button gets the worker
// ready when pointed at, src/features/pdf-export/warm-pdf.ts). Then the same from "Check your
// answers", opened READ_MS before the press (its button gets the worker ready once the page is
// idle). Prints medians; not pass/fail.
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { DIST, load, median, seedAssessments, serveDist } from './bench-seed.mjs';
import { launchChromium } from './chromium.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 4322);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const RATES = (process.env.BENCH_RATES ?? '1,4').split(',').map(Number);
const HOVER_MS = Number(process.env.HOVER_MS ?? 400);
const READ_MS = Number(process.env.READ_MS ?? 1000);
const EXPORTS = 3;

if (!existsSync(`${DIST}/index.html`)) {
  console.error('No build in dist/: run `npm run build` first.');
  process.exit(2);
}

const url = `http://127.0.0.1:${PORT}/`;
const server = await serveDist(PORT);
const browser = await launchChromium();
try {
  const context = await browser.newContext({
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('heading', { name: 'Assessments', exact: true }).waitFor();
  const { typicalAssessment } = await load('tests/fixtures/assessments.ts');
  const a = typicalAssessment();
  await seedAssessments(page, [a]);
  const cdp = await context.newCDPSession(page);
  const button = () => page.getByRole('button', { name: 'Export PDF' }).first();

  /** Press → the download starts, in ms; pointed at for `hover` ms first when asked. */
  const exportOnce = async (hover) => {
    if (hover) {
      await button().hover();
      await page.waitForTimeout(hover);
    }
    const started = Date.now();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      button().click(),
    ]);
    const ms = Date.now() - started;
    if (!(await download.path())) throw new Error('The PDF did not download');
    // Away from the button, so the next hover is one.
    await page.mouse.move(0, 0);
    return ms;
  };

  const report = (rate, label, times) =>
    console.log(
      `  ${rate}× CPU, ${label.padEnd(36)} ${times
        .map((t, i) => `export ${i + 1}: ${median(t).toFixed(0).padStart(5)}`)
        .join('   ')}   (all: ${times.map((t) => t.join('/')).join(', ')})`,
    );

  console.log(
    `A typical PDF from its card: press → download (ms), median of ${RUNS} page loads; load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );
  for (const rate of RATES) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    for (const hover of [0, HOVER_MS]) {
      const times = Array.from({ length: EXPORTS }, () => []);
      for (let run = 0; run < RUNS; run += 1) {
        await page.goto(url);
        await page.getByRole('link', { name: a.meta.title }).first().waitFor();
        for (let i = 0; i < EXPORTS; i += 1) times[i].push(await exportOnce(hover));
      }
      report(rate, hover ? `card, pointed at ${hover} ms first` : 'card, pressed at once', times);
    }
    const times = Array.from({ length: EXPORTS }, () => []);
    for (let run = 0; run < RUNS; run += 1) {
      await page.goto(`${url}assessments/${a.id}/review`);
      await button().waitFor();
      await page.waitForTimeout(READ_MS);
      for (let i = 0; i < EXPORTS; i += 1) times[i].push(await exportOnce(0));
    }
    report(rate, `Check your answers, open ${READ_MS} ms`, times);
  }
} finally {
  await browser.close();
  await server.close();
}
