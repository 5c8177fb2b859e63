// Crash-safety of the autosave, measured: type a marker, SIGKILL the whole browser at a delay after
// the last key, relaunch on the same profile, read the field back. Prints, per delay, how many
// kills lost characters, and the loss window (the largest delay at which anything was lost), with
// saving working and with every IndexedDB write failing (quota). Then the added main-thread cost
// per keystroke of the write-ahead journal while typing into a 50,000-character answer.
// Needs a build and /usr/bin/chromium. KILLS=n (with saving working, default 20),
// KILLS_FAILING=n (default 3), DELAYS="0 50 …", DELAYS_FAILING="…" (ms), CASES="working failing cost",
// DIST=dir (another build, to compare two).
import { spawn } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import {
  crash,
  kept,
  launchProfile,
  newProfile,
  removeProfile,
  waitGone,
} from './crash-harness.mjs';

const PORT = 4403;
const BASE = `http://127.0.0.1:${PORT}`;
const list = (v, d) => (v ? v.split(/[ ,]+/).map(Number) : d);
const KILLS = Number(process.env.KILLS ?? 20);
const KILLS_FAILING = Number(process.env.KILLS_FAILING ?? 3);
const DELAYS = list(process.env.DELAYS, [0, 50, 100, 150, 200, 300]);
const DELAYS_FAILING = list(process.env.DELAYS_FAILING, [500, 1500, 3000, 4500, 6500, 8000]);
const CASES = (process.env.CASES ?? 'working failing cost').split(' ');
/** Characters typed before each kill. */
const MARKER = 20;

const server = spawn(
  'npx',
  [
    'vite',
    'preview',
    '--host',
    '127.0.0.1',
    '--port',
    String(PORT),
    '--strictPort',
    ...(process.env.DIST ? ['--outDir', process.env.DIST] : []),
  ],
  { stdio: 'ignore', detached: true },
);
const stop = () => server.pid && process.kill(-server.pid, 'SIGTERM');

const sleep = (ms) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
const proposal = (page) => page.getByRole('textbox', { name: /What is the proposal/ });

async function firstPage(context) {
  return context.pages()[0] ?? (await context.newPage());
}

async function create(page) {
  await page.goto(BASE);
  await page.getByRole('button', { name: 'New assessment' }).click();
  await page.getByRole('textbox', { name: /^Title/ }).fill('Crash bench');
  await page
    .locator('.app-save-status')
    .getByText(/^Saved on this device/)
    .waitFor();
  return page.url().replace(/\/details$/, '/q1');
}

/**
 * Opens the step and waits until it is editable and settled: while the edit lock is being checked
 * the form is disabled, then rebuilt, and keys typed in that moment would not measure the journal.
 */
async function open(page, url) {
  await page.goto(url);
  await proposal(page).waitFor();
  await page.waitForFunction(() => {
    const box = document.querySelector('fieldset.app-step__fields');
    return box instanceof HTMLFieldSetElement && !box.disabled;
  });
  await sleep(300);
}

/** One case: kills at each delay; returns rows of { delay, kills, lossy, maxLost }. */
async function run(name, delays, kills, failing) {
  const dir = await newProfile();
  let context = await launchProfile(dir, { failing: false });
  let page = await firstPage(context);
  const url = await create(page);
  await context.close();
  context = await launchProfile(dir, { failing });
  page = await firstPage(context);
  await open(page, url);
  const rows = [];
  let n = 0;
  for (const delay of delays) {
    const row = { delay, kills, lossy: 0, maxLost: 0 };
    for (let k = 0; k < kills; k++) {
      const head = `[${name[0]}${n++}:`;
      const marker = `${head}${'abcdefghijklmnopqrstuvwxyz'.slice(0, MARKER - head.length - 1)}]`;
      await proposal(page).click();
      await proposal(page).press('Control+End');
      await page.keyboard.type(marker);
      const last = Date.now();
      await sleep(last + delay - Date.now());
      const pids = crash(dir);
      await waitGone(pids);
      context = await launchProfile(dir, { failing });
      page = await firstPage(context);
      await open(page, url);
      const value = await proposal(page).inputValue();
      const lost = marker.length - kept(value, marker);
      if (process.env.DEBUG) {
        const copies = await page.evaluate(() =>
          Object.keys(localStorage).filter((k) => k.includes('pending')),
        );
        console.log(`    ${marker} → …${value.slice(-45)} (crash copies: ${copies.length})`);
      }
      if (lost > 0) {
        row.lossy += 1;
        row.maxLost = Math.max(row.maxLost, lost);
      }
    }
    rows.push(row);
    console.log(
      `  ${name}: kill ${String(delay).padStart(5)} ms after the last key: ${row.lossy}/${kills} lost characters` +
        (row.lossy ? ` (up to ${row.maxLost} of ${MARKER})` : ''),
    );
  }
  await context.close();
  await removeProfile(dir);
  const lossy = rows.filter((r) => r.lossy > 0).map((r) => r.delay);
  const window = lossy.length ? Math.max(...lossy) : undefined;
  console.log(
    `  ${name}: loss window ${window === undefined ? `none (nothing lost at ${delays.join(', ')} ms)` : `${window} ms (the largest delay at which anything was lost)`}`,
  );
  return rows;
}

/** Main-thread time the journal adds per keystroke, typing into a 50,000-character answer. */
async function cost() {
  const dir = await newProfile();
  const context = await launchProfile(dir);
  const page = await firstPage(context);
  const url = await create(page);
  await open(page, url);
  await proposal(page).fill(
    'Lorem ipsum dolor sit amet, ý kiến (ịt) Đặng. '.repeat(1100).slice(0, 50_000),
  );
  await proposal(page).press('Control+End');
  await page
    .locator('.app-save-status')
    .getByText(/^Saved on this device/)
    .waitFor();
  await page.evaluate(() => {
    const w = window;
    w.__journal = [];
    w.__commit = [];
    w.__long = 0;
    new PerformanceObserver((l) => {
      for (const e of l.getEntries())
        if (e.name === 'edt:journal') w.__journal.push(e.duration);
        else if (e.name === 'edt:journal-commit') w.__commit.push(e.duration);
    }).observe({ type: 'measure' });
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) w.__long = Math.max(w.__long, e.duration);
    }).observe({ type: 'longtask' });
  });
  const keys = 200;
  for (let i = 0; i < keys; i++) {
    await page.keyboard.type('x');
    await sleep(30);
  }
  await sleep(1000);
  const { journal, commit, long } = await page.evaluate(() => ({
    journal: window.__journal,
    commit: window.__commit,
    long: window.__long,
  }));
  await context.close();
  await removeProfile(dir);
  const sum = journal.reduce((a, b) => a + b, 0);
  const sorted = [...commit].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  console.log(`  cost: ${keys} keystrokes, ~30 ms apart, into a 50,000-character answer`);
  console.log(
    `  cost: ${journal.length} journal writes; main thread ${sum.toFixed(1)} ms in all = ${(sum / keys).toFixed(3)} ms per keystroke (longest write ${Math.max(0, ...journal).toFixed(1)} ms)`,
  );
  console.log(
    `  cost: journal entry on disk (strict durability) median ${median.toFixed(1)} ms, max ${Math.max(0, ...commit).toFixed(1)} ms after it was issued`,
  );
  console.log(
    `  cost: longest main-thread task while typing: ${long.toFixed(0)} ms (0 = none over 50 ms)`,
  );
}

try {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(BASE)).ok) break;
    } catch {
      await sleep(200);
    }
  }
  console.log(
    `crash safety (SIGKILL of the whole browser, relaunch on the same profile; ${MARKER}-character marker)`,
  );
  if (CASES.includes('working')) await run('working', DELAYS, KILLS, undefined);
  if (CASES.includes('failing')) await run('failing', DELAYS_FAILING, KILLS_FAILING, true);
  if (CASES.includes('cost')) await cost();
  // Timings stretch on a busy machine: say how busy it was.
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')} on ${cpus().length} cores (1 / 5 / 15 min)`,
  );
} finally {
  stop();
}
