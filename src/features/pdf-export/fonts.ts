import type { Font as FontRegistry } from '@react-pdf/renderer';

/**
 * Noto Sans, static TTFs (react-pdf cannot use WOFF2 or variable fonts): Latin Extended and
 * Vietnamese in regular, bold, italic and bold italic. Sources are URLs in the browser and worker
 * (see font-urls.ts) and file paths under Node.
 */
export const FONT_FAMILY = 'Noto Sans';

export interface FontSources {
  regular: string;
  bold: string;
  italic: string;
  boldItalic: string;
}

/** The four faces: which source each is, and its weight and style. */
export const FACES = [
  { source: 'regular', fontWeight: 400, fontStyle: 'normal' },
  { source: 'bold', fontWeight: 700, fontStyle: 'normal' },
  { source: 'italic', fontWeight: 400, fontStyle: 'italic' },
  { source: 'boldItalic', fontWeight: 700, fontStyle: 'italic' },
] as const satisfies readonly {
  source: keyof FontSources;
  fontWeight: number;
  fontStyle: string;
}[];

let registered: string | undefined;

/** Registers the family once per set of sources and turns hyphenation off (words never split). */
export function registerFonts(Font: typeof FontRegistry, sources: FontSources): void {
  const key = JSON.stringify(sources);
  if (registered === key) return;
  Font.register({
    family: FONT_FAMILY,
    fonts: FACES.map(({ source, fontWeight, fontStyle }) => ({
      src: sources[source],
      fontWeight,
      fontStyle,
    })),
  });
  Font.registerHyphenationCallback((word) => [word]);
  registered = key;
}
