// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import type { Assessment } from '@/domain/assessment';
import { renderAssessmentPdf } from '@/features/pdf-export/render-pdf';
import { i18n } from '@/i18n/i18n';
import { typicalAssessment } from '../../fixtures/assessments';
import { nodeFontPaths, readPdf, squash } from './pdf-helpers';

const t = i18n.t.bind(i18n);

async function pdfText(a: Assessment): Promise<string> {
  const result = await renderAssessmentPdf(a, {
    fonts: nodeFontPaths(),
    generatedAt: new Date('2026-03-10T17:45:00Z'),
  });
  return squash((await readPdf(result.bytes)).pages.join('\n'));
}

describe('the PDF follows the depth and says which one was used', () => {
  let quick: string;
  let full: string;
  const a = typicalAssessment();

  beforeAll(async () => {
    full = await pdfText(a);
    quick = await pdfText({ ...a, depth: { ...a.depth, chosen: 'quick' } });
  }, 120_000);

  it('names the depth on the cover', () => {
    const cover = (text: string) => text.slice(0, text.indexOf(squash(t('pdf.section.details'))));
    expect(cover(quick)).toContain(squash(t('flow.depth.pdfValue.quick')));
    expect(cover(full)).toContain(squash(t('flow.depth.pdfValue.full')));
  });

  it('leaves out what Quick does not ask, and keeps what it does', () => {
    expect(full).toContain(squash(a.q2.rootCauses));
    expect(quick).not.toContain(squash(a.q2.rootCauses));
    expect(quick).not.toContain(squash(t('items.q2.sources.columns.notes.label')));
    expect(quick).toContain(squash(a.q1.proposal));
    expect(quick).toContain(squash(a.q5.conclusion));
    expect(quick.length).toBeLessThan(full.length);
  });
});
