/**
 * react-pdf breaks lines only at spaces (with hyphenation off, which keeps copied text exact), so a
 * word wider than its column — a long group name in a narrow table cell, a web address — would be
 * drawn over the next column or off the page. `fitWords` puts a line break inside such a word only:
 * after a hyphen, slash or similar mark where one fits, else between letters. Line breaks are what
 * any wrapped line becomes in copied text, so the text still reads back as typed, whitespace aside.
 */

/** Width in points of `text` at `fontSize`, bold or regular. */
export type Measure = (text: string, fontSize: number, bold: boolean) => number;

/** The widest a glyph of these fonts gets, in em: words shorter than this can't overflow. */
const MAX_GLYPH_EM = 1.1;
const BREAK_AFTER = /[-‐–—/\\_.,;:)\]}|·]/u;

const graphemes = (word: string): string[] => {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(segmenter.segment(word), (s) => s.segment);
};

/**
 * Splits one word into pieces that each fit `width`. Widths are summed letter by letter: kerning
 * moves a pair by a small fraction of a point, well inside a cell's padding.
 */
function splitWord(word: string, width: number, fontSize: number, bold: boolean, measure: Measure) {
  const letters = graphemes(word);
  const widths = letters.map((g) => measure(g, fontSize, bold));
  const pieces: string[] = [];
  let start = 0;
  while (start < letters.length) {
    // The longest run from `start` that fits (at least one letter, so the loop always ends).
    let end = start + 1;
    let used = widths[start] ?? 0;
    while (end < letters.length && used + (widths[end] ?? 0) <= width) {
      used += widths[end] ?? 0;
      end += 1;
    }
    // Prefer to break after a hyphen, slash or punctuation inside that run.
    if (end < letters.length) {
      for (let i = end; i > start + 1; i -= 1) {
        if (BREAK_AFTER.test(letters[i - 1] ?? '')) {
          end = i;
          break;
        }
      }
    }
    pieces.push(letters.slice(start, end).join(''));
    start = end;
  }
  return pieces.join('\n');
}

export function fitWords(
  text: string,
  width: number,
  fontSize: number,
  measure: Measure,
  bold = false,
): string {
  const shortest = width / (fontSize * MAX_GLYPH_EM);
  return text.replace(/[^\s]+/gu, (word) =>
    [...word].length <= shortest || measure(word, fontSize, bold) <= width
      ? word
      : splitWord(word, width, fontSize, bold, measure),
  );
}
