import * as sass from 'sass-embedded';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
const src = readFileSync('src/app/uswds.scss', 'utf8');
const head = src.split('@forward')[0];
const pkgs = [...src.matchAll(/@forward '([^']+)'/g)].map((m) => m[1]);
const base = sass.compileString(head + "@forward 'uswds-global';", { loadPaths: ['node_modules/@uswds/uswds/packages'], quietDeps: true, style: 'compressed', silenceDeprecations: ['import','global-builtin','mixed-decls'] }).css;
console.log('global', (gzipSync(base).length/1024).toFixed(1));
for (const p of pkgs) {
  const css = sass.compileString(head + `@forward '${p}';`, { loadPaths: ['node_modules/@uswds/uswds/packages'], quietDeps: true, style: 'compressed', logger: sass.Logger.silent }).css;
  console.log(p.padEnd(20), (gzipSync(css).length/1024).toFixed(1), css.length);
}
