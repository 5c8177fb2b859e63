// A CouchDB-compatible server for the sync tests and benchmark: pouchdb-server from npm, in memory,
// on 127.0.0.1 only, with CORS on so the app (another port) may reach it. Never for real data.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = join(import.meta.dirname, '..', 'node_modules', '.bin', 'pouchdb-server');

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitUp(origin, deadlineMs = 30_000) {
  const deadline = Date.now() + deadlineMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(origin)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`pouchdb-server did not start on ${origin}`);
}

async function put(url, body) {
  const res = await fetch(url, {
    method: 'PUT',
    body,
    headers: { 'content-type': 'application/json' },
  });
  if (!res.ok) throw new Error(`PUT ${url}: ${res.status} ${await res.text()}`);
}

/**
 * Starts the server (its config and log go to a temporary folder). `restart()` kills it and starts
 * a new, empty one on the same port (a server that went away mid-sync); `stop()` ends it.
 */
export async function startCouchServer({ port } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'edt-couch-'));
  const listenPort = port ?? (await freePort());
  const origin = `http://127.0.0.1:${listenPort}`;
  let child;
  const launch = async () => {
    child = spawn(BIN, ['--in-memory', '--host', '127.0.0.1', '--port', String(listenPort)], {
      cwd: dir,
      stdio: 'ignore',
    });
    await waitUp(origin);
    await put(`${origin}/_config/httpd/enable_cors`, '"true"');
    await put(`${origin}/_config/cors/origins`, '"*"');
    await put(`${origin}/_config/cors/credentials`, '"true"');
  };
  const kill = () =>
    new Promise((resolve) => {
      if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  await launch();
  return {
    origin,
    /** Creates a database and returns its address. */
    async createDb(name) {
      await put(`${origin}/${name}`);
      return `${origin}/${name}`;
    },
    kill,
    async restart() {
      await kill();
      await launch();
    },
    async stop() {
      await kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
