#!/usr/bin/env node
// `npm run bench:offline` (after `npm run build`): how long an offline reload takes to a usable
// list of 200 stored assessments. Serves dist/ on 127.0.0.1:4320, opens it once in Chromium so the
// service worker caches the app, stores 200 assessments (the shared typical fixture, each with its
// own id and title) in the app's IndexedDB, goes offline, then reloads RUNS times. Each figure is
// the time from the reload's navigation start to the moment all 200 cards are on screen.
// Prints the figures and the median; exits 1 above the target.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';
import { preview, runnerImport } from 'vite';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = process.env.BUILD_DIR ?? `${ROOT}dist`;
const PORT = Number(process.env.BENCH_PORT ?? 4320);
const COUNT = Number(process.env.BENCH_COUNT ?? 200);
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const TARGET_MS = 300;
// Same flags as tests/e2e/browser.ts.
const DB_NAME = 'equity-decision-tool';
const CARDS = 'main ul[aria-label="Assessments"] > li';

if (!existsSync(`${DIST}/sw.js`)) {
  console.error('No build with a service worker in dist/: run `npm run build` first.');
  process.exit(2);
}

/**
 * 200 valid stored records: the shared typical fixture (tests/fixtures/assessments.ts) with new ids,
 * or, without it, the app's own empty assessment (domain/factory.ts) with a title and department.
 */
async function makeRecords() {
  const load = (path) =>
    runnerImport(`${ROOT}${path}`, {
      configFile: false,
      logLevel: 'silent',
      resolve: { alias: { '@': `${ROOT}src` } },
    }).then((r) => r.module);
  const year = new Date().getFullYear();
  let base;
  if (existsSync(`${ROOT}tests/fixtures/assessments.ts`)) {
    base = (await load('tests/fixtures/assessments.ts')).typicalAssessment();
  } else {
    const factory = await load('src/domain/factory.ts');
    base = factory.newAssessment({ id: crypto.randomUUID(), now: new Date() });
    base.meta = { ...base.meta, title: 'Half-price bus pass', department: 'Transportation' };
  }
  const { readableIdFor } = await load('src/domain/readable-id.ts');
  return Array.from({ length: COUNT }, (_, i) => {
    const at = new Date(Date.UTC(year, 0, 1) + i * 3_600_000).toISOString();
    const id = crypto.randomUUID();
    return {
      ...structuredClone(base),
      id,
      readableId: readableIdFor(id, year),
      createdAt: at,
      updatedAt: at,
      meta: { ...base.meta, title: `Bench assessment ${i + 1}: ${base.meta.title}` },
    };
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

const records = await makeRecords();
const server = await preview({
  configFile: false,
  logLevel: 'silent',
  root: ROOT,
  appType: 'spa',
  build: { outDir: DIST },
  preview: { host: '127.0.0.1', port: PORT, strictPort: true },
});
const url = `http://127.0.0.1:${PORT}/`;
const browser = await launchChromium();

let exitCode = 0;
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('heading', { name: 'Assessments', level: 1 }).waitFor();
  await page.waitForFunction(
    async () => {
      await navigator.serviceWorker.ready;
      return navigator.serviceWorker.controller !== null;
    },
    undefined,
    { timeout: 60_000 },
  );

  // Store the records the way the app does: one plain JSON record per assessment.
  await page.evaluate(
    ({ name, rows }) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('assessments', 'readwrite');
          const store = tx.objectStore('assessments');
          for (const row of rows) store.put(row);
          tx.oncomplete = () => {
            db.close();
            resolve(undefined);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { name: DB_NAME, rows: records },
  );

  await server.close();
  await context.setOffline(true);

  const usableAt = async () => {
    await page.reload({ waitUntil: 'commit' });
    const handle = await page.waitForFunction(
      ({ selector, count }) =>
        document.querySelectorAll(selector).length >= count ? performance.now() : false,
      { selector: CARDS, count: COUNT },
      { polling: 'raf', timeout: 30_000 },
    );
    const usable = await handle.jsonValue();
    const nav = await page.evaluate(() => {
      const [n] = performance.getEntriesByType('navigation');
      return { html: n?.responseEnd ?? NaN, scripts: n?.domContentLoadedEventEnd ?? NaN };
    });
    return { usable, ...nav };
  };

  await usableAt(); // warm-up: not counted
  const runs = [];
  for (let i = 0; i < RUNS; i += 1) runs.push(await usableAt());
  const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
  const times = runs.map((r) => r.usable);
  const m = median(times);
  const ms = (x) => `${x.toFixed(0)} ms`;

  console.log(`Offline reload to a usable list of ${COUNT} assessments (${RUNS} runs)`);
  console.log(`  served by the service worker: ${controlled ? 'yes' : 'NO'}`);
  console.log(`  runs (ms):  ${times.map((t) => t.toFixed(0)).join(', ')}`);
  console.log(`  min ${ms(Math.min(...times))} · max ${ms(Math.max(...times))}`);
  console.log(
    `  medians: HTML from the service worker ${ms(median(runs.map((r) => r.html)))}` +
      ` · scripts run ${ms(median(runs.map((r) => r.scripts)))}`,
  );
  console.log(`  median to a usable list: ${ms(m)} (target ≤ ${TARGET_MS} ms)`);
  if (!controlled || m > TARGET_MS) exitCode = 1;
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
process.exit(exitCode);
