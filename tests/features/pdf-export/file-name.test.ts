import { describe, expect, it } from 'vitest';
import { pdfFileName, titleSlug } from '@/features/pdf-export/file-name';

describe('PDF file names', () => {
  it('joins readable id, title slug and version', () => {
    expect(
      pdfFileName({
        readableId: 'EQ-2026-5WE7-MFJV',
        version: 3,
        meta: { title: 'Community Land Trust' },
      }),
    ).toBe('EQ-2026-5WE7-MFJV-community-land-trust-v3.pdf');
  });

  it('strips Vietnamese and Spanish diacritics, đ becomes d', () => {
    expect(titleSlug('Nhà ở cho người thuê — Đặng Street')).toBe(
      'nha-o-cho-nguoi-thue-dang-street',
    );
    expect(titleSlug('Señora Núñez: vivienda asequible, año 2026')).toBe(
      'senora-nunez-vivienda-asequible-ano-2026',
    );
    expect(titleSlug('Straße Æsir Øresund')).toBe('strasse-aesir-oresund');
  });

  it('uses "untitled" when nothing is left', () => {
    expect(titleSlug('')).toBe('untitled');
    expect(titleSlug('   ')).toBe('untitled');
    expect(titleSlug('<script>…</script>')).toBe('script-script');
    expect(titleSlug('中文')).toBe('untitled');
  });

  it('keeps slugs short, cut at a word', () => {
    const slug = titleSlug('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith('word')).toBe(true);
  });
});
