import type { Font as FontRegistry } from '@react-pdf/renderer';
import { FACES, FONT_FAMILY } from './fonts';

/**
 * Speed-ups react-pdf needs for long documents (the 122-page stress fixture went from 3.2 s to
 * about 2 s in Chromium), each behind this one seam:
 * - react-pdf shapes the same run of text several times while it measures, lays out and paginates
 *   (about 2.8 times each in the stress fixture), and shaping with fontkit was the largest single
 *   cost. Each loaded font's `layout(text, features)` is memoised for one export at a time: same
 *   font, same text, same features give the same glyph run. The cache is emptied when the export
 *   ends, so memory does not grow across exports.
 * - Mark positioning runs only for text that shapes to a mark glyph (see below).
 * - pdfkit's font comparison and fontkit's `unitsPerEm` getter are made cheap (see below).
 * And one correction: a letter that is also part of a composite glyph ("ơ" in "ờ") keeps its
 * text in the PDF of a second export (see `patchGlyphCodePoints`).
 *
 * These patch library internals, so the libraries are pinned exactly in package.json
 * (`@react-pdf/renderer` 4.9.0; `fontkit` 2.0.4, `pdfkit` 0.20.1, `@react-pdf/textkit` 7.0.1 and
 * `@react-pdf/font` 4.1.2 through `overrides`). Each patch checks that its target has the shape it
 * expects and reports whether it applied and why not (`installShapingSeam`, `seamStatus`);
 * tests/features/pdf-export/shaping-cache.test.ts fails if any patch is missing or no longer in
 * the path of an export, or if a glyph or position differs from unpatched fontkit, and
 * shaping-seam-pdf.test.ts if the PDF is not byte for byte the one made without the seam. An
 * upgrade that moves the internals breaks `npm test` instead of silently losing speed or
 * correctness.
 */

/** The patches, in the order they are applied to each face. */
export const SEAM_PATCHES = [
  /** fontkit's `layout` memoised per export (copies handed out, so callers cannot corrupt it). */
  'layout-cache',
  /** `mark`/`mkmk` off for text that shapes to no mark glyph. */
  'idle-mark-features',
  /** Text in the document's features shaped word by word, each word once per export. */
  'word-runs',
  /** pdfkit's font comparison serialises the name records to the PostScript name. */
  'name-records',
  /** fontkit's `unitsPerEm` getter replaced by its value. */
  'units-per-em',
  /** A glyph made without characters takes those of the first call that brings some. */
  'glyph-code-points',
  /** fontkit's `hasGlyphForCodePoint` answers each character once per font. */
  'has-glyph-cache',
] as const;
export type SeamPatch = (typeof SEAM_PATCHES)[number];

export type PatchResult =
  { patch: SeamPatch; applied: true } | { patch: SeamPatch; applied: false; reason: string };

export interface FaceStatus {
  /** e.g. "Noto Sans 700 italic" */
  face: string;
  patches: PatchResult[];
  /** Runs served from the cache and runs shaped by fontkit, since the seam was installed. */
  hits: number;
  misses: number;
  /** Of the misses, runs put together from their words (each word shaped once per export). */
  wordRuns: number;
}

interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}
interface Run {
  glyphs: unknown[];
  positions: Position[];
  script?: unknown;
}
type Layout = (text: string, features?: unknown, ...rest: unknown[]) => Run;

/** fontkit's `layout(string, features, script, language, direction)`; textkit passes all five. */
const LAYOUT_ARITY = 5;

/**
 * Runs by the key of their features, script and direction, then by their text: looking a run or a
 * word up builds no string of its own (a key per word was a good part of the seam's own time).
 */
type RunCache = Map<string, Map<string, Run>>;

interface Patched {
  patches: PatchResult[];
  cache: RunCache | undefined;
  counts: { hits: number; misses: number; wordRuns: number };
}
const patched = new WeakMap<object, Patched>();
const caches = new Set<RunCache>();

/** The runs cached under one key, made empty the first time. */
function runsFor(cache: RunCache, key: string): Map<string, Run> {
  let runs = cache.get(key);
  if (!runs) {
    runs = new Map();
    cache.set(key, runs);
  }
  return runs;
}
const installed = new Map<string, Patched>();

const applied = (patch: SeamPatch): PatchResult => ({ patch, applied: true });
const notApplied = (patch: SeamPatch, reason: string): PatchResult => ({
  patch,
  applied: false,
  reason,
});

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

const POSITION_FIELDS = ['xAdvance', 'yAdvance', 'xOffset', 'yOffset'] as const;

/** A glyph position as fontkit makes it: exactly these four numbers, so a copy misses nothing. */
function isPosition(value: unknown): value is Position {
  if (!isObject(value)) return false;
  const keys = Object.keys(value);
  return (
    keys.length === POSITION_FIELDS.length &&
    POSITION_FIELDS.every(
      (key) => keys.includes(key) && typeof Reflect.get(value, key) === 'number',
    )
  );
}

/** A glyph run as fontkit returns it: one position (of plain number fields) per glyph. */
function isRun(value: unknown): value is Run {
  if (!isObject(value)) return false;
  const glyphs: unknown = Reflect.get(value, 'glyphs');
  const positions: unknown = Reflect.get(value, 'positions');
  return (
    Array.isArray(glyphs) &&
    Array.isArray(positions) &&
    glyphs.length === positions.length &&
    positions.every(isPosition)
  );
}

/**
 * A run of its own for each caller: textkit keeps the glyph array and (today) builds new
 * positions from these, but a caller that changes a position or the array must never change what
 * the next caller of the same text gets.
 */
function copyRun(run: Run): Run {
  const copy: Run = Object.create(Object.getPrototypeOf(run) as object);
  return Object.assign(copy, run, {
    glyphs: run.glyphs.slice(),
    // Positions are exactly these four numbers (checked when the seam is installed).
    positions: run.positions.map((p): Position => ({
      xAdvance: p.xAdvance,
      yAdvance: p.yAdvance,
      xOffset: p.xOffset,
      yOffset: p.yOffset,
    })),
  });
}

const COMBINING_MARK = /\p{M}/u;
/** OpenType's glyph class for marks (GDEF). */
const MARK_CLASS = 3;

/**
 * The font's mark glyphs, from its GDEF glyph classes (as fontkit tells marks apart), or a reason
 * why they cannot be known.
 */
function markGlyphs(font: object): Set<number> | string {
  const gdef: unknown = Reflect.get(font, 'GDEF');
  const classDef: unknown = isObject(gdef) ? Reflect.get(gdef, 'glyphClassDef') : undefined;
  if (!isObject(classDef)) return 'the font has no GDEF glyph classes to tell marks apart';
  const marks = new Set<number>();
  const ranges: unknown = Reflect.get(classDef, 'classRangeRecord');
  const start: unknown = Reflect.get(classDef, 'startGlyph');
  const values: unknown = Reflect.get(classDef, 'classValueArray');
  if (Array.isArray(ranges)) {
    for (const range of ranges as unknown[]) {
      if (!isObject(range)) return 'a GDEF class range is not { start, end, class }';
      const [from, to, glyphClass]: unknown[] = ['start', 'end', 'class'].map((k) =>
        Reflect.get(range, k),
      );
      if (typeof from !== 'number' || typeof to !== 'number' || typeof glyphClass !== 'number')
        return 'a GDEF class range is not { start, end, class }';
      if (glyphClass === MARK_CLASS) for (let id = from; id <= to; id += 1) marks.add(id);
    }
  } else if (typeof start === 'number' && Array.isArray(values)) {
    (values as unknown[]).forEach((glyphClass, i) => {
      if (glyphClass === MARK_CLASS) marks.add(start + i);
    });
  } else return 'the GDEF glyph classes are in neither of the two OpenType formats';
  return marks.size > 0 ? marks : 'the font has no mark glyphs';
}

/**
 * Mark positioning (`mark`, `mkmk`) places mark glyphs on their letters: needed for text such as
 * Yoruba "ẹ̀" (ẹ + a combining grave), idle for text with no mark glyph at all, which is nearly
 * everything once text is NFC (Vietnamese letters are all precomposed). Skipping two idle passes
 * over every glyph halves what shaping is left to do. Text without combining marks is shaped
 * without them; if a substitution still made a mark glyph (glyph composition `ccmp`, on unless
 * turned off, splits some precomposed letters into a letter and a mark), the text is shaped again
 * with the caller's features, so the glyphs always come out as fontkit alone would give them.
 */
function withoutIdleMarkFeatures(text: string, features: unknown): unknown {
  if (COMBINING_MARK.test(text)) return undefined;
  if (features === undefined || features === null) return { mark: false, mkmk: false };
  if (typeof features !== 'object' || Array.isArray(features)) return undefined;
  return { ...features, mark: false, mkmk: false };
}

/** Puts the per-export cache in front of `layout`, and the mark shortcut inside it. */
function patchLayout(font: object, counts: Patched['counts']): [PatchResult[], Patched['cache']] {
  const layout: unknown = Reflect.get(font, 'layout');
  if (typeof layout !== 'function') {
    const reason = 'the font has no layout function';
    return [
      [
        notApplied('layout-cache', reason),
        notApplied('idle-mark-features', reason),
        notApplied('word-runs', reason),
      ],
      undefined,
    ];
  }
  if (layout.length !== LAYOUT_ARITY) {
    const reason = `fontkit's layout takes ${layout.length} arguments, not ${LAYOUT_ARITY} (string, features, script, language, direction)`;
    return [
      [
        notApplied('layout-cache', reason),
        notApplied('idle-mark-features', reason),
        notApplied('word-runs', reason),
      ],
      undefined,
    ];
  }
  const shape = layout as Layout;
  const probe: unknown = shape.call(font, 'Aa', undefined, undefined, undefined, 'ltr');
  if (!isRun(probe)) {
    const reason = 'layout no longer returns { glyphs, positions } with one position per glyph';
    return [
      [
        notApplied('layout-cache', reason),
        notApplied('idle-mark-features', reason),
        notApplied('word-runs', reason),
      ],
      undefined,
    ];
  }
  const available: unknown = Reflect.get(font, 'availableFeatures');
  const marks =
    Array.isArray(available) && available.includes('mark')
      ? markGlyphs(font)
      : 'the font lists no mark feature';
  const hasMark = (run: Run): boolean => {
    if (typeof marks === 'string') return false;
    for (const glyph of run.glyphs as { id?: unknown }[]) {
      if (typeof glyph.id === 'number' && marks.has(glyph.id)) return true;
    }
    return false;
  };
  const shapeText = (text: string, features: unknown, rest: unknown[]): Run => {
    const lighter = typeof marks === 'string' ? undefined : withoutIdleMarkFeatures(text, features);
    if (lighter !== undefined) {
      const run = shape.call(font, text, lighter, ...rest);
      if (!hasMark(run)) return run;
    }
    return shape.call(font, text, features, ...rest);
  };

  const cache: RunCache = new Map();

  // Word by word: fontkit detects a run's script from its first letter that has one, so each word
  // is shaped in that script (a word of digits or punctuation alone would be shaped in none).
  const scriptOf = (text: string): unknown =>
    shape.call(font, text, { ...DOCUMENT_LIKE }, undefined, undefined, 'ltr').script;
  const noScript = scriptOf(' ');
  const latin = scriptOf('Aa');
  const words =
    typeof noScript === 'string' && typeof latin === 'string' && noScript !== latin
      ? applied('word-runs')
      : notApplied('word-runs', "fontkit's glyph run no longer says which script it was shaped in");
  /** Words shaped in `script` (undefined: the script fontkit detects), under `featureKey`. */
  const wordsIn = (featureKey: string, script: unknown) =>
    runsFor(cache, `w\u0000${String(script ?? '')}\u0000${featureKey}`);
  const shapeWord = (
    runs: Map<string, Run>,
    word: string,
    features: unknown,
    script: unknown,
  ): Run => {
    let run = runs.get(word);
    if (!run) {
      run = shapeText(word, features, [script, undefined, 'ltr']);
      runs.set(word, run);
    }
    return run;
  };
  const shapeWords = (text: string, features: unknown, featureKey: string): Run | undefined => {
    if (!words.applied || !wordByWord(text, features)) return undefined;
    const parts = text.match(WORDS) ?? [];
    if (parts.length < 2) return undefined;
    const detected = wordsIn(featureKey, undefined);
    const runs = parts.map((w) => shapeWord(detected, w, features, undefined));
    const script = runs.find((r) => r.script !== noScript)?.script ?? noScript;
    let inScript: Map<string, Run> | undefined;
    const glyphs: unknown[] = [];
    const positions: Position[] = [];
    let first: Run | undefined;
    runs.forEach((r, i) => {
      const run =
        r.script === script
          ? r
          : shapeWord((inScript ??= wordsIn(featureKey, script)), parts[i] ?? '', features, script);
      first ??= run;
      for (const g of run.glyphs) glyphs.push(g);
      for (const p of run.positions) positions.push(p);
    });
    if (!first) return undefined;
    const joined: Run = Object.create(Object.getPrototypeOf(first) as object);
    counts.wordRuns += 1;
    return Object.assign(joined, first, { glyphs, positions, script });
  };

  const memoised: Layout = (text, features, ...rest) => {
    // Only the plain call textkit makes (script, language auto; direction ltr) is cached.
    if (!rest.every((r) => r === undefined || r === 'ltr')) {
      counts.misses += 1;
      return shapeText(text, features, rest);
    }
    const featureKey = JSON.stringify(features ?? null);
    const runs = runsFor(cache, `${featureKey}\u0000${String(rest[2] ?? '')}`);
    const hit = runs.get(text);
    if (hit) {
      counts.hits += 1;
      return copyRun(hit);
    }
    counts.misses += 1;
    const run = shapeWords(text, features, featureKey) ?? shapeText(text, features, rest);
    runs.set(text, run);
    return copyRun(run);
  };
  Reflect.set(font, 'layout', memoised);
  return [
    [
      applied('layout-cache'),
      typeof marks === 'string'
        ? notApplied('idle-mark-features', marks)
        : applied('idle-mark-features'),
      words,
    ],
    cache,
  ];
}

/** Words and the white space between them, each its own piece. */
const WORDS = /\s+|\S+/gu;
/** The document's features (styles.ts): no ligatures, kerning or glyph composition. */
const DOCUMENT_LIKE = { ccmp: false, liga: false, kern: false };

/**
 * Whether `text` shapes to the same glyphs and positions word by word as in one piece: only with
 * every feature that can reach across a space off (kerning, ligatures, glyph composition), and
 * only for text with no combining mark (a mark after a space would lose its base). Contextual
 * alternates (`calt`, `clig`, `rclt`) are not in these fonts; the tests compare every face with
 * unpatched fontkit.
 */
function wordByWord(text: string, features: unknown): boolean {
  if (!isObject(features) || Array.isArray(features)) return false;
  const f = features as Record<string, unknown>;
  return f.kern === false && f.liga === false && f.ccmp === false && !COMBINING_MARK.test(text);
}

/**
 * pdfkit tells fonts apart by serialising their whole name table (JSON.stringify of every record
 * in `font._tables.name.records`) each time it draws a run of text: about a fifth of a second in a
 * 120-page export. The records serialise to the font's PostScript name instead, which tells these
 * fonts apart just as well (pdfkit compares the fonts' checksums too).
 */
function patchNameRecords(font: object): PatchResult {
  const name: unknown = Reflect.get(font, 'name');
  const records: unknown = isObject(name) ? Reflect.get(name, 'records') : undefined;
  const postscriptName: unknown = Reflect.get(font, 'postscriptName');
  const tables: unknown = Reflect.get(font, '_tables');
  if (!isObject(records)) return notApplied('name-records', 'the font has no name.records');
  if (typeof postscriptName !== 'string' || postscriptName === '')
    return notApplied('name-records', 'the font has no PostScript name');
  if (!isObject(tables) || Reflect.get(tables, 'name') !== name)
    return notApplied(
      'name-records',
      'the name table is not at font._tables.name, where pdfkit reads it',
    );
  Object.defineProperty(records, 'toJSON', { value: () => postscriptName, enumerable: false });
  return applied('name-records');
}

/**
 * textkit reads unitsPerEm for every glyph it scales; fontkit's getter looks up the head table
 * each time. The value never changes for a font: keep it on the font itself.
 */
function patchUnitsPerEm(font: object): PatchResult {
  if (Object.hasOwn(font, 'unitsPerEm'))
    return notApplied('units-per-em', 'unitsPerEm is already a property of the font itself');
  let proto: unknown = Object.getPrototypeOf(font);
  let descriptor: PropertyDescriptor | undefined;
  while (isObject(proto) && !descriptor) {
    descriptor = Object.getOwnPropertyDescriptor(proto, 'unitsPerEm');
    proto = Object.getPrototypeOf(proto);
  }
  if (!descriptor?.get) return notApplied('units-per-em', 'unitsPerEm is not a getter');
  const unitsPerEm: unknown = Reflect.get(font, 'unitsPerEm');
  if (typeof unitsPerEm !== 'number' || !(unitsPerEm > 0))
    return notApplied('units-per-em', 'unitsPerEm is not a positive number');
  Object.defineProperty(font, 'unitsPerEm', { value: unitsPerEm });
  return applied('units-per-em');
}

/**
 * fontkit keeps one Glyph per glyph id, made the first time the id is asked for, with the
 * characters of that call, and pdfkit writes those characters as the glyph's text in the PDF. The
 * parts of a composite glyph are asked for with none: embedding "ờ" (ơ + grave) makes the "ơ" glyph
 * with no characters, and every later export in the same worker wrote "ơ" as no text, so "Chương"
 * copied and searched as "Chư ng". A glyph made without characters takes those of the first call
 * that brings some (what fontkit would have kept, had that call come first).
 */
function patchGlyphCodePoints(font: object): PatchResult {
  const getGlyph: unknown = Reflect.get(font, 'getGlyph');
  const forCodePoint: unknown = Reflect.get(font, 'glyphForCodePoint');
  if (typeof getGlyph !== 'function' || typeof forCodePoint !== 'function')
    return notApplied('glyph-code-points', 'the font has no getGlyph or glyphForCodePoint');
  const probe: unknown = forCodePoint.call(font, 0x41);
  const codePoints: unknown = isObject(probe) ? Reflect.get(probe, 'codePoints') : undefined;
  if (!Array.isArray(codePoints) || codePoints[0] !== 0x41)
    return notApplied('glyph-code-points', 'a glyph no longer keeps its characters in codePoints');
  const original = getGlyph as (this: object, id: unknown, characters?: unknown) => unknown;
  Reflect.set(font, 'getGlyph', function (this: object, id: unknown, characters?: unknown) {
    const glyph = original.call(this, id, characters);
    if (Array.isArray(characters) && characters.length > 0 && isObject(glyph)) {
      const kept: unknown = Reflect.get(glyph, 'codePoints');
      if (Array.isArray(kept) && kept.length === 0) Reflect.set(glyph, 'codePoints', characters);
    }
    return glyph;
  });
  return applied('glyph-code-points');
}

/**
 * textkit asks the font whether it has a glyph for every character of every Text it lays out (to
 * pick a font from the stack), and fontkit looks each one up in the font's character map. The
 * answer never changes for a font: keep it per character.
 */
function patchHasGlyph(font: object): PatchResult {
  const hasGlyph: unknown = Reflect.get(font, 'hasGlyphForCodePoint');
  if (typeof hasGlyph !== 'function')
    return notApplied('has-glyph-cache', 'the font has no hasGlyphForCodePoint');
  if (hasGlyph.call(font, 0x41) !== true)
    return notApplied('has-glyph-cache', 'hasGlyphForCodePoint no longer answers true or false');
  const answers = new Map<unknown, unknown>();
  Reflect.set(font, 'hasGlyphForCodePoint', function (this: object, codePoint: unknown) {
    if (this !== font) return Reflect.apply(hasGlyph, this, [codePoint]) as unknown;
    let answer = answers.get(codePoint);
    if (answer === undefined) {
      answer = Reflect.apply(hasGlyph, font, [codePoint]) as unknown;
      answers.set(codePoint, answer);
    }
    return answer;
  });
  return applied('has-glyph-cache');
}

function patch(font: unknown): Patched {
  if (!isObject(font)) {
    return {
      patches: SEAM_PATCHES.map((p) => notApplied(p, 'the font is not loaded')),
      cache: undefined,
      counts: { hits: 0, misses: 0, wordRuns: 0 },
    };
  }
  const done = patched.get(font);
  if (done) return done;
  const counts = { hits: 0, misses: 0, wordRuns: 0 };
  const [layoutResults, cache] = patchLayout(font, counts);
  const result: Patched = {
    patches: [
      ...layoutResults,
      patchNameRecords(font),
      patchUnitsPerEm(font),
      patchGlyphCodePoints(font),
      patchHasGlyph(font),
    ],
    cache,
    counts,
  };
  if (cache) caches.add(cache);
  patched.set(font, result);
  return result;
}

function status(face: string, p: Patched): FaceStatus {
  return {
    face,
    patches: p.patches.map((r) => ({ ...r })),
    hits: p.counts.hits,
    misses: p.counts.misses,
    wordRuns: p.counts.wordRuns,
  };
}

/**
 * Applies every patch to one loaded fontkit font, once (a later call applies nothing and reports
 * the first result, with the cache's counts so far). Each patch either applies or says why not;
 * none throws.
 */
export function patchFont(font: unknown, face = 'font'): FaceStatus {
  return status(face, patch(font));
}

/** Loads the four faces and applies the seam to each; says, per face, what applied. */
export async function installShapingSeam(Font: typeof FontRegistry): Promise<FaceStatus[]> {
  const out: FaceStatus[] = [];
  for (const { fontWeight, fontStyle } of FACES) {
    const face = `${FONT_FAMILY} ${fontWeight} ${fontStyle}`;
    const source = Font.getFont({ fontFamily: FONT_FAMILY, fontWeight, fontStyle });
    await source.load();
    const result = patch(source.data);
    installed.set(face, result);
    out.push(status(face, result));
  }
  return out;
}

/** What the seam applied to each face it was installed on, and its cache hits and misses. */
export function seamStatus(): FaceStatus[] {
  return [...installed].map(([face, p]) => status(face, p));
}

/** Frees the glyph runs kept for the export that just ended. */
export function clearShapingCache(): void {
  for (const cache of caches) cache.clear();
}
