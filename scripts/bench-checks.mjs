#!/usr/bin/env node
// `npm run bench:checks`: times all readiness and consistency checks (src/domain/consistency.ts)
// over a typical assessment, the stress one (100-row tables) and the stress one made to trip every
// check (100 rows in every table, 100 groups). Node loads the TypeScript through Vite's SSR loader,
// as bench:pdf does; the checks are plain functions, so V8 in Node times them as in Chromium.
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const RUNS = Number(process.env.BENCH_RUNS ?? 300);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 30);
const TARGET_MS = 5;
const TODAY = '2026-03-10';

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  const mid = Math.floor(s.length / 2);
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  return { median, p95: at(0.95), min: s[0], max: s[s.length - 1] };
};
const ms = (x) => `${x.toFixed(3)} ms`;

const vite = await createServer({
  root,
  configFile: false,
  logLevel: 'error',
  resolve: { alias: { '@': join(root, 'src') } },
  server: { middlewareMode: true, hmr: false, ws: false },
  appType: 'custom',
  optimizeDeps: { noDiscovery: true, include: [] },
});
try {
  const { runChecks, CHECK_IDS, CHECKS } = await vite.ssrLoadModule('/src/domain/consistency.ts');
  const fx = await vite.ssrLoadModule('/tests/fixtures/assessments.ts');
  const cases = [
    ['typical', fx.typicalAssessment()],
    ['stress', fx.stressAssessment()],
    ['stress, every check open', fx.stressChecksAssessment()],
  ];

  console.log(
    `All ${CHECK_IDS.length} checks, ${RUNS} runs after ${WARMUP} warm-up runs (Node ${process.version}); ` +
      `target: median < ${TARGET_MS} ms. Load average ${loadavg()[0].toFixed(1)}: p95 and max on a busy machine are mostly other processes.`,
  );
  for (const [label, a] of cases) {
    const rowCount = [
      a.meta.team,
      a.groups.groups,
      a.q1.results,
      a.q1.outcomes,
      a.q2.sources,
      a.q2.findings,
      a.q2.benefitBurden,
      a.q3.engagement,
      a.q3.heard,
      a.q4.harms,
      a.q4.mitigations,
      a.q5.measures,
    ].reduce((n, rows) => n + rows.length, 0);
    let t = performance.now();
    const results = runChecks(a, TODAY);
    const cold = performance.now() - t;
    for (let i = 0; i < WARMUP; i++) runChecks(a, TODAY);
    const times = [];
    for (let i = 0; i < RUNS; i++) {
      t = performance.now();
      runChecks(a, TODAY);
      times.push(performance.now() - t);
    }
    const { median, p95, min, max } = stats(times);
    const ok = median < TARGET_MS ? '✓' : `✗ (target ${TARGET_MS} ms)`;
    console.log(
      `  ${label.padEnd(26)} ${String(rowCount).padStart(4)} rows, ${String(results.length).padStart(3)} open  ` +
        `median ${ms(median)}  p95 ${ms(p95)}  min ${ms(min)}  max ${ms(max)}  first run ${ms(cold)}  ${ok}`,
    );
  }

  // Where the time goes, on the case that trips every check.
  const worst = cases[cases.length - 1][1];
  console.log('  per check, stress with every check open (median):');
  for (const id of CHECK_IDS) {
    for (let i = 0; i < WARMUP; i++) CHECKS[id](worst, TODAY);
    const times = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      CHECKS[id](worst, TODAY);
      times.push(performance.now() - t);
    }
    console.log(`    ${id.padEnd(28)} ${ms(stats(times).median)}`);
  }
} finally {
  await vite.close();
}
