// @vitest-environment node
/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import bidiFactory from 'bidi-js';
import { bidi as textkitBidi } from '@react-pdf/textkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderAssessmentPdf } from '@/features/pdf-export/render-pdf';
import {
  LEFT_TO_RIGHT_ONLY,
  PAGINATION_SEAM_KEY,
  TEXTKIT_PATCHES,
  patchTextkitSource,
} from '../../../scripts/react-pdf-pagination.mjs';
import { VIETNAMESE_SAMPLE, typicalAssessment } from '../../fixtures/assessments';
import { nodeFontPaths } from './pdf-helpers';

/**
 * The textkit half of the build-time patches (scripts/react-pdf-pagination.mjs), and the layout
 * patch that keeps resolved styles. The PDF with and
 * without them is compared byte for byte in pagination-patch.test.ts (they share its switch);
 * these tests fail when an upgrade moves a target, when an export no longer takes the shortcuts,
 * or when the bidi shortcut would give any character another level than the bidi algorithm.
 */

interface SeamState {
  enabled: boolean;
  stylesKept?: number;
  bidiSkipped?: number;
  mirroringSkipped?: number;
}

const require = createRequire(import.meta.url);
const renderer = dirname(require.resolve('@react-pdf/renderer/package.json'));
const layoutPackage = createRequire(join(renderer, 'package.json')).resolve('@react-pdf/layout');
/** @react-pdf/textkit as @react-pdf/layout resolves it (the module the app bundles). */
const textkitSource = () =>
  readFileSync(createRequire(layoutPackage).resolve('@react-pdf/textkit'), 'utf8');

function state(): SeamState {
  const value: unknown = Reflect.get(globalThis, Symbol.for(PAGINATION_SEAM_KEY));
  if (typeof value !== 'object' || value === null)
    throw new Error('the react-pdf patches have not run: @react-pdf/layout was loaded unpatched');
  return value as SeamState;
}

const bidi = bidiFactory();

/** Every code point the shortcut lets through (surrogates are not characters on their own). */
function leftToRightCodePoints(): string[] {
  const out: string[] = [];
  for (let cp = 0; cp <= 0xffff; cp += 1) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const c = String.fromCodePoint(cp);
    if (LEFT_TO_RIGHT_ONLY.test(c)) out.push(c);
  }
  return out;
}

describe('the textkit patches apply to the installed @react-pdf/textkit', () => {
  it('finds every target exactly once', () => {
    const source = textkitSource();
    for (const patch of TEXTKIT_PATCHES) {
      expect(source.split(patch.find).length - 1, patch.name).toBe(1);
    }
    expect(() => patchTextkitSource(source)).not.toThrow();
  });

  it('fails loudly, naming the patch, when a target is gone', () => {
    const bidiPatch = TEXTKIT_PATCHES.find((p) => p.name.includes('bidi'));
    if (!bidiPatch) throw new Error('no bidi patch');
    expect(() => patchTextkitSource(textkitSource().replace(bidiPatch.find, ''))).toThrow(
      bidiPatch.name,
    );
  });
});

describe('the left-to-right shortcut of bidi', () => {
  it('lets through only characters the bidi algorithm puts at level 0, in any context', () => {
    const chars = leftToRightCodePoints();
    expect(chars.length).toBeGreaterThan(2000);
    expect(LEFT_TO_RIGHT_ONLY.test(VIETNAMESE_SAMPLE.normalize('NFC'))).toBe(true);
    // Each character alone, after and before digits, spaces and letters, and after a new line.
    const contexts = (c: string) => [c, `1${c}2`, `${c} 3`, `a ${c} b`, `(${c})`, `x\n${c}4`];
    const raised: string[] = [];
    for (const direction of ['ltr', undefined] as const) {
      for (const c of chars) {
        for (const text of contexts(c)) {
          const { levels } = bidi.getEmbeddingLevels(text, direction);
          if (levels.some((l) => l !== 0)) raised.push(`U+${c.codePointAt(0)?.toString(16)}`);
        }
      }
    }
    expect(raised).toEqual([]);
  });

  it('leaves right-to-left text, bidi controls and right-to-left paragraphs to bidi', () => {
    for (const text of [
      'שלום',
      'مرحبا ١٢',
      'a\u202Eb',
      'x\u200Fy',
      'a\u2067b\u2069',
      'ab\u2029cd',
    ]) {
      expect(LEFT_TO_RIGHT_ONLY.test(text), text).toBe(false);
    }
  });

  it('gives textkit the same runs as the bidi algorithm, for every kind of text', () => {
    const seam = state();
    const texts = [
      VIETNAMESE_SAMPLE,
      'Result 12: 3.5 % — 2,000 people (est.)',
      'English then עברית then English',
      'Số liệu ١٢٣ và مرحبا',
      '',
      ' ',
      'a\u202Eb\u202Cc',
    ];
    for (const direction of ['ltr', 'rtl'] as const) {
      for (const string of texts) {
        const input = () => ({
          string,
          runs: [{ start: 0, end: string.length, attributes: { direction } }],
        });
        seam.enabled = false;
        let stock: unknown;
        try {
          stock = textkitBidi()(input() as never);
        } finally {
          seam.enabled = true;
        }
        expect(textkitBidi()(input() as never), `${direction}: ${string}`).toEqual(stock);
      }
    }
  });
});

describe('the textkit patches in an export', () => {
  beforeAll(async () => {
    // The first export loads react-pdf (and with it the patches' state).
    await renderAssessmentPdf(typicalAssessment(), { fonts: nodeFontPaths() });
  }, 60_000);

  it('take their shortcuts for left-to-right text', async () => {
    const before = { ...state() };
    await renderAssessmentPdf(typicalAssessment(), { fonts: nodeFontPaths() });
    const after = state();
    expect((after.bidiSkipped ?? 0) - (before.bidiSkipped ?? 0)).toBeGreaterThan(100);
    expect((after.mirroringSkipped ?? 0) - (before.mirroringSkipped ?? 0)).toBeGreaterThan(100);
  }, 60_000);

  it('keeps the styles of the first pass when a page is laid out again (resolved-styles)', async () => {
    const before = { ...state() };
    await renderAssessmentPdf(typicalAssessment(), { fonts: nodeFontPaths() });
    expect((state().stylesKept ?? 0) - (before.stylesKept ?? 0)).toBeGreaterThan(100);
  }, 60_000);
});
