// @vitest-environment node
/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderAssessmentPdf } from '@/features/pdf-export/render-pdf';
import { i18n } from '@/i18n/i18n';
import {
  PAGINATION_PATCHES,
  PAGINATION_SEAM_KEY,
  patchLayoutSource,
} from '../../../scripts/react-pdf-pagination.mjs';
import { stressAssessment, typicalAssessment } from '../../fixtures/assessments';
import { nodeFontPaths, readPdf } from './pdf-helpers';

/**
 * The build-time half of the PDF speed seam (scripts/react-pdf-pagination.mjs) patches react-pdf's
 * pagination in @react-pdf/layout's source. These tests fail when an upgrade moves its targets,
 * when an export no longer runs the patched code, or when the PDF differs in any byte from the one
 * made without the patch.
 */

interface SeamState {
  enabled: boolean;
  applied: string[];
  paginations: number;
  relayoutsSkipped: number;
  textLayouts: number;
  textLayoutsReused: number;
  textsLaidOut: number;
  wholeLayoutMemo?: boolean;
}

const require = createRequire(import.meta.url);
const renderer = dirname(require.resolve('@react-pdf/renderer/package.json'));
/** @react-pdf/layout as the renderer resolves it (the module the app bundles). */
const layoutSource = () =>
  readFileSync(createRequire(join(renderer, 'package.json')).resolve('@react-pdf/layout'), 'utf8');

function state(): SeamState {
  const value: unknown = Reflect.get(globalThis, Symbol.for(PAGINATION_SEAM_KEY));
  if (typeof value !== 'object' || value === null)
    throw new Error('the pagination patch has not run: @react-pdf/layout was loaded unpatched');
  return value as SeamState;
}

const GENERATED_AT = new Date('2026-03-10T17:45:00Z');

describe('the pagination patch applies to the installed @react-pdf/layout', () => {
  it('finds every target exactly once', () => {
    const source = layoutSource();
    for (const patch of PAGINATION_PATCHES) {
      expect(source.split(patch.find).length - 1, patch.name).toBe(1);
    }
    expect(() => patchLayoutSource(source)).not.toThrow();
  });

  it('fails loudly, naming the patch, when a target is gone', () => {
    const first = PAGINATION_PATCHES.find((p) => p.name.startsWith('count-only'));
    if (!first) throw new Error('no count-only patch');
    expect(() => patchLayoutSource(layoutSource().replace(first.find, ''))).toThrow(first.name);
  });
});

describe('the PDF with and without the pagination patch', () => {
  const render = async (stress: boolean, enabled: boolean) => {
    const seam = state();
    seam.enabled = enabled;
    try {
      const a = stress ? stressAssessment() : typicalAssessment();
      return (await renderAssessmentPdf(a, { fonts: nodeFontPaths(), generatedAt: GENERATED_AT }))
        .bytes;
    } finally {
      seam.enabled = true;
    }
  };

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: GENERATED_AT });
    // The first export loads react-pdf (and with it the patch's state).
    await renderAssessmentPdf(typicalAssessment(), {
      fonts: nodeFontPaths(),
      generatedAt: GENERATED_AT,
    });
  }, 60_000);
  afterAll(() => {
    vi.useRealTimers();
  });

  it('is in the path of every export', async () => {
    const before = { ...state() };
    await render(false, true);
    const after = state();
    expect(after.applied).toEqual([
      'count-only-first-round',
      'pagination-text-memo',
      'layout-text-memo',
    ]);
    expect(after.paginations).toBe(before.paginations + 1);
    // Every page of the first round ("Page x of y" needs two) was counted, not laid out again.
    expect(after.relayoutsSkipped - before.relayoutsSkipped).toBeGreaterThan(10);
    // The footer is laid out once, not again for each page and round.
    expect(after.textLayoutsReused - before.textLayoutsReused).toBeGreaterThan(10);
  }, 60_000);

  it('lays each text out once over the whole layout, not only while paginating', async () => {
    const laidOut = async (wholeLayoutMemo: boolean) => {
      const seam = state();
      seam.wholeLayoutMemo = wholeLayoutMemo;
      const before = { ...seam };
      try {
        await render(false, true);
      } finally {
        seam.wholeLayoutMemo = true;
      }
      return seam.textsLaidOut - before.textsLaidOut;
    };
    const paginationOnly = await laidOut(false);
    const whole = await laidOut(true);
    // The first pass lays out every text of the document; each output page's pass reused them.
    expect(whole).toBeGreaterThan(0);
    expect(paginationOnly - whole).toBeGreaterThan(20);
  }, 60_000);

  it.each([
    ['typical', false],
    ['stress', true],
  ] as const)(
    'leaves the %s PDF the same, byte for byte, and its text readable',
    async (_name, stress) => {
      const without = await render(stress, false);
      const withPatch = await render(stress, true);
      expect(withPatch.length).toBe(without.length);
      expect(Buffer.from(withPatch).equals(Buffer.from(without))).toBe(true);
      const { pages } = await readPdf(withPatch);
      const count = pages.length;
      // The last page knows the page count: the second round still ran.
      expect(pages[count - 1]).toContain(i18n.t('pdf.footer.page', { page: count, total: count }));
    },
    120_000,
  );
});
