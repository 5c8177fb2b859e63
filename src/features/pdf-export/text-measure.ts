import type { Font as FontRegistry } from '@react-pdf/renderer';
import type { Measure } from './fit-words';
import { FONT_FAMILY } from './fonts';

interface Face {
  unitsPerEm: number;
  glyphForCodePoint: (codePoint: number) => { advanceWidth: number };
}

function isFace(value: unknown): value is Face {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof Reflect.get(value, 'unitsPerEm') === 'number' &&
    typeof Reflect.get(value, 'glyphForCodePoint') === 'function'
  );
}

/** Width of text in em: the sum of its letters' advances (kerning moves a pair by a hair). */
function emWidth(face: Face, cache: Map<number, number>): (text: string) => number {
  return (text) => {
    let units = 0;
    for (const char of text) {
      const cp = char.codePointAt(0) ?? 0;
      let advance = cache.get(cp);
      if (advance === undefined) {
        advance = face.glyphForCodePoint(cp).advanceWidth;
        cache.set(cp, advance);
      }
      units += advance;
    }
    return units / face.unitsPerEm;
  };
}

/** Measures text with the PDF's own fonts (regular and bold), as react-pdf will draw it. */
export async function loadMeasure(Font: typeof FontRegistry): Promise<Measure | undefined> {
  const widths: ((text: string) => number)[] = [];
  for (const fontWeight of [400, 700]) {
    const source = Font.getFont({ fontFamily: FONT_FAMILY, fontWeight, fontStyle: 'normal' });
    await source.load();
    const face: unknown = source.data;
    if (!isFace(face)) return undefined;
    widths.push(emWidth(face, new Map()));
  }
  const [regular, bold] = widths;
  if (!regular || !bold) return undefined;
  return (text, fontSize, isBold) => (isBold ? bold : regular)(text) * fontSize;
}
