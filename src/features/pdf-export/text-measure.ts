import type { Font as FontRegistry } from '@react-pdf/renderer';
import type { Measure } from './fit-words';
import { FONT_FAMILY } from './fonts';

interface Shaper {
  unitsPerEm: number;
  layout: (text: string) => { advanceWidth: number };
}

function isShaper(value: unknown): value is Shaper {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof Reflect.get(value, 'unitsPerEm') === 'number' &&
    typeof Reflect.get(value, 'layout') === 'function'
  );
}

/** Measures text with the PDF's own fonts (regular and bold), as react-pdf will draw it. */
export async function loadMeasure(Font: typeof FontRegistry): Promise<Measure | undefined> {
  const faces: Shaper[] = [];
  for (const fontWeight of [400, 700]) {
    const source = Font.getFont({ fontFamily: FONT_FAMILY, fontWeight, fontStyle: 'normal' });
    await source.load();
    const data: unknown = source.data;
    if (!isShaper(data)) return undefined;
    faces.push(data);
  }
  const [regular, bold] = faces;
  if (!regular || !bold) return undefined;
  return (text, fontSize, isBold) => {
    const face = isBold ? bold : regular;
    return (face.layout(text).advanceWidth * fontSize) / face.unitsPerEm;
  };
}
