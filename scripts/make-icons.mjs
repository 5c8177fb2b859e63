#!/usr/bin/env node
// Renders the app icons into public/ from one SVG drawing (a balance scale on USWDS dark blue).
// Run once after changing the drawing: `node scripts/make-icons.mjs`. The PNGs are committed.
// Needs Chromium (`/usr/bin/chromium`, or CHROMIUM_PATH).
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';

const PUBLIC = fileURLToPath(new URL('../public/', import.meta.url));
const BLUE = '#1a4480';
const WHITE = '#ffffff';

/** The glyph on a 512 × 512 grid, centred on (256, 256). */
const GLYPH = `
  <g fill="${WHITE}" stroke="${WHITE}" stroke-linecap="round" stroke-linejoin="round">
    <circle cx="256" cy="118" r="20" stroke="none"/>
    <rect x="245" y="124" width="22" height="258" rx="8" stroke="none"/>
    <path d="M118 160 H394" stroke-width="20" fill="none"/>
    <path d="M136 164 L88 288 M136 164 L184 288 M376 164 L328 288 M376 164 L424 288"
          stroke-width="8" fill="none"/>
    <path d="M74 288 H198 A62 62 0 0 1 74 288 Z" stroke-width="4"/>
    <path d="M314 288 H438 A62 62 0 0 1 314 288 Z" stroke-width="4"/>
    <rect x="168" y="380" width="176" height="28" rx="14" stroke="none"/>
  </g>`;

/**
 * @param {{ rounded: boolean, glyphScale: number }} o rounded: transparent corners (for "any"
 *   icons and the favicon); glyphScale: shrink the glyph so it stays in a maskable safe zone.
 */
function svg({ rounded, glyphScale }) {
  const offset = 256 * (1 - glyphScale);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512">
  <title>Equity Decision Tool</title>
  <rect width="512" height="512" ${rounded ? 'rx="104"' : ''} fill="${BLUE}"/>
  <g transform="translate(${offset} ${offset + 12 * glyphScale}) scale(${glyphScale})">${GLYPH}</g>
</svg>
`;
}

const ANY = svg({ rounded: true, glyphScale: 0.86 });
// Maskable: full-bleed background, glyph inside the central 80% circle.
const MASKABLE = svg({ rounded: false, glyphScale: 0.66 });
// Apple rounds the corners itself and shows transparency as black: full bleed.
const APPLE = svg({ rounded: false, glyphScale: 0.8 });

const OUTPUTS = [
  { file: 'pwa-192x192.png', size: 192, source: ANY },
  { file: 'pwa-512x512.png', size: 512, source: ANY },
  { file: 'maskable-512x512.png', size: 512, source: MASKABLE },
  { file: 'apple-touch-icon.png', size: 180, source: APPLE },
  { file: 'favicon-48x48.png', size: 48, source: ANY },
];

await mkdir(PUBLIC, { recursive: true });
await writeFile(`${PUBLIC}favicon.svg`, ANY);

const browser = await launchChromium();
try {
  for (const { file, size, source } of OUTPUTS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const sized = source.replace('width="512" height="512"', `width="${size}" height="${size}"`);
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent">${sized}</body></html>`,
    );
    await page.screenshot({
      path: `${PUBLIC}${file}`,
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    await page.close();
    console.log(`public/${file} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
