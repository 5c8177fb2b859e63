import Papa from 'papaparse';

/** Cells a spreadsheet would read as a formula (or that hide one behind a tab or return). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell a spreadsheet shows as text: one starting with = + - @, a tab or a carriage return gets a
 * leading apostrophe, so "=HYPERLINK(…)" typed in an answer never runs when the CSV is opened.
 */
export function safeCell(value: string | number): string {
  const s = String(value);
  return FORMULA_START.test(s) ? `'${s}` : s;
}

/** A CSV file's text (CRLF lines, quoted where needed by papaparse), every cell made safe. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]) {
  return Papa.unparse(
    { fields: header.map(safeCell), data: rows.map((r) => r.map(safeCell)) },
    { newline: '\r\n', quotes: false },
  );
}
