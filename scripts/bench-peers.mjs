#!/usr/bin/env node
// `npm run bench:peers`: our figures next to peers', in one run on this machine, as ratios.
// Builds small peer pages from npm packages installed into a temporary folder (never the app's
// dependencies): "bare", a React hello-world built with Vite (the floor for a React page), and
// SurveyJS (survey-core + survey-react-ui for a form, survey-pdf for the PDF: what a city would
// otherwise buy). Prints
//   - home page weight, JS + CSS gzip (scripts/page-weight.mjs), ours vs bare; target ≤ 2 ×;
//   - the same, counted in Chromium: every script and stylesheet the page itself fetched by the
//     time it is usable (dynamic imports included), ours vs bare;
//   - PDF time in Chromium, alternating runs: survey-pdf making 12 answers of 20,000 characters,
//     and our app's worker (scripts/pdf-bench) making the same content (comparableAssessment in
//     tests/fixtures: the same 12 answers, the same words); target: never slower (≤ 1 ×). Our
//     stress PDF too (five 20,000-character answers and nine 100-row tables); target ≤ 1.2 s.
// Needs a build (`npm run build`). BENCH_PEERS_DIR keeps the peers' install between runs.
import { execFileSync } from 'node:child_process';
import { createServer as createHttpServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { launchChromium } from './chromium.mjs';
import { kb, pageWeight } from './page-weight.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const dir = resolve(process.env.BENCH_PEERS_DIR ?? join(tmpdir(), 'equity-tool-bench-peers'));
const PORT = Number(process.env.BENCH_PORT ?? 4420);
const PDF_RUNS = Number(process.env.BENCH_PDF_RUNS ?? 3);
const TARGET = { weightRatio: 2, pdfRatio: 1, stressMs: 1200 };

const version = (name) =>
  JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
// The same React as ours; survey-pdf 2.5 needs survey-core 2.5 (the same for survey-react-ui).
const SURVEY = '2.5.25';
const PEERS = {
  react: version('react'),
  'react-dom': version('react-dom'),
  'survey-core': SURVEY,
  'survey-react-ui': SURVEY,
  'survey-pdf': SURVEY,
};

const tick = (ok) => (ok ? '✓' : '✗');
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const secs = (ms) => `${(ms / 1000).toFixed(2)} s`;

function installPeers() {
  mkdirSync(dir, { recursive: true });
  const pkg = { private: true, type: 'module', dependencies: PEERS };
  const file = join(dir, 'package.json');
  const same = existsSync(file) && readFileSync(file, 'utf8') === JSON.stringify(pkg, null, 2);
  if (same && existsSync(join(dir, 'node_modules/survey-pdf'))) return;
  writeFileSync(file, JSON.stringify(pkg, null, 2));
  console.log(
    `installing ${Object.entries(PEERS)
      .map(([n, v]) => `${n}@${v}`)
      .join(' ')} in ${dir}`,
  );
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: dir,
    stdio: 'inherit',
  });
}

const HTML = (title, script) => `<!doctype html>
<html lang="en">
  <head><meta charset="UTF-8" /><meta name="viewport" content="width=device-width" /><title>${title}</title></head>
  <body><div id="root"></div><p id="status">loading</p><script type="module" src="./${script}"></script></body>
</html>
`;

/** Each peer page: its files, written into the temporary folder. */
const PAGES = {
  bare: {
    'main.jsx': `import { createRoot } from 'react-dom/client';
createRoot(document.getElementById('root')).render(<h1>Hello, world</h1>);
document.getElementById('status').textContent = 'ready';
`,
  },
  survey: {
    'main.jsx': `import 'survey-core/survey-core.min.css';
import { Model } from 'survey-core';
import { Survey } from 'survey-react-ui';
import { createRoot } from 'react-dom/client';
const json = { elements: Array.from({ length: 12 }, (_, i) => ({ type: 'comment', name: 'q' + (i + 1), title: 'Question ' + (i + 1) })) };
createRoot(document.getElementById('root')).render(<Survey model={new Model(json)} />);
document.getElementById('status').textContent = 'ready';
`,
  },
  'survey-pdf': {
    'main.js': `import { SurveyPDF } from 'survey-pdf';
import { longText } from '${join(root, 'tests/fixtures/assessments.ts')}';
const json = { elements: Array.from({ length: 12 }, (_, i) => ({ type: 'comment', name: 'q' + (i + 1), title: 'Question ' + (i + 1) })) };
const data = Object.fromEntries(json.elements.map((e, i) => [e.name, longText(20000, i + 1)]));
async function run() {
  const started = performance.now();
  const pdf = new SurveyPDF(json, { fontSize: 10, margins: { left: 10, right: 10, top: 10, bot: 10 } });
  pdf.data = data;
  const raw = await pdf.raw();
  return { ms: performance.now() - started, bytes: raw.length };
}
Object.assign(window, { bench: { run } });
document.getElementById('status').textContent = 'ready';
`,
  },
};

async function buildPages() {
  const out = {};
  for (const [name, files] of Object.entries(PAGES)) {
    const src = join(dir, 'src', name);
    mkdirSync(src, { recursive: true });
    const entry = Object.keys(files)[0];
    writeFileSync(join(src, 'index.html'), HTML(name, entry));
    for (const [file, text] of Object.entries(files)) writeFileSync(join(src, file), text);
    out[name] = join(dir, 'dist', name);
    await build({
      root: src,
      configFile: false,
      logLevel: 'error',
      base: './',
      plugins: [react()],
      resolve: { alias: { '@': join(root, 'src') } },
      build: { outDir: out[name], emptyOutDir: true, target: 'es2022' },
    });
  }
  // Our stress PDF: the page `npm run bench:pdf` uses, which drives the app's own PDF worker.
  out.ours = join(dir, 'dist', 'ours-pdf');
  await build({
    root: join(root, 'scripts/pdf-bench'),
    configFile: false,
    logLevel: 'error',
    base: './',
    plugins: [react()],
    resolve: { alias: { '@': join(root, 'src') } },
    worker: { format: 'es' },
    build: { outDir: out.ours, emptyOutDir: true, target: 'es2022' },
  });
  return out;
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
/** Serves /<name>/… from each folder; `/` from the app's dist (its service worker needs the root). */
function serve(folders, port) {
  const server = createHttpServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const [, first, ...rest] = path.split('/');
    const base = folders[first] ? folders[first] : folders[''];
    const tail = folders[first] ? rest.join('/') : path.slice(1);
    let file = join(base, tail === '' ? 'index.html' : tail);
    if (!existsSync(file) && !extname(file)) file = join(base, 'index.html');
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

/**
 * Scripts and stylesheets the page fetched itself until `ready` holds (resource timing: not the
 * service worker's precache), gzipped from disk. `prefix` is the page's folder on the server.
 */
async function loadedWeight(browser, url, folder, prefix, ready) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(ready);
  await page.waitForTimeout(500);
  const urls = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => e.name),
  );
  await context.close();
  const files = new Set(
    urls
      .map((u) => new URL(u).pathname)
      .filter((p) => /\.(js|css)$/.test(p))
      .map((p) => p.slice(prefix.length)),
  );
  let total = 0;
  for (const file of files)
    total += gzipSync(readFileSync(join(folder, file)), { level: 9 }).length;
  return total;
}

async function pdfTimes(browser, port) {
  const open = async (path) => {
    const p = await browser.newPage();
    await p.goto(`http://127.0.0.1:${port}${path}`);
    await p.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
    return p;
  };
  const ours = await open('/ours-pdf/index.html');
  const theirs = await open('/survey-pdf/index.html');
  const runOurs = () => ours.evaluate(() => window.pdfBench.run('comparable'));
  const runStress = () => ours.evaluate(() => window.pdfBench.run('stress'));
  const runTheirs = () => theirs.evaluate(() => window.bench.run());
  await runOurs();
  await runTheirs();
  await runStress();
  const times = { ours: [], theirs: [], stress: [], oursBytes: 0, theirsBytes: 0, stressBytes: 0 };
  for (let i = 0; i < PDF_RUNS; i++) {
    const a = await runOurs();
    const b = await runTheirs();
    const c = await runStress();
    times.ours.push(a.ms);
    times.theirs.push(b.ms);
    times.stress.push(c.ms);
    times.oursBytes = a.bytes;
    times.theirsBytes = b.bytes;
    times.stressBytes = c.bytes;
  }
  return times;
}

const dist = join(root, 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error('No build: run `npm run build` first.');
  process.exit(1);
}
console.log(
  `bench:peers on ${cpus().length} CPUs, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
installPeers();
const built = await buildPages();

const ours = pageWeight(dist);
const bare = pageWeight(built.bare);
const survey = pageWeight(built.survey);
const ratio = ours.total / bare.total;
console.log('\nHome page, JS + CSS gzip (static imports from index.html, `npm run size`)');
console.log(`  ours          ${kb(ours.total).padStart(9)}`);
console.log(`  bare React    ${kb(bare.total).padStart(9)}`);
console.log(
  `  SurveyJS form ${kb(survey.total).padStart(9)}  (survey-core + survey-react-ui, its CSS)`,
);
console.log(
  `  ours / bare   ${ratio.toFixed(2).padStart(7)} ×  ${tick(ratio <= TARGET.weightRatio)} (target ≤ ${TARGET.weightRatio} ×)`,
);

const server = await serve(
  {
    '': dist,
    bare: built.bare,
    survey: built.survey,
    'survey-pdf': built['survey-pdf'],
    'ours-pdf': built.ours,
  },
  PORT,
);
const browser = await launchChromium();
try {
  // The list's heading appears once the stored assessments have loaded and the list is drawn.
  const listReady = () => document.querySelector('main h1') !== null;
  const peerReady = () => document.getElementById('status')?.textContent === 'ready';
  const at = `http://127.0.0.1:${PORT}`;
  const loadedOurs = await loadedWeight(browser, `${at}/`, dist, '/', listReady);
  const loadedBare = await loadedWeight(
    browser,
    `${at}/bare/index.html`,
    built.bare,
    '/bare/',
    peerReady,
  );
  const loadedRatio = loadedOurs / loadedBare;
  console.log(
    '\nHome page, JS + CSS gzip the page fetched in Chromium until usable (dynamic imports too)',
  );
  console.log(
    `  ours ${kb(loadedOurs)}, bare React ${kb(loadedBare)}: ${loadedRatio.toFixed(2)} ×  ${tick(loadedRatio <= TARGET.weightRatio)} (target ≤ ${TARGET.weightRatio} ×)`,
  );

  const t = await pdfTimes(browser, PORT);
  const o = median(t.ours);
  const s = median(t.theirs);
  const st = median(t.stress);
  console.log(
    `\nPDF in Chromium, median of ${PDF_RUNS} alternating runs (one untimed run each first)`,
  );
  console.log(
    `  survey-pdf, 12 × 20,000 characters               ${secs(s)}  ${Math.round(t.theirsBytes / 1024)} KB`,
  );
  console.log(
    `  ours, the same 12 answers (app worker)           ${secs(o)}  ${Math.round(t.oursBytes / 1024)} KB`,
  );
  console.log(
    `  ours / survey-pdf, same content                  ${(o / s).toFixed(2)} ×  ${tick(o / s <= TARGET.pdfRatio)} (target ≤ ${TARGET.pdfRatio} ×)`,
  );
  console.log(
    `  ours, stress assessment (+ nine 100-row tables)  ${secs(st)}  ${Math.round(t.stressBytes / 1024)} KB  ${tick(st <= TARGET.stressMs)} (target ≤ ${secs(TARGET.stressMs)})`,
  );
} finally {
  await browser.close();
  server.close();
}
