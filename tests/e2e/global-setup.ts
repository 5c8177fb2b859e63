import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { BASE_URL, PORT } from './config';

let server: ChildProcess | undefined;

export async function setup() {
  if (!existsSync('dist/index.html')) {
    throw new Error('No build found: run `npm run build` before `npm run test:e2e`.');
  }
  server = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
    {
      stdio: 'ignore',
      detached: true,
    },
  );
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(BASE_URL);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not start on ${BASE_URL}`);
}

export async function teardown() {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
}
