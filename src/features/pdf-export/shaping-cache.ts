import type { Font as FontRegistry } from '@react-pdf/renderer';
import { FONT_FAMILY } from './fonts';

/**
 * Speed-ups react-pdf needs for long documents (the 122-page stress fixture went from 3.2 s to
 * about 2 s in Chromium), each behind this one seam and each harmless if a library changes shape:
 * - react-pdf shapes the same run of text several times while it measures, lays out and paginates
 *   (about 2.8 times each in the stress fixture), and shaping with fontkit was the largest single
 *   cost. Each loaded font's `layout(text, features)` is memoised for one export at a time: same
 *   font, same text, same features give the same glyph run. The cache is emptied when the export
 *   ends, so memory does not grow across exports.
 * - Mark positioning runs only for text that has combining marks (see below).
 * - pdfkit's font comparison and fontkit's `unitsPerEm` getter are made cheap (see below).
 */
type Layout = (text: string, features?: unknown, ...rest: unknown[]) => { glyphs: unknown[] };

const VARIANTS = [
  { fontWeight: 400, fontStyle: 'normal' },
  { fontWeight: 700, fontStyle: 'normal' },
  { fontWeight: 400, fontStyle: 'italic' },
  { fontWeight: 700, fontStyle: 'italic' },
] as const;

const caches = new Set<Map<string, { glyphs: unknown[] }>>();
const wrapped = new WeakSet<object>();

function isLayout(value: unknown): value is Layout {
  return typeof value === 'function';
}

const COMBINING_MARK = /\p{M}/u;

/**
 * Mark positioning (`mark`, `mkmk`) places combining marks on their letters: needed for text such
 * as Yoruba "ẹ̀" (ẹ + a combining grave), idle for text with no combining mark at all, which is
 * nearly everything once text is NFC (Vietnamese letters are all precomposed). Skipping two idle
 * passes over every glyph halves what shaping is left to do; the glyphs come out the same.
 */
function withoutIdleMarkFeatures(text: string, features: unknown): unknown {
  if (COMBINING_MARK.test(text)) return features;
  if (features === undefined || features === null) return { mark: false, mkmk: false };
  if (typeof features !== 'object' || Array.isArray(features)) return features;
  return { ...features, mark: false, mkmk: false };
}

/** Loads the four faces and puts a per-export cache in front of each face's shaping. */
export async function memoiseShaping(Font: typeof FontRegistry): Promise<void> {
  for (const variant of VARIANTS) {
    const source = Font.getFont({ fontFamily: FONT_FAMILY, ...variant });
    await source.load();
    const font: unknown = source.data;
    if (typeof font !== 'object' || font === null || wrapped.has(font)) continue;
    const layout: unknown = Reflect.get(font, 'layout');
    if (!isLayout(layout)) continue;
    const cache = new Map<string, { glyphs: unknown[] }>();
    caches.add(cache);
    const memoised: Layout = (text, features, ...rest) => {
      // Only the plain call textkit makes (script, language auto; direction ltr) is cached.
      const key = rest.every((r) => r === undefined || r === 'ltr')
        ? `${JSON.stringify(features ?? null)}\u0000${String(rest[2] ?? '')}\u0000${text}`
        : undefined;
      const hit = key === undefined ? undefined : cache.get(key);
      if (hit) {
        const copy: { glyphs: unknown[] } = Object.create(Object.getPrototypeOf(hit) as object);
        return Object.assign(copy, hit, { glyphs: hit.glyphs.slice() });
      }
      const run = layout.call(font, text, withoutIdleMarkFeatures(text, features), ...rest);
      if (key !== undefined) cache.set(key, run);
      return run;
    };
    Reflect.set(font, 'layout', memoised);
    shortenNameRecords(font);
    // textkit reads unitsPerEm for every glyph it scales; fontkit's getter looks up the head
    // table each time. The value never changes for a font: keep it on the font itself.
    const unitsPerEm: unknown = Reflect.get(font, 'unitsPerEm');
    if (typeof unitsPerEm === 'number')
      Object.defineProperty(font, 'unitsPerEm', { value: unitsPerEm });
    wrapped.add(font);
  }
}

/**
 * pdfkit tells fonts apart by serialising their whole name table (JSON.stringify of every record)
 * each time it draws a run of text: about a fifth of a second in a 120-page export. The records
 * serialise to the font's PostScript name instead, which tells these fonts apart just as well
 * (pdfkit compares the fonts' checksums too). If fontkit's shape ever differs, nothing changes.
 */
function shortenNameRecords(font: object): void {
  const name: unknown = Reflect.get(font, 'name');
  const records: unknown =
    typeof name === 'object' && name !== null ? Reflect.get(name, 'records') : undefined;
  const postscriptName: unknown = Reflect.get(font, 'postscriptName');
  if (typeof records !== 'object' || records === null || typeof postscriptName !== 'string') return;
  Object.defineProperty(records, 'toJSON', { value: () => postscriptName, enumerable: false });
}

/** Frees the glyph runs kept for the export that just ended. */
export function clearShapingCache(): void {
  for (const cache of caches) cache.clear();
}
