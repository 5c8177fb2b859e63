import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { safeCell, toCsv } from '@/lib/csv';

describe('CSV export made safe for spreadsheets', () => {
  it.each([
    ['=HYPERLINK("http://x","click")', `'=HYPERLINK("http://x","click")`],
    ['+1+2', `'+1+2`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\t=1', `'\t=1`],
    ['\r=1', `'\r=1`],
  ])('prefixes %j with an apostrophe', (input, expected) => {
    expect(safeCell(input)).toBe(expected);
  });

  it('leaves ordinary text, numbers and inner signs alone', () => {
    expect(safeCell('Parks & Recreation')).toBe('Parks & Recreation');
    expect(safeCell('a=b')).toBe('a=b');
    expect(safeCell(3)).toBe('3');
    expect(safeCell('')).toBe('');
  });

  it('quotes commas, quotes and line breaks, and reads back cell for cell', () => {
    const header = ['Title', 'Department'];
    const rows = [
      ['Bus lanes, phase 2', 'Transit "Ops"'],
      ["=cmd|' /C calc'!A0", 'Línea 1\nLínea 2'],
      ['Đặng Street', '@risk'],
    ];
    const text = toCsv(header, rows);
    const parsed = Papa.parse<string[]>(text, { newline: '\r\n' }).data;
    expect(parsed).toEqual([
      header,
      ['Bus lanes, phase 2', 'Transit "Ops"'],
      [`'=cmd|' /C calc'!A0`, 'Línea 1\nLínea 2'],
      ['Đặng Street', `'@risk`],
    ]);
    // No cell of the file starts a formula.
    for (const row of parsed) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});
