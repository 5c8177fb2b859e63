// Shared by the browser benchmarks (bench-list.mjs, bench-steps.mjs): where the build is, loading
// the app's TypeScript modules in Node, serving dist/, and storing assessments in the app's
// IndexedDB the way the app stores them (each record with its list summary, domain/summary.ts,
// in one transaction).
import { fileURLToPath } from 'node:url';
import { preview, runnerImport } from 'vite';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DIST = process.env.BUILD_DIR ?? `${ROOT}dist`;
const DB_NAME = 'equity-decision-tool';

/** Imports one of the app's modules (TypeScript, `@/` paths) by its path from the repository root. */
export const load = (path) =>
  runnerImport(`${ROOT}${path}`, {
    configFile: false,
    logLevel: 'silent',
    resolve: { alias: { '@': `${ROOT}src` } },
  }).then((r) => r.module);

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** Serves dist/ on 127.0.0.1:`port` (a single-page app); close it with `server.close()`. */
export const serveDist = (port) =>
  preview({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    appType: 'spa',
    build: { outDir: DIST },
    preview: { host: '127.0.0.1', port, strictPort: true },
  });

/**
 * Stores `records` in the app's database in `page` (which must have opened the app, so the
 * database exists): each record and its summary, in one transaction.
 */
export async function seedAssessments(page, records) {
  const { summarize } = await load('src/domain/summary.ts');
  const summaries = records.map((r) => summarize(r));
  await page.evaluate(
    ({ name, records, summaries }) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['assessments', 'summaries'], 'readwrite');
          for (const r of records) tx.objectStore('assessments').put(r);
          for (const s of summaries) tx.objectStore('summaries').put(s);
          tx.oncomplete = () => {
            db.close();
            resolve(undefined);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { name: DB_NAME, records, summaries },
  );
}
