// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Assessment } from '@/domain/assessment';
import { renderAssessmentPdf } from '@/features/pdf-export/render-pdf';
import { seamStatus } from '@/features/pdf-export/shaping-cache';
import type * as ShapingCache from '@/features/pdf-export/shaping-cache';
import { typicalAssessment } from '../../fixtures/assessments';
import { nodeFontPaths, readPdf } from './pdf-helpers';

/** The seam can be left out of an export, to compare the PDF with and without it. */
const seam = vi.hoisted(() => ({ on: true }));
vi.mock('@/features/pdf-export/shaping-cache', async (importOriginal) => {
  const real = await importOriginal<typeof ShapingCache>();
  return {
    ...real,
    installShapingSeam: (...args: Parameters<typeof real.installShapingSeam>) =>
      seam.on ? real.installShapingSeam(...args) : Promise.resolve([]),
  };
});

const GENERATED_AT = new Date('2026-03-10T17:45:00Z');
/** Yoruba: letters with combining marks that have no precomposed form. */
const YORUBA = 'Ẹ̀kọ́ ọ̀fẹ́ fún gbogbo ọmọ — Ọ̀rọ̀ àwọn olùgbé';

/** The typical assessment (Spanish, Vietnamese), with Yoruba and decomposed Vietnamese too. */
function assessment(): Assessment {
  const a = typicalAssessment();
  return {
    ...a,
    q1: {
      ...a.q1,
      proposal: `${YORUBA}\n\n${a.q1.proposal}`,
      problem: `${a.q1.problem} ${'Nguyễn Thị Đặng (ịt)'.normalize('NFD')}`,
    },
  };
}

async function render(a: Assessment, withSeam: boolean): Promise<Uint8Array> {
  seam.on = withSeam;
  try {
    return (await renderAssessmentPdf(a, { fonts: nodeFontPaths(), generatedAt: GENERATED_AT }))
      .bytes;
  } finally {
    seam.on = true;
  }
}

describe('the PDF with and without the shaping seam', () => {
  let without: Uint8Array;
  let withSeam: Uint8Array;
  let again: Uint8Array;

  beforeAll(async () => {
    // The PDF records when it was made: one fixed clock, so that the bytes can be compared.
    vi.useFakeTimers({ toFake: ['Date'], now: GENERATED_AT });
    const a = assessment();
    // First without: the fonts load untouched, and the seam patches them on the next export.
    without = await render(a, false);
    expect(seamStatus()).toEqual([]);
    withSeam = await render(a, true);
    again = await render(a, true);
  }, 120_000);

  afterAll(() => {
    vi.useRealTimers();
  });

  it('was really on for the second export, and served runs from its cache', () => {
    const status = seamStatus();
    expect(status).toHaveLength(4);
    expect(status.flatMap((f) => f.patches.filter((p) => !p.applied))).toEqual([]);
    expect(status.reduce((n, f) => n + f.hits, 0)).toBeGreaterThan(100);
  });

  it('draws the same text at the same positions', async () => {
    const a = await readPdf(without);
    const b = await readPdf(withSeam);
    expect(b.pages.length).toBeGreaterThan(5);
    expect(b.sizes).toEqual(a.sizes);
    expect(b.pages).toEqual(a.pages);
    b.runs.forEach((runs, i) => {
      expect(runs, `page ${i + 1}`).toEqual(a.runs[i]);
    });
    expect(b.pages.join('\n').normalize('NFC')).toContain(YORUBA.normalize('NFC'));
  });

  it('writes the same bytes: same glyph ids, positions and embedded font subsets', () => {
    expect(withSeam.length).toBe(without.length);
    expect(Buffer.from(withSeam).equals(Buffer.from(without))).toBe(true);
    // A second export with the patched fonts (the cache starts empty again) is the same too.
    expect(Buffer.from(again).equals(Buffer.from(without))).toBe(true);
  });
});
