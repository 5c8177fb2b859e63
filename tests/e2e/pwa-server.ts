import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';

/**
 * Servers the offline and update tests start and stop themselves (ports 4318–4399), so they can
 * take the app away from the browser or swap one build for another on the same address.
 */
export interface AppServer {
  url: string;
  close: () => Promise<void>;
}

export async function serveBuild(outDir: string, port: number): Promise<AppServer> {
  const dir = resolve(outDir);
  if (!existsSync(`${dir}/sw.js`)) {
    throw new Error(`No build with a service worker in ${dir}: run \`npm run build\` first.`);
  }
  const server: PreviewServer = await preview({
    configFile: false,
    logLevel: 'silent',
    root: process.cwd(),
    appType: 'spa',
    build: { outDir: dir },
    preview: { host: '127.0.0.1', port, strictPort: true },
  });
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => server.close(),
  };
}

/** `vite build` into `outDir` with extra environment (e.g. VITE_BUILD_ID to tell builds apart). */
export function buildApp(outDir: string, env: Record<string, string>): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', fail);
    child.on('exit', (code) =>
      code === 0 ? done() : fail(new Error(`vite build failed (${code}):\n${stderr}`)),
    );
  });
}

/** Resolves once a service worker controls the page and has finished installing. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(
    async () => {
      if (!('serviceWorker' in navigator)) return false;
      await navigator.serviceWorker.ready;
      return navigator.serviceWorker.controller !== null;
    },
    undefined,
    { timeout: 60_000 },
  );
}
