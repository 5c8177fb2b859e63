// Crashes Chromium the way a frozen laptop or a dead battery does: SIGKILL of the browser's main
// process (and every process it started, at once), then a relaunch with the same profile.
// Used by tests/e2e/crash.e2e.test.ts and scripts/bench-crash.mjs.
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

/**
 * Makes every IndexedDB put/add throw QuotaExceededError while `globalThis.__idbFail` is true
 * (set `failing` to start that way), as a full disk does.
 */
export function quotaScript(failing) {
  return `(() => {
    globalThis.__idbFail = ${failing ? 'true' : 'false'};
    const proto = IDBObjectStore.prototype;
    for (const name of ['put', 'add']) {
      const real = proto[name];
      proto[name] = function (...args) {
        if (globalThis.__idbFail)
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return real.apply(this, args);
      };
    }
  })();`;
}

export async function newProfile() {
  return mkdtemp(join(tmpdir(), 'edt-crash-'));
}

export async function removeProfile(dir) {
  await rm(dir, { recursive: true, force: true });
}

/** A persistent context on `dir`; `failing` installs the quota script before any page script. */
export async function launchProfile(dir, { failing } = {}) {
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
  });
  if (failing !== undefined) await context.addInitScript(quotaScript(failing));
  return context;
}

function processes() {
  const list = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const cmdline = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0');
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      list.push({ pid: Number(name), ppid, cmdline });
    } catch {
      // gone meanwhile
    }
  }
  return list;
}

/** The browser's main process for profile `dir` (the one without --type=), and its descendants. */
export function browserProcesses(dir) {
  const all = processes();
  const main = all.find(
    (p) =>
      p.cmdline.some((a) => a === `--user-data-dir=${dir}`) &&
      !p.cmdline.some((a) => a.startsWith('--type=')),
  );
  if (!main) throw new Error(`No Chromium main process for ${dir}`);
  const tree = [main.pid];
  for (let i = 0; i < tree.length; i++)
    for (const p of all) if (p.ppid === tree[i]) tree.push(p.pid);
  return tree;
}

/** SIGKILL, main process first, the rest right after: nothing gets to flush or say goodbye. */
export function crash(dir) {
  const pids = browserProcesses(dir);
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  return pids;
}

/** Waits until none of `pids` is alive (so the relaunch does not race the dying processes). */
export async function waitGone(pids, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  const alive = (pid) => {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      return !/\) Z /.test(stat);
    } catch {
      return false;
    }
  };
  while (pids.some(alive)) {
    if (Date.now() > deadline) throw new Error('Chromium did not die');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** How many characters of `marker` (typed last) are at the end of `value`. */
export function kept(value, marker) {
  for (let n = marker.length; n > 0; n--) if (value.endsWith(marker.slice(0, n))) return n;
  return 0;
}
