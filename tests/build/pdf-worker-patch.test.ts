// @vitest-environment node
/// <reference types="node" />
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGINATION_SEAM_KEY } from '../../scripts/react-pdf-pagination.mjs';

/**
 * The PDF worker is bundled with its own plugin list (vite.config.ts `worker.plugins`): this fails
 * if the built worker carries react-pdf's pagination unpatched. Reads `dist/` (or BUILD_DIR): run
 * `npm run build` first.
 */
const ASSETS = join(resolve(process.env.BUILD_DIR ?? 'dist'), 'assets');

describe('the built PDF worker', () => {
  it("runs react-pdf's pagination with the build-time patch", () => {
    if (!existsSync(ASSETS)) throw new Error(`No build at ${ASSETS}: run \`npm run build\` first.`);
    const workers = readdirSync(ASSETS).filter((f) => /^pdf\.worker-.*\.js$/.test(f));
    expect(workers).toHaveLength(1);
    const code = readFileSync(join(ASSETS, workers[0] ?? ''), 'utf8');
    expect(code).toContain(PAGINATION_SEAM_KEY);
    expect(code).toContain('count-only-first-round');
  });

  it("runs react-pdf's text layout with the build-time textkit patches", () => {
    const workers = readdirSync(ASSETS).filter((f) => /^pdf\.worker-.*\.js$/.test(f));
    const code = readFileSync(join(ASSETS, workers[0] ?? ''), 'utf8');
    expect(code).toContain('bidiSkipped');
    expect(code).toContain('mirroringSkipped');
  });
});
