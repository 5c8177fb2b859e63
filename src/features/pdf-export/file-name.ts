/** Letters that do not decompose into a base letter and a mark. */
const SPECIAL: Record<string, string> = {
  đ: 'd',
  ð: 'd',
  ø: 'o',
  ł: 'l',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ı: 'i',
};

const MAX_SLUG_LENGTH = 60;

/** "Fideicomiso de tierras — Đặng Street" → "fideicomiso-de-tierras-dang-street"; '' → "untitled". */
export function titleSlug(title: string): string {
  const ascii = title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^ -~]/g, (c) => SPECIAL[c] ?? '-');
  const slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  const cut =
    slug.length > MAX_SLUG_LENGTH ? slug.slice(0, MAX_SLUG_LENGTH).replace(/-[^-]*$/, '') : slug;
  return cut === '' ? 'untitled' : cut;
}

interface Named {
  readableId: string;
  version: number;
  meta: { title: string };
}

/** `EQ-2026-5WE7-MFJV-community-land-trust-v3.pdf` */
export function pdfFileName(a: Named): string {
  return `${a.readableId}-${titleSlug(a.meta.title)}-v${a.version}.pdf`;
}

/** The web page export's name: the PDF's, ending in `.html`. */
export function webPageFileName(a: Named): string {
  return pdfFileName(a).replace(/\.pdf$/, '.html');
}
