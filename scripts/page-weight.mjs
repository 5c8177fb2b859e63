// The JavaScript and CSS a built page loads before it is usable, gzipped (level 9): reads the
// dist folder's index.html, follows its scripts, stylesheets, modulepreloads and every static
// import (not dynamic import()) of those scripts. Used by `npm run size` and `npm run bench:peers`.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname, posix } from 'node:path';

/** @param {string} dist @returns {{ files: { file: string, gzip: number }[], total: number }} */
export function pageWeight(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const refs = [
    ...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+\.(?:js|css))"/g),
  ].map((m) => m[1]);
  const seen = new Set();
  const queue = refs.map((r) => r.replace(/^\.?\//, ''));
  while (queue.length) {
    const file = queue.shift();
    if (seen.has(file) || !existsSync(join(dist, file))) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(join(dist, file), 'utf8');
    // Static imports only: `import x from "./a.js"`, `import "./a.js"`, `export … from "./a.js"`.
    for (const m of code.matchAll(
      /(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w*{}\s,$]*?from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g,
    )) {
      queue.push(posix.join(dirname(file), m[1]));
    }
  }
  const files = [...seen].sort().map((file) => ({
    file,
    gzip: gzipSync(readFileSync(join(dist, file)), { level: 9 }).length,
  }));
  return { files, total: files.reduce((sum, f) => sum + f.gzip, 0) };
}

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
