import { Font } from '@react-pdf/renderer';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FACES, FONT_FAMILY } from '@/features/pdf-export/fonts';
import { preloadPdf, renderAssessmentPdf } from '@/features/pdf-export/render-pdf';
import { isWarmUp, WARM_UP } from '@/features/pdf-export/pdf-protocol';
import { typicalAssessment } from '../../fixtures/assessments';
import { nodeFontPaths } from './pdf-helpers';

afterEach(() => {
  vi.useRealTimers();
});

describe('getting the PDF worker ready before the first export', () => {
  it('reads and parses all four faces of the font, and the export after it is the same PDF', async () => {
    // The PDF's creation date is the clock's: the same for both exports.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-04-01T12:00:00Z'));
    const fonts = nodeFontPaths();
    await preloadPdf(fonts);
    for (const face of FACES) {
      const source = Font.getFont({ fontFamily: FONT_FAMILY, ...face });
      // A loaded face has its parsed font; one never loaded has none yet.
      expect(source.data, `${face.fontWeight} ${face.fontStyle}`).toBeTruthy();
    }
    const generatedAt = new Date('2026-04-01T12:00:00Z');
    const a = typicalAssessment();
    const one = await renderAssessmentPdf(a, { fonts, generatedAt, language: 'en' });
    await preloadPdf(fonts); // again: nothing changes
    const two = await renderAssessmentPdf(a, { fonts, generatedAt, language: 'en' });
    expect(Buffer.from(two.bytes).equals(Buffer.from(one.bytes))).toBe(true);
    // Four PDFs laid out: as the other PDF tests, more than the default 5 s on a busy machine.
  }, 60_000);

  it('tells the warm-up message from an export request', () => {
    expect(isWarmUp(structuredClone(WARM_UP))).toBe(true);
    expect(isWarmUp({ jobId: 1, assessment: {} })).toBe(false);
    expect(isWarmUp(null)).toBe(false);
    expect(isWarmUp('warmUp')).toBe(false);
  });
});
