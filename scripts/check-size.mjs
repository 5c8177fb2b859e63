// Budget: the JavaScript and CSS the home page loads before it is usable, gzipped
// (scripts/page-weight.mjs says what counts). Fails above the budget.
import { pageWeight } from './page-weight.mjs';

// The figure when it was set (173.1 KB, issue 15: the record schemas off the home page) plus 10 %.
const BUDGET_KB = 190;
const { files, total } = pageWeight('dist');
console.log(
  files.map(({ file, gzip }) => `${(gzip / 1024).toFixed(1).padStart(7)} KB  ${file}`).join('\n'),
);
console.log(
  `${(total / 1024).toFixed(1).padStart(7)} KB  total (gzip) loaded by the home page; budget ${BUDGET_KB} KB`,
);
if (total / 1024 > BUDGET_KB) {
  console.error(`Over budget by ${(total / 1024 - BUDGET_KB).toFixed(1)} KB`);
  process.exit(1);
}
