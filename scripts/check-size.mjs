// Budget: the JavaScript and CSS the home page loads before it is usable, gzipped.
// Reads dist/index.html, follows its scripts, stylesheets, modulepreloads and every static import
// (not dynamic import()) of those scripts, and fails above the budget.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname, posix } from 'node:path';

const BUDGET_KB = 250;
const dist = 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const refs = [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+\.(?:js|css))"/g)].map(
  (m) => m[1],
);

const seen = new Set();
const queue = refs.map((r) => r.replace(/^\//, ''));
while (queue.length) {
  const file = queue.shift();
  if (seen.has(file)) continue;
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

let total = 0;
const rows = [...seen].sort().map((file) => {
  const gz = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  total += gz;
  return `${(gz / 1024).toFixed(1).padStart(7)} KB  ${file}`;
});
console.log(rows.join('\n'));
console.log(
  `${(total / 1024).toFixed(1).padStart(7)} KB  total (gzip) loaded by the home page; budget ${BUDGET_KB} KB`,
);
if (total / 1024 > BUDGET_KB) {
  console.error(`Over budget by ${(total / 1024 - BUDGET_KB).toFixed(1)} KB`);
  process.exit(1);
}
