// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { renderAssessmentPdf } from '@/features/pdf-export/render-pdf';
import { typicalAssessment } from '../../fixtures/assessments';
import { nodeFontPaths, readPdf, squash } from './pdf-helpers';

/**
 * In the second export made by one process (the worker keeps its fonts between exports),
 * Vietnamese "ơ" ("Chương") was drawn right but read back as a space: fontkit had made the "ơ"
 * glyph with no characters as a part of the composite "ờ" in the first export. The shaping seam's
 * `glyph-code-points` patch mends it (shaping-cache.ts).
 */
const TEXT = 'Chương trình mới: các nhóm bị ảnh hưởng nhiều nhất được ưu tiên.';

describe('Vietnamese text in a second export', () => {
  it('copies back exactly as typed', async () => {
    const first = typicalAssessment();
    await renderAssessmentPdf(first, { fonts: nodeFontPaths(), language: 'en' });
    const second = typicalAssessment();
    second.q1.proposal = TEXT;
    const { bytes } = await renderAssessmentPdf(second, {
      fonts: nodeFontPaths(),
      language: 'en',
    });
    const text = (await readPdf(bytes)).pages.join('\n');
    expect(squash(text)).toContain(squash(TEXT));
  }, 60_000);
});
