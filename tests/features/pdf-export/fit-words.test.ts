import { describe, expect, it } from 'vitest';
import { fitWords, type Measure } from '@/features/pdf-export/fit-words';

/** Every letter is half an em wide: at size 10, a 50-point column holds 10 letters. */
const measure: Measure = (text, size) =>
  [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].length * size * 0.5;

describe('fitWords', () => {
  it('leaves words that fit alone, spaces and line breaks included', () => {
    const text = 'Renters with\nlow incomes  and seniors';
    expect(fitWords(text, 50, 10, measure)).toBe(text);
  });

  it('breaks a word too wide for the column after its hyphen', () => {
    expect(fitWords('Vietnamese-speaking households', 60, 10, measure)).toBe(
      'Vietnamese-\nspeaking households',
    );
  });

  it('breaks a word with no hyphen between letters, each piece as wide as fits', () => {
    expect(fitWords('abcdefghijklmnopqrstuvwxy', 50, 10, measure)).toBe(
      'abcdefghij\nklmnopqrst\nuvwxy',
    );
  });

  it('breaks a web address after its slashes and dots', () => {
    const url = 'https://data.city.gov/housing/evictions.csv';
    const out = fitWords(url, 80, 10, measure);
    expect(out.replace(/\n/g, '')).toBe(url);
    for (const line of out.split('\n')) expect(line.length).toBeLessThanOrEqual(16);
    expect(out.split('\n')[0]).toMatch(/[/.]$/);
  });

  it('never splits a letter from its combining marks', () => {
    const word = 'e\u0323\u0302'.repeat(12); // ệ written as e + two marks, 12 times
    const lines = fitWords(word, 25, 10, measure).split('\n');
    expect(lines.join('')).toBe(word);
    for (const line of lines) expect(line).toMatch(/^(e\u0323\u0302)+$/);
  });

  it('keeps the text as typed apart from the added line breaks', () => {
    const text = 'Đặng'.repeat(40) + ' (ịt) ' + 'x'.repeat(200);
    expect(fitWords(text, 100, 10, measure).replace(/\n/g, '')).toBe(text);
  });
});
