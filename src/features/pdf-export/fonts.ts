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

let registered: string | undefined;

/** Registers the family once per set of sources and turns hyphenation off (words never split). */
export function registerFonts(Font: typeof FontRegistry, sources: FontSources): void {
  const key = JSON.stringify(sources);
  if (registered === key) return;
  Font.register({
    family: FONT_FAMILY,
    fonts: [
      { src: sources.regular, fontWeight: 400, fontStyle: 'normal' },
      { src: sources.bold, fontWeight: 700, fontStyle: 'normal' },
      { src: sources.italic, fontWeight: 400, fontStyle: 'italic' },
      { src: sources.boldItalic, fontWeight: 700, fontStyle: 'italic' },
    ],
  });
  Font.registerHyphenationCallback((word) => [word]);
  registered = key;
}
