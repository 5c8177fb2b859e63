// Team sync benchmark (issue 16), against pouchdb-server from npm on 127.0.0.1 (in memory):
// 1. time for a fresh device to receive COUNT assessments (typical size) from the server: from
//    the page load with sync turned on to every record written in the app's IndexedDB;
// 2. time for one edit to appear on a second device while both are online: from the key typed on
//    device A to the record holding it in device B's IndexedDB (autosave, push, replication both
//    ways, validation and write included), median and max of EDITS edits.
// Needs a build: `npm run build && npm run bench:sync`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { preview, runnerImport } from 'vite';
import { launchChromium } from './chromium.mjs';
import { startCouchServer } from './couch-test-server.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = process.env.BUILD_DIR ?? `${ROOT}dist`;
const PORT = Number(process.env.BENCH_PORT ?? 4323);
const COUNT = Number(process.env.BENCH_COUNT ?? 1000);
const EDITS = Number(process.env.BENCH_EDITS ?? 5);
const APP_DB = 'equity-decision-tool';

if (!existsSync(`${DIST}/index.html`)) {
  console.error('No build in dist/: run `npm run build` first.');
  process.exit(2);
}

const load = (path) =>
  runnerImport(`${ROOT}${path}`, {
    configFile: false,
    logLevel: 'silent',
    resolve: { alias: { '@': `${ROOT}src` } },
  }).then((r) => r.module);

const { typicalAssessment } = await load('tests/fixtures/assessments.ts');
const { readableIdFor } = await load('src/domain/readable-id.ts');
const { syncDocId } = await load('src/domain/sync.ts');
const { SYNC_SETTINGS_KEY } = await load('src/store/sync-settings.ts');

const base = typicalAssessment();
const year = new Date().getFullYear();
const records = Array.from({ length: COUNT }, (_, i) => {
  const id = crypto.randomUUID();
  const at = new Date(Date.UTC(year, 0, 1) + i * 3_600_000).toISOString();
  return {
    ...structuredClone(base),
    id,
    readableId: readableIdFor(id, year),
    createdAt: at,
    updatedAt: at,
    meta: { ...base.meta, title: `Bench assessment ${i + 1}` },
  };
});

const couch = await startCouchServer();
const dbUrl = await couch.createDb('bench');
const docs = records.map((record) => ({
  _id: syncDocId({ kind: 'assessment', id: record.id }),
  kind: 'assessment',
  record,
}));
const bulk = await fetch(`${dbUrl}/_bulk_docs`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ docs }),
});
if (!bulk.ok) throw new Error(`seeding the server failed: ${bulk.status}`);
const bytes = JSON.stringify(docs).length;

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

/** Count of records in the app's IndexedDB (0 before it exists). */
function countRecords(name) {
  return new Promise((resolve) => {
    const open = indexedDB.open(name);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('assessments')) return resolve(0);
      const req = db.transaction('assessments').objectStore('assessments').count();
      req.onsuccess = () => {
        resolve(req.result);
        db.close();
      };
    };
    open.onerror = () => resolve(0);
  });
}

/** The title stored for one assessment in the app's IndexedDB. */
function storedTitle([name, id]) {
  return new Promise((resolve) => {
    const open = indexedDB.open(name);
    open.onsuccess = () => {
      const db = open.result;
      const req = db.transaction('assessments').objectStore('assessments').get(id);
      req.onsuccess = () => {
        resolve(req.result?.meta?.title);
        db.close();
      };
      req.onerror = () => resolve(undefined);
    };
    open.onerror = () => resolve(undefined);
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function freshDevice() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('heading', { name: 'Assessments', exact: true }).waitFor();
  await page.evaluate(
    ([key, value]) => localStorage.setItem(key, value),
    [SYNC_SETTINGS_KEY, JSON.stringify({ enabled: true, url: dbUrl, remember: false })],
  );
  const start = Date.now();
  await page.reload();
  const deadline = start + 600_000;
  while ((await page.evaluate(countRecords, APP_DB)) < COUNT) {
    if (Date.now() > deadline) throw new Error('the first sync did not finish in 10 minutes');
    await sleep(100);
  }
  return { page, context, ms: Date.now() - start };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

try {
  console.log(
    `Server: pouchdb-server (in memory) on 127.0.0.1, ${COUNT} typical assessments, ` +
      `${(bytes / 1024 / 1024).toFixed(1)} MB of JSON`,
  );
  const a = await freshDevice();
  console.log(`Fresh device A: ${COUNT} assessments synced in ${(a.ms / 1000).toFixed(1)} s`);
  const b = await freshDevice();
  console.log(`Fresh device B: ${COUNT} assessments synced in ${(b.ms / 1000).toFixed(1)} s`);
  const onA = await a.page.evaluate(countRecords, APP_DB);
  if (onA !== COUNT) throw new Error(`A holds ${onA} of ${COUNT}`);

  const target = records[0];
  await a.page.goto(`${url}assessments/${target.id}/details`);
  const title = a.page.getByRole('textbox', { name: /^Title/ }).first();
  await title.waitFor();
  const times = [];
  for (let i = 1; i <= EDITS; i++) {
    const text = `Edited on device A, round ${i}`;
    const start = Date.now();
    await title.fill(text);
    while ((await b.page.evaluate(storedTitle, [APP_DB, target.id])) !== text) {
      if (Date.now() - start > 60_000) throw new Error('the edit did not arrive in 60 s');
      await sleep(20);
    }
    times.push(Date.now() - start);
  }
  console.log(
    `One edit on A → in B's IndexedDB, both online (${EDITS} edits): median ` +
      `${median(times).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms ` +
      `(includes the app's autosave, up to 400 ms, and the push delay, 300 ms)`,
  );
} finally {
  await browser.close();
  await server.close();
  await couch.stop();
}
