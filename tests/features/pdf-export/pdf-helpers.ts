import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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

export function writeTempPdf(bytes: Uint8Array, name = 'out.pdf'): string {
  const file = join(mkdtempSync(join(tmpdir(), 'pdf-test-')), name);
  writeFileSync(file, bytes);
  return file;
}

/** Text of the PDF as pdftotext reads it (what a reviewer gets when copying). */
export function pdfText(file: string, args: readonly string[] = []): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', ...args, file, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

export function pdfInfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', ['-enc', 'UTF-8', file], { encoding: 'utf8' });
  return Object.fromEntries(
    out
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .flatMap((m) => (m && m[1] && m[2] !== undefined ? [[m[1].trim(), m[2].trim()]] : [])),
  );
}

/** Whitespace-insensitive form: PDF line wrapping turns spaces into line breaks. */
export function squash(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, '');
}
