#!/usr/bin/env node
// `npm run bench:pdf`: times PDF export of a typical and a stress assessment, in Node and in
// Chromium (the worker the app uses), and reports the longest main-thread task during the
// Chromium exports. No tsx needed: Node loads the TypeScript through Vite's SSR loader, and the
// browser part is a small page built with Vite from scripts/pdf-bench/.
import { createServer as createHttpServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, createServer } from 'vite';
import react from '@vitejs/plugin-react';
import { PAGINATION_SEAM_KEY, reactPdfPagination } from './react-pdf-pagination.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const RUNS = {
  typical: Number(process.env.BENCH_TYPICAL_RUNS ?? 7),
  stress: Number(process.env.BENCH_STRESS_RUNS ?? 3),
};
const PORT = Number(process.env.BENCH_PORT ?? 4410);
const only = process.argv.slice(2);
const want = (part) => only.length === 0 || only.includes(part);

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  return { median, min: s[0], max: s[s.length - 1] };
};
const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;
const line = (label, xs, target) => {
  const { median, min, max } = stats(xs);
  const ok = target === undefined ? '' : median <= target ? '  ✓' : `  ✗ (target ${fmt(target)})`;
  console.log(
    `  ${label.padEnd(10)} median ${fmt(median)}  min ${fmt(min)}  max ${fmt(max)}  (${xs.length} runs)${ok}`,
  );
};
/** Issue 15's targets for the app's worker (Chromium); Node prints against the same. */
const TARGET = { typical: 250, stress: 1200 };
const LONG_TASK_TARGET = 50;

async function benchNode() {
  const vite = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    // As in the app: react-pdf's pagination and text layout patched (loaded through Vite, not
    // Node, to be patched).
    plugins: [react(), reactPdfPagination()],
    resolve: { alias: { '@': join(root, 'src') } },
    ssr: { noExternal: ['@react-pdf/renderer', '@react-pdf/layout', '@react-pdf/textkit'] },
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const { renderAssessmentPdf } = await vite.ssrLoadModule(
      '/src/features/pdf-export/render-pdf.tsx',
    );
    const fx = await vite.ssrLoadModule('/tests/fixtures/assessments.ts');
    const fontRoot = join(root, 'node_modules/@expo-google-fonts/noto-sans');
    const fonts = {
      regular: join(fontRoot, '400Regular/NotoSans_400Regular.ttf'),
      bold: join(fontRoot, '700Bold/NotoSans_700Bold.ttf'),
      italic: join(fontRoot, '400Regular_Italic/NotoSans_400Regular_Italic.ttf'),
      boldItalic: join(fontRoot, '700Bold_Italic/NotoSans_700Bold_Italic.ttf'),
    };
    console.log('Node (warm: one untimed run first)');
    for (const which of ['typical', 'stress']) {
      const a = which === 'typical' ? fx.typicalAssessment() : fx.stressAssessment();
      await renderAssessmentPdf(a, { fonts });
      const times = [];
      let bytes = 0;
      for (let i = 0; i < RUNS[which]; i++) {
        const t = performance.now();
        const r = await renderAssessmentPdf(a, { fonts });
        times.push(performance.now() - t);
        bytes = r.bytes.length;
      }
      line(which, times, TARGET[which]);
      console.log(`             ${Math.round(bytes / 1024)} KB`);
    }
    const seam = globalThis[Symbol.for(PAGINATION_SEAM_KEY)];
    console.log(
      seam?.enabled
        ? `  pagination patch applied: ${seam.relayoutsSkipped} page relayouts skipped; ${seam.textsLaidOut} texts laid out by textkit, ${seam.textLayoutsReused} of ${seam.textLayouts} text layouts reused from the memo (all runs)`
        : '  pagination patch NOT applied',
    );
  } finally {
    await vite.close();
  }
}

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.ttf': 'font/ttf',
  '.css': 'text/css',
};

async function benchChromium() {
  // BENCH_OUT_DIR: a folder of one's own when node_modules is shared with another checkout.
  const outDir = resolve(process.env.BENCH_OUT_DIR ?? join(root, 'node_modules/.tmp/pdf-bench'));
  await build({
    root: join(root, 'scripts/pdf-bench'),
    configFile: false,
    logLevel: 'error',
    base: './',
    plugins: [react(), reactPdfPagination()],
    resolve: { alias: { '@': join(root, 'src') } },
    worker: { format: 'es', plugins: () => [reactPdfPagination()] },
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
  const server = createHttpServer(async (req, res) => {
    const path = join(
      outDir,
      decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(
        /\/$/,
        '/index.html',
      ),
    );
    try {
      const body = await readFile(path);
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(PORT, '127.0.0.1', ok));
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    await page.addInitScript(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          window.__longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`http://127.0.0.1:${PORT}/index.html`);
    await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
    console.log('Chromium (worker; warm: one untimed run first)');
    let longest = 0;
    for (const which of ['typical', 'stress']) {
      await page.evaluate((w) => window.pdfBench.run(w), which);
      const times = [];
      for (let i = 0; i < RUNS[which]; i++) {
        const { ms, longTask } = await page.evaluate(async (w) => {
          const from = performance.now();
          const r = await window.pdfBench.run(w);
          await new Promise((ok) => setTimeout(ok, 50));
          const tasks = window.__longTasks.filter((t) => t.start >= from);
          return { ms: r.ms, longTask: Math.max(0, ...tasks.map((t) => t.duration)) };
        }, which);
        times.push(ms);
        longest = Math.max(longest, longTask);
      }
      line(which, times, TARGET[which]);
    }
    console.log(
      `  longest main-thread task during timed exports: ${Math.round(longest)} ms${longest <= LONG_TASK_TARGET ? '  ✓' : `  ✗ (target ${LONG_TASK_TARGET} ms)`}`,
    );
  } finally {
    await browser.close();
    server.close();
  }
}

console.log(
  `bench:pdf on ${(await import('node:os')).cpus().length} CPUs, load average ${(
    await import('node:os')
  )
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
if (want('node')) await benchNode();
if (want('chromium')) await benchChromium();
