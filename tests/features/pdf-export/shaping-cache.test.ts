// @vitest-environment node
import { Font } from '@react-pdf/renderer';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { styles } from '@/features/pdf-export/document/styles';
import { FACES, FONT_FAMILY, registerFonts } from '@/features/pdf-export/fonts';
import { renderAssessmentPdf } from '@/features/pdf-export/render-pdf';
import {
  SEAM_PATCHES,
  clearShapingCache,
  installShapingSeam,
  patchFont,
  seamStatus,
  type FaceStatus,
} from '@/features/pdf-export/shaping-cache';
import {
  MARKUP_SAMPLE,
  SPANISH_SAMPLE,
  VIETNAMESE_SAMPLE,
  longText,
  typicalAssessment,
} from '../../fixtures/assessments';
import { PAGINATION_SEAM_KEY } from '../../../scripts/react-pdf-pagination.mjs';
import { loadFace, nodeFontPaths, registerUnpatched } from './pdf-helpers';

/** The parts of a fontkit font and glyph run these tests read. */
interface Glyph {
  id: number;
  codePoints: number[];
}
interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}
interface GlyphRun {
  glyphs: Glyph[];
  positions: Position[];
  features: Record<string, boolean>;
}
interface Face {
  layout(
    text: string,
    features?: unknown,
    script?: string,
    language?: string,
    direction?: string,
  ): GlyphRun;
  unitsPerEm: number;
  postscriptName: string;
  name: { records: object };
}

/** A second, never patched load of the same four files, to compare against. */
const UNPATCHED = `${FONT_FAMILY} (unpatched)`;

/** What a run draws: each glyph id with the code points it stands for, and where it goes. */
function drawn(run: GlyphRun) {
  return run.glyphs.map((g, i) => {
    const p = run.positions[i];
    return [g.id, g.codePoints.join(','), p?.xAdvance, p?.yAdvance, p?.xOffset, p?.yOffset];
  });
}

/** Yoruba: letters with combining marks that have no precomposed form. */
const YORUBA = 'Ẹ̀kọ́ ọ̀fẹ́ fún gbogbo ọmọ — Ọ̀rọ̀ àwọn olùgbé';

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (typeof value === 'object' && value !== null)
    for (const v of Object.values(value)) strings(v, out);
  return out;
}

/**
 * Runs of text as textkit shapes them (whole paragraphs, and single words and letters when it
 * splits a ligature or a word): every string of the typical assessment, Vietnamese precomposed
 * and decomposed, Yoruba with combining marks, marks on their own, and the empty string.
 */
function corpus(): string[] {
  const paragraphs = [
    ...strings(typicalAssessment()),
    VIETNAMESE_SAMPLE,
    VIETNAMESE_SAMPLE.normalize('NFD'),
    SPANISH_SAMPLE,
    SPANISH_SAMPLE.normalize('NFD'),
    MARKUP_SAMPLE,
    YORUBA,
    YORUBA.normalize('NFC'),
    longText(600, 3),
    'ffi fl ﬁ Th — “Page 1 of 12” · 42 % · 1,234.50 · #G1 → H2',
    '\u0301\u0323 a\u0301 e\u0323\u0302 Nguye\u0302\u0303n',
    ' ',
    '',
  ];
  const words = paragraphs.flatMap((p) => p.split(/\s+/));
  const letters = [...new Set([...paragraphs.join('')])];
  return [...new Set([...paragraphs, ...words, ...letters])];
}

/** The features the document asks for (no glyph composition, ligatures or kerning). */
const DOCUMENT_FEATURES = styles.page.fontFeatureSettings;

/**
 * Feature settings textkit may pass: the document's, none (fontkit's defaults: glyph composition
 * splits some Vietnamese letters into a letter and a mark), and others.
 */
const FEATURES: unknown[] = [DOCUMENT_FEATURES, undefined, { liga: true, kern: true }, ['liga']];

describe('the shaping seam on the PDF fonts', () => {
  let patched: Face[];
  let unpatched: Face[];
  let installed: FaceStatus[];

  beforeAll(async () => {
    const paths = nodeFontPaths();
    registerFonts(Font, paths);
    registerUnpatched(Font, UNPATCHED, paths);
    installed = await installShapingSeam(Font);
    patched = await Promise.all(FACES.map((v) => loadFace<Face>(Font, FONT_FAMILY, v)));
    unpatched = await Promise.all(FACES.map((v) => loadFace<Face>(Font, UNPATCHED, v)));
  }, 60_000);

  afterEach(() => {
    clearShapingCache();
    vi.restoreAllMocks();
  });

  it('applies every patch to every face (an upgrade that moves an internal fails here)', () => {
    expect(installed.map((f) => f.face)).toEqual(
      FACES.map((v) => `${FONT_FAMILY} ${v.fontWeight} ${v.fontStyle}`),
    );
    const missing = installed.flatMap((f) =>
      f.patches.filter((p) => !p.applied).map((p) => `${f.face}: ${p.patch}: ${JSON.stringify(p)}`),
    );
    expect(missing).toEqual([]);
    for (const f of installed) expect(f.patches.map((p) => p.patch)).toEqual([...SEAM_PATCHES]);
  });

  it('gives the same glyph ids and positions as unpatched fontkit, shaped or from the cache', () => {
    const texts = corpus();
    expect(texts.length).toBeGreaterThan(300);
    let compared = 0;
    const differ: string[] = [];
    FACES.forEach((variant, i) => {
      const before = unpatched[i];
      const after = patched[i];
      if (!before || !after) throw new Error(`face ${i} did not load`);
      for (const features of FEATURES) {
        for (const text of texts) {
          // fontkit writes the features it used into the object it is given: a fresh one per call.
          const shape = (face: Face) =>
            JSON.stringify(
              drawn(face.layout(text, structuredClone(features), undefined, undefined, 'ltr')),
            );
          const want = shape(before);
          const where = `${variant.fontWeight} ${variant.fontStyle} ${JSON.stringify(features)} ${JSON.stringify(text)}`;
          if (shape(after) !== want) differ.push(`${where} (shaped)`);
          if (shape(after) !== want) differ.push(`${where} (from the cache)`);
          compared += 1;
        }
      }
      // textkit's other call: a slice of a ligature, with no features.
      expect(drawn(after.layout('ffi', undefined, undefined, undefined, 'ltr'))).toEqual(
        drawn(before.layout('ffi', undefined, undefined, undefined, 'ltr')),
      );
    });
    expect(differ).toEqual([]);
    expect(compared).toBe(texts.length * FEATURES.length * FACES.length);
  }, 60_000);

  it('serves a repeated run from the cache, and forgets it when the export ends', () => {
    const [face] = patched;
    if (!face) throw new Error('no face');
    const count = () => patchFont(face);
    const start = count();
    face.layout(SPANISH_SAMPLE, {}, undefined, undefined, 'ltr');
    face.layout(SPANISH_SAMPLE, {}, undefined, undefined, 'ltr');
    face.layout(SPANISH_SAMPLE, {}, undefined, undefined, 'ltr');
    expect(count().misses - start.misses).toBe(1);
    expect(count().hits - start.hits).toBe(2);
    // Other features, script or direction are other runs.
    face.layout(SPANISH_SAMPLE, { liga: false }, undefined, undefined, 'ltr');
    face.layout(SPANISH_SAMPLE, {}, 'latn', undefined, 'ltr');
    face.layout(SPANISH_SAMPLE, {}, undefined, undefined, 'rtl');
    expect(count().misses - start.misses).toBe(4);
    clearShapingCache();
    face.layout(SPANISH_SAMPLE, {}, undefined, undefined, 'ltr');
    expect(count().misses - start.misses).toBe(5);
    expect(count().hits - start.hits).toBe(2);
  });

  it('hands each caller a run of its own: changing one never changes the next', () => {
    const [face] = patched;
    const [reference] = unpatched;
    if (!face || !reference) throw new Error('no face');
    const text = 'Nguyễn Thị Đặng, Ẹ̀kọ́';
    const want = drawn(reference.layout(text, {}, undefined, undefined, 'ltr'));
    const spoil = (run: GlyphRun) => {
      for (const p of run.positions) {
        p.xAdvance += 500;
        p.yOffset = 42;
      }
      run.positions.pop();
      run.glyphs.reverse();
    };
    const first = face.layout(text, {}, undefined, undefined, 'ltr');
    spoil(first);
    const second = face.layout(text, {}, undefined, undefined, 'ltr');
    expect(drawn(second)).toEqual(want);
    spoil(second);
    expect(drawn(face.layout(text, {}, undefined, undefined, 'ltr'))).toEqual(want);
    // A copy keeps what a fontkit run offers (its getters read the copied positions).
    const run = face.layout(text, {}, undefined, undefined, 'ltr');
    const fresh = reference.layout(text, {}, undefined, undefined, 'ltr');
    expect(Object.getPrototypeOf(run)).toBe(Object.getPrototypeOf(fresh));
    expect(Reflect.get(run, 'advanceWidth')).toBe(Reflect.get(fresh, 'advanceWidth'));
  });

  it('turns mark positioning off only where no mark glyph is shaped, and fontkit obeys', () => {
    for (const [i, face] of patched.entries()) {
      const reference = unpatched[i];
      if (!reference) throw new Error('no face');
      const features = () => structuredClone(DOCUMENT_FEATURES);
      const plain = face.layout(VIETNAMESE_SAMPLE, features(), undefined, undefined, 'ltr');
      expect(plain.features.mark).toBe(false);
      expect(plain.features.mkmk).toBe(false);
      const marked = face.layout(YORUBA, features(), undefined, undefined, 'ltr');
      expect(marked.features.mark).not.toBe(false);
      // With glyph composition on, the upright faces split "ị" into a letter and a mark (the
      // italics do not): such text is shaped with mark positioning.
      if (FACES[i]?.fontStyle === 'normal') {
        const composed = face.layout('(ịt)', {}, undefined, undefined, 'ltr');
        expect(composed.features.mark).not.toBe(false);
      }
      // The flag is what skips the pass: without it the marks of Yoruba text land elsewhere.
      expect(
        drawn(reference.layout(YORUBA, { ...features(), mark: false, mkmk: false })),
      ).not.toEqual(drawn(reference.layout(YORUBA, features())));
    }
  });

  it('keeps unitsPerEm on the font, with the value fontkit computes', () => {
    for (const [i, face] of patched.entries()) {
      const descriptor = Object.getOwnPropertyDescriptor(face, 'unitsPerEm');
      expect(descriptor?.value).toBe(unpatched[i]?.unitsPerEm);
      expect(descriptor?.value).toBeGreaterThan(0);
      expect(Object.getOwnPropertyDescriptor(unpatched[i], 'unitsPerEm')).toBeUndefined();
    }
  });

  it('serialises the name records pdfkit compares to the PostScript name, and only those', () => {
    const names = patched.map((f) => JSON.stringify(f.name.records));
    expect(names).toEqual(patched.map((f) => JSON.stringify(f.postscriptName)));
    expect(new Set(names).size).toBe(4);
    for (const face of unpatched) {
      expect(JSON.stringify(face.name.records).length).toBeGreaterThan(1000);
    }
  });

  it('is in the path of a real export: cache hits, and pdfkit serialising the name records', async () => {
    // The layout-wide memo of text layouts (scripts/react-pdf-pagination.mjs) is switched off for
    // this export: it keeps a text laid out twice from reaching textkit at all, and this test is
    // about how textkit calls the fonts when it does lay text out.
    const pagination: unknown = Reflect.get(globalThis, Symbol.for(PAGINATION_SEAM_KEY));
    if (typeof pagination !== 'object' || pagination === null)
      throw new Error('the pagination patch has not run');
    Reflect.set(pagination, 'wholeLayoutMemo', false);
    const before = seamStatus();
    const stringify = vi.spyOn(JSON, 'stringify');
    try {
      await renderAssessmentPdf(typicalAssessment(), { fonts: nodeFontPaths() });
    } finally {
      Reflect.set(pagination, 'wholeLayoutMemo', true);
    }
    const records = new Set<unknown>(patched.map((f) => f.name.records));
    const compared = stringify.mock.calls.filter(([value]) => records.has(value)).length;
    stringify.mockRestore();
    const after = seamStatus();
    // pdfkit still tells fonts apart by JSON.stringify of these records: the shortcut is used.
    expect(compared).toBeGreaterThan(0);
    // textkit still calls layout the way the cache keys it, repeatedly for the same runs.
    for (const face of [`${FONT_FAMILY} 400 normal`, `${FONT_FAMILY} 700 normal`]) {
      const was = before.find((f) => f.face === face);
      const now = after.find((f) => f.face === face);
      expect(now?.hits, face).toBeGreaterThan((was?.hits ?? 0) + 50);
      // Text in the document's features is shaped word by word.
      expect(now?.wordRuns, face).toBeGreaterThan((was?.wordRuns ?? 0) + 10);
    }
  }, 60_000);
});

describe('a font the seam cannot patch', () => {
  it('says why for each patch, and changes nothing', () => {
    const font = {
      layout: (text: string) => ({ glyphs: [...text], positions: [] }),
      unitsPerEm: 1000,
    };
    const layout = font.layout;
    const status = patchFont(font, 'odd font');
    expect(status.patches.map((p) => [p.patch, p.applied])).toEqual(
      SEAM_PATCHES.map((p) => [p, false]),
    );
    for (const p of status.patches) {
      if (!p.applied) expect(p.reason).toMatch(/\w/);
    }
    expect(font.layout).toBe(layout);
    expect(Object.getOwnPropertyDescriptor(font, 'unitsPerEm')?.writable).toBe(true);
    expect(patchFont(undefined).patches.every((p) => !p.applied)).toBe(true);
  });
});
