// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { renderAssessmentPdf } from '@/features/pdf-export/render-pdf';
import { typicalAssessment } from '../../fixtures/assessments';
import { nodeFontPaths, readPdf, squash } from './pdf-helpers';

/**
 * KNOWN BUG, found while adding Vietnamese (issue 13), not caused by it: in the second export made
 * by one process (the worker keeps its fonts between exports), Vietnamese "ơ" after "ư" ("Chương")
 * is drawn right but reads back as a space, so copying or searching the PDF text fails. The first
 * export is right. Fonts and shaping are outside the i18n branch (shaping-cache.ts); this test
 * fails on purpose (`it.fails`) until the glyph-to-text mapping is fixed, then must be turned
 * into a plain `it`.
 */
const TEXT = 'Chương trình mới: các nhóm bị ảnh hưởng nhiều nhất được ưu tiên.';

describe('Vietnamese text in a second export', () => {
  it.fails(
    'copies back exactly as typed',
    async () => {
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
    },
    60_000,
  );
});
