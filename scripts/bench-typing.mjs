// Typing into a 50,000-character answer (Vietnamese text) in the built app, in Chromium: time from each
// input event to the next frame, and the longest main-thread task while typing.
// Needs a build and /usr/bin/chromium. Diagnostics: ASCII=1 (plain text), TRACE=1 (time by trace event),
// PROFILE=1 (JS self time), MUTATIONS=1 (DOM changes per keystroke), KEYS=n, EXTRA_ARGS="--flag".
import { spawn } from 'node:child_process';
import { launchChromium } from './chromium.mjs';

const PORT = 4391;
const BASE = `http://127.0.0.1:${PORT}`;
const KEYS = Number(process.env.KEYS ?? 200);
const server = spawn(
  'npx',
  ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
  {
    stdio: 'ignore',
    detached: true,
  },
);
const stop = () => server.pid && process.kill(-server.pid, 'SIGTERM');
try {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(BASE)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const browser = await launchChromium(
    process.env.EXTRA_ARGS ? process.env.EXTRA_ARGS.split(' ') : [],
  );
  const page = await browser.newPage();
  await page.goto(BASE);
  await page.getByRole('button', { name: 'New assessment' }).click();
  await page.getByRole('textbox', { name: /^Title/ }).fill('Typing benchmark');
  await page
    .getByRole('navigation', { name: 'Steps of this assessment' })
    .getByRole('link', { name: /Proposal/ })
    .click();
  const box = page.getByRole('textbox', { name: /What is the proposal/ });
  await box.fill(
    (process.env.ASCII
      ? 'Lorem ipsum dolor sit amet, y kien (it) Dang. '
      : 'Lorem ipsum dolor sit amet, ý kiến (ịt) Đặng. '
    )
      .repeat(1100)
      .slice(0, 50_000),
  );
  await box.press('End');
  await page.evaluate(() => {
    const w = window;
    w.__lat = [];
    w.__long = 0;
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) w.__long = Math.max(w.__long, e.duration);
    }).observe({ type: 'longtask', buffered: false });
    document.addEventListener(
      'input',
      (e) => {
        const t0 = e.timeStamp;
        requestAnimationFrame(() => setTimeout(() => w.__lat.push(performance.now() - t0), 0));
      },
      true,
    );
  });
  const cdp = process.env.PROFILE ? await page.context().newCDPSession(page) : undefined;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.start');
  }
  if (process.env.MUTATIONS) {
    await page.evaluate(() => {
      window.__mut = [];
      new MutationObserver((list) => {
        for (const m of list)
          window.__mut.push(
            `${m.type} ${m.target.nodeName}.${m.target.className ?? ''} ${m.attributeName ?? ''}`,
          );
      }).observe(document, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
    });
  }
  if (process.env.TRACE) {
    await browser.startTracing(page, {
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
    });
  }
  const started = Date.now();
  for (let i = 0; i < KEYS; i++) await page.keyboard.type('a');
  const wall = Date.now() - started;
  if (process.env.TRACE) {
    const buf = await browser.stopTracing();
    const events = JSON.parse(buf.toString()).traceEvents;
    const tot = {};
    for (const e of events)
      if (e.ph === 'X' && e.dur) tot[e.name] = (tot[e.name] ?? 0) + e.dur / 1000;
    console.log(
      Object.entries(tot)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 15)
        .map(([k, v]) => `${v.toFixed(0).padStart(7)} ms ${k}`)
        .join('\n'),
    );
  }
  if (cdp) {
    const { profile } = await cdp.send('Profiler.stop');
    const self = new Map();
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const dt = profile.timeDeltas;
    profile.samples.forEach((id, i) => {
      const n = byId.get(id);
      const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
      self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0));
    });
    console.log(
      [...self.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 25)
        .map(([k, v]) => `${(v / 1000).toFixed(0).padStart(7)} ms  ${k}`)
        .join('\n'),
    );
  }
  await page.waitForTimeout(800);
  if (process.env.MUTATIONS) {
    const muts = await page.evaluate(() => window.__mut);
    const counts = {};
    for (const m of muts) counts[m] = (counts[m] ?? 0) + 1;
    console.log(
      Object.entries(counts)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 15),
    );
  }
  const { lat, long } = await page.evaluate(() => ({ lat: window.__lat, long: window.__long }));
  const sorted = [...lat].sort((a, b) => a - b);
  const q = (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  const saved = await page.getByRole('status').filter({ hasText: /Saved/ }).count();
  console.log(`typing into a 50,000-character answer, ${KEYS} keystrokes (Chromium, built app)`);
  console.log(
    `  input → next frame: median ${q(0.5).toFixed(1)} ms, p95 ${q(0.95).toFixed(1)} ms, max ${sorted.at(-1).toFixed(1)} ms`,
  );
  console.log(
    `  longest main-thread task while typing: ${long.toFixed(0)} ms (0 = none over 50 ms)`,
  );
  console.log(`  wall time for ${KEYS} keystrokes: ${wall} ms; saved status shown: ${saved > 0}`);
  await browser.close();
} finally {
  stop();
}
