import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { FontSources } from '@/features/pdf-export/fonts';

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

export interface ReadPdf {
  /** Each page's text in drawing order, as a reviewer gets it when copying (lines and spaces). */
  pages: string[];
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
 * Reads a PDF with pdf.js (no poppler needed, so `npm test` runs on a fresh machine). Text runs
 * join as pdftotext's `-raw` mode would: a new line where the baseline moves, a space where a gap
 * is left on the line, nothing between runs that touch (one word drawn in several runs).
 */
export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const doc = await getDocument({
    data: bytes.slice(),
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  try {
    const pages: string[] = [];
    for (let p = 1; p <= doc.numPages; p += 1) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      let out = '';
      let lastY: number | undefined;
      let lastEnd = 0;
      for (const item of content.items) {
        if (!positioned(item) || item.str === '') continue;
        const x = item.transform[4] ?? 0;
        const y = item.transform[5] ?? 0;
        if (lastY !== undefined) {
          if (Math.abs(y - lastY) > 1) out += '\n';
          else if (x - lastEnd > 1) out += ' ';
        }
        out += item.str;
        lastY = y;
        lastEnd = x + item.width;
      }
      pages.push(out);
      page.cleanup();
    }
    const meta = await doc.getMetadata();
    const info: Record<string, string> = {};
    for (const [key, value] of Object.entries(meta.info as Record<string, unknown>)) {
      if (typeof value === 'string') info[key] = value;
    }
    return { pages, info };
  } finally {
    await doc.destroy();
  }
}

/** Whitespace-insensitive form: PDF line wrapping turns spaces into line breaks. */
export function squash(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, '');
}
