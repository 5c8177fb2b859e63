import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Font as FontRegistry } from '@react-pdf/renderer';
import { FACES, type FontSources } from '@/features/pdf-export/fonts';

const require = createRequire(import.meta.url);

/** Under Node the fonts load from file paths (a `?url` import does not resolve to a file in vitest). */
export function nodeFontPaths(): FontSources {
  const root = dirname(require.resolve('@expo-google-fonts/noto-sans/package.json'));
  return {
    regular: join(root, '400Regular/NotoSans_400Regular.ttf'),
    bold: join(root, '700Bold/NotoSans_700Bold.ttf'),
    italic: join(root, '400Regular_Italic/NotoSans_400Regular_Italic.ttf'),
    boldItalic: join(root, '700Bold_Italic/NotoSans_700Bold_Italic.ttf'),
  };
}

/** Registers the same four font files under another family name, never patched by the seam. */
export function registerUnpatched(Font: typeof FontRegistry, family: string, paths: FontSources) {
  Font.register({
    family,
    fonts: FACES.map(({ source, fontWeight, fontStyle }) => ({
      src: paths[source],
      fontWeight,
      fontStyle,
    })),
  });
}

/** One face of a registered family, loaded; its parsed fontkit font. */
export async function loadFace<Face>(
  Font: typeof FontRegistry,
  fontFamily: string,
  face: (typeof FACES)[number],
): Promise<Face> {
  const source = Font.getFont({
    fontFamily,
    fontWeight: face.fontWeight,
    fontStyle: face.fontStyle,
  });
  await source.load();
  return source.data as unknown as Face;
}

/** A run of text as drawn: its left edge, baseline and width, in points from the bottom left. */
export interface TextRun {
  str: string;
  x: number;
  y: number;
  width: number;
}

export interface ReadPdf {
  /** Each page's text in drawing order, as a reviewer gets it when copying (lines and spaces). */
  pages: string[];
  /** Each page's runs of text with their positions. */
  runs: TextRun[][];
  /** Each page's width and height in points. */
  sizes: { width: number; height: number }[];
  /** The document information dictionary: Title, Author, Subject, Creator, Language… */
  info: Record<string, string>;
}

interface Positioned {
  str: string;
  width: number;
  transform: number[];
}
const positioned = (item: object): item is Positioned => 'str' in item && 'transform' in item;

/**
 * Runs joined as pdftotext's `-raw` mode would: a new line where the baseline moves, a space where
 * a gap is left on the line, nothing between runs that touch (one word drawn in several runs).
 */
export function joinRuns(runs: readonly TextRun[]): string {
  let out = '';
  let last: TextRun | undefined;
  for (const run of runs) {
    if (last) {
      if (Math.abs(run.y - last.y) > 1) out += '\n';
      else if (run.x - (last.x + last.width) > 1) out += ' ';
    }
    out += run.str;
    last = run;
  }
  return out;
}

/**
 * Reads a PDF with pdf.js (no poppler needed, so `npm test` runs on a fresh machine). */
export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const doc = await getDocument({
    data: bytes.slice(),
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  try {
    const pages: string[] = [];
    const runs: TextRun[][] = [];
    const sizes: { width: number; height: number }[] = [];
    for (let p = 1; p <= doc.numPages; p += 1) {
      const page = await doc.getPage(p);
      const [, , width, height] = page.view;
      sizes.push({ width: width ?? 0, height: height ?? 0 });
      const content = await page.getTextContent();
      const pageRuns: TextRun[] = [];
      for (const item of content.items) {
        if (!positioned(item) || item.str === '') continue;
        pageRuns.push({
          str: item.str,
          x: item.transform[4] ?? 0,
          y: item.transform[5] ?? 0,
          width: item.width,
        });
      }
      const out = joinRuns(pageRuns);
      pages.push(out);
      runs.push(pageRuns);
      page.cleanup();
    }
    const meta = await doc.getMetadata();
    const info: Record<string, string> = {};
    for (const [key, value] of Object.entries(meta.info as Record<string, unknown>)) {
      if (typeof value === 'string') info[key] = value;
    }
    return { pages, runs, sizes, info };
  } finally {
    await doc.destroy();
  }
}

/** Whitespace-insensitive form: PDF line wrapping turns spaces into line breaks. */
export function squash(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, '');
}

/**
 * Pairs of runs on one line that overlap (text drawn over other text, as when a word is wider than
 * its table column). Runs that merely touch do not count.
 */
export function overlappingRuns(runs: readonly TextRun[]): [TextRun, TextRun][] {
  const lines = new Map<number, TextRun[]>();
  for (const run of runs) {
    if (run.str.trim() === '') continue;
    const key = Math.round(run.y);
    lines.set(key, [...(lines.get(key) ?? []), run]);
  }
  const out: [TextRun, TextRun][] = [];
  for (const line of lines.values()) {
    const sorted = [...line].sort((a, b) => a.x - b.x);
    for (let i = 1; i < sorted.length; i += 1) {
      const before = sorted[i - 1];
      const run = sorted[i];
      if (before && run && run.x < before.x + before.width - 0.5) out.push([before, run]);
    }
  }
  return out;
}
