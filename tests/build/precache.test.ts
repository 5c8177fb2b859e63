// @vitest-environment node
/// <reference types="node" />
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The service worker must precache everything the app can load, so that after one visit every
 * screen and the PDF export work offline. Reads the build in `dist/` (or BUILD_DIR): run
 * `npm run build` first; `npm run test:build` runs this file.
 */
const DIST = resolve(process.env.BUILD_DIR ?? 'dist');

/** The service worker itself and its runtime are not precached (the browser keeps them). */
const NOT_PRECACHED = [/^sw\.js$/, /^workbox-[\w-]+\.js$/, /\.map$/];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [relative(DIST, path)];
  });
}

let files: string[] = [];
let precached: string[] = [];
let sw = '';

beforeAll(() => {
  if (!existsSync(join(DIST, 'sw.js'))) {
    throw new Error(`No service worker at ${DIST}/sw.js: run \`npm run build\` before this test.`);
  }
  files = filesUnder(DIST).map((f) => f.split('\\').join('/'));
  sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const list = /precacheAndRoute\(\s*(\[[\s\S]*?\])\s*,/.exec(sw)?.[1];
  if (!list) throw new Error('sw.js has no precacheAndRoute([...]) list');
  precached = [...list.matchAll(/url:\s*"([^"]+)"/g)].map((m) => m[1] ?? '');
});

const ofType = (...exts: string[]) =>
  files.filter((f) => exts.some((e) => f.toLowerCase().endsWith(`.${e}`)));

describe('the precache list in sw.js', () => {
  it('holds every file of the build except the service worker itself', () => {
    const expected = files.filter((f) => !NOT_PRECACHED.some((re) => re.test(f)));
    expect(expected.filter((f) => !precached.includes(f))).toEqual([]);
  });

  it('names only files that exist, each once', () => {
    expect(precached.filter((u) => !files.includes(u))).toEqual([]);
    expect(new Set(precached).size).toBe(precached.length);
  });

  it('holds index.html, every JS chunk and every stylesheet', () => {
    expect(precached).toContain('index.html');
    const scripts = ofType('js').filter((f) => f.startsWith('assets/'));
    expect(scripts.length).toBeGreaterThan(1); // the entry and at least one lazy chunk
    for (const f of [...scripts, ...ofType('css')]) expect(precached).toContain(f);
  });

  it('holds the PDF worker', () => {
    const workers = ofType('js').flatMap((f) => {
      const code = readFileSync(join(DIST, f), 'utf8');
      return [...code.matchAll(/new Worker\(\s*new URL\(\s*["'`]\/?([^"'`]+)["'`]/g)].map((m) =>
        (m[1] ?? '').replace(/^\//, ''),
      );
    });
    expect(workers.length, 'no `new Worker(new URL(...))` found in the build').toBeGreaterThan(0);
    for (const w of workers) expect(precached).toContain(w);
  });

  it('holds every font', () => {
    for (const f of ofType('ttf', 'woff', 'woff2', 'otf')) expect(precached).toContain(f);
  });

  it('holds the TTF fonts the PDF embeds', () => {
    const ttf = ofType('ttf');
    expect(ttf.length, 'no .ttf font in the build').toBeGreaterThan(0);
    for (const f of ttf) expect(precached).toContain(f);
  });

  it('holds every file the stylesheets point to', () => {
    for (const css of ofType('css')) {
      const text = readFileSync(join(DIST, css), 'utf8');
      for (const [, url] of text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
        if (!url || url.startsWith('data:') || url.startsWith('#')) continue;
        expect(url, `${css} points outside the app`).not.toMatch(/^(https?:)?\/\//);
        expect(precached).toContain(url.replace(/^\//, '').replace(/[?#].*$/, ''));
      }
    }
  });

  it('holds the manifest, its icons, the favicon and the Apple touch icon', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8')) as {
      icons: { src: string }[];
    };
    const icons = manifest.icons.map((i) => i.src.replace(/^\//, ''));
    for (const f of ['manifest.webmanifest', 'favicon.svg', 'apple-touch-icon.png', ...icons]) {
      expect(precached).toContain(f);
    }
  });

  it('opens the app shell for the app’s own routes but not for files', () => {
    expect(sw).toMatch(/createHandlerBoundToURL\("index\.html"\)/);
    expect(sw).toMatch(/denylist:\s*\[/);
    expect(sw).toMatch(/cleanupOutdatedCaches\(\)/);
    // "prompt": a new version waits for "Update now" (SKIP_WAITING), never skips waiting by itself.
    expect(sw).toMatch(/SKIP_WAITING/);
    expect(sw).not.toMatch(/self\.skipWaiting\(\)\s*[,;]\s*[\w.]*clientsClaim/);
  });
});

describe('the web app manifest', () => {
  interface Icon {
    src: string;
    sizes: string;
    type: string;
    purpose?: string;
  }
  const pngSize = (file: string) => {
    const png = readFileSync(join(DIST, file));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    return `${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`;
  };

  it('makes the app installable with real icons at 192, 512 and maskable sizes', () => {
    const m = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8')) as Record<
      string,
      unknown
    > & { icons: Icon[] };
    expect(m).toMatchObject({
      name: 'Equity Decision Tool',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: '#1a4480',
      background_color: '#ffffff',
    });
    expect(typeof m.short_name).toBe('string');
    expect(typeof m.description).toBe('string');
    const png = (purpose: string, size: string) =>
      m.icons.find(
        (i) => i.type === 'image/png' && i.sizes === size && (i.purpose ?? 'any') === purpose,
      );
    for (const [purpose, size] of [
      ['any', '192x192'],
      ['any', '512x512'],
      ['maskable', '512x512'],
    ] as const) {
      const icon = png(purpose, size);
      expect(icon, `${purpose} ${size} icon`).toBeDefined();
      if (icon) expect(pngSize(icon.src.replace(/^\//, ''))).toBe(size);
    }
    expect(pngSize('apple-touch-icon.png')).toBe('180x180');
  });

  it('points only at this app: no other site in index.html or the manifest', () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    const manifest = readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8');
    expect(html.match(/(?:src|href)="(?:https?:)?\/\/[^"]+"/g) ?? []).toEqual([]);
    expect(manifest.match(/"(?:https?:)?\/\/[^"]+"/g) ?? []).toEqual([]);
  });

  it('is linked from index.html', () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    expect(html).toMatch(/<link rel="manifest" href="\/manifest\.webmanifest"/);
  });
});
