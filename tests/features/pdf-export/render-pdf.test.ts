// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import type { Assessment } from '@/domain/assessment';
import { fingerprint, shortFingerprint } from '@/domain/fingerprint';
import { renderAssessmentPdf } from '@/features/pdf-export/render-pdf';
import { buildPdfModel } from '@/features/pdf-export/pdf-model';
import {
  MARKUP_SAMPLE,
  SPANISH_SAMPLE,
  VIETNAMESE_SAMPLE,
  typicalAssessment,
} from '../../fixtures/assessments';
import { modelStrings } from './model-strings';
import { nodeFontPaths, overlappingRuns, readPdf, squash, type ReadPdf } from './pdf-helpers';

const GENERATED_AT = new Date('2026-03-10T17:45:00Z');

describe('the PDF of a typical assessment', () => {
  let a: Assessment;
  let pdf: ReadPdf;
  let text: string;
  let full: string;

  beforeAll(async () => {
    a = typicalAssessment();
    const result = await renderAssessmentPdf(a, {
      fonts: nodeFontPaths(),
      generatedAt: GENERATED_AT,
    });
    pdf = await readPdf(result.bytes);
    text = pdf.pages.join('\n');
    full = result.fingerprint;
  }, 60_000);

  it('carries every answer, plan and table cell exactly as typed', () => {
    const model = buildPdfModel({
      assessment: a,
      shortFingerprint: shortFingerprint(full),
      generatedAt: GENERATED_AT,
    });
    const page = squash(text);
    const missing = modelStrings(model).filter((s) => !page.includes(squash(s)));
    expect(missing).toEqual([]);
  });

  it('keeps Spanish, Vietnamese and markup-like text character for character', () => {
    const page = squash(text);
    for (const sample of [SPANISH_SAMPLE, VIETNAMESE_SAMPLE, MARKUP_SAMPLE, a.q5.conclusion]) {
      expect(page).toContain(squash(sample));
    }
    expect(text).toContain('(ịt)');
    expect(text).toContain('Đặng');
    expect(text).toContain('Nguyễn Thị Đặng');
  });

  it('shows "Not known yet" with the plan', () => {
    expect(text).toContain('Not known yet');
    expect(squash(text)).toContain(
      squash('Plan: Ask the historical society for the 1950s redlining maps by April 1.'),
    );
  });

  it('shows the label and a short text of each linked row (harms to mitigations, measures to outcomes)', () => {
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toMatch(
      /M3 H1 Nearby rents rise further as the area improves\.; H2 Applicants without credit history/,
    );
    expect(flat).toMatch(
      /Outcomes and harms it tracks: O2 Fewer Latino and Vietnamese renter households are displaced\.; H1 Nearby rents/,
    );
  });

  it('prints the footer on every page with id, version, fingerprint and "Page x of y"', async () => {
    const pages = pdf.pages.length;
    expect(pages).toBeGreaterThanOrEqual(8);
    expect(full).toBe(await fingerprint(a));
    for (let p = 1; p <= pages; p += 1) {
      const pageText = pdf.pages[p - 1];
      expect(pageText).toContain(`Page ${p} of ${pages}`);
      expect(pageText).toContain(a.readableId);
      expect(pageText).toContain(`Version ${a.version}`);
      expect(pageText).toContain(`Fingerprint ${full.slice(0, 12)}`);
    }
  });

  it('draws no text over other text (long words in narrow columns wrap inside the cell)', () => {
    expect(text).toContain('Vietnamese-');
    pdf.runs.forEach((runs, i) => {
      expect(overlappingRuns(runs), `page ${i + 1}`).toEqual([]);
    });
  });

  it('sets the document metadata', () => {
    const info = pdf.info;
    expect(info.Title).toBe(`${a.readableId} ${a.meta.title}`);
    expect(info.Author).toBe('Nguyễn Thị Đặng, Housing and Community Development');
    expect(info.Subject).toBe('Racial equity assessment');
    expect(info.Creator).toBe('Equity Decision Tool');
  });

  it('ends with the glossary and a blank reviewer block', () => {
    expect(text).toContain('Glossary');
    expect(text).toContain('Racial equity');
    for (const words of [
      'Equity team review',
      'Reviewer',
      'Accepted with conditions',
      'Returned for revision',
      'Comments',
    ]) {
      expect(text).toContain(words);
    }
  });
});

describe('letters with combining marks', () => {
  it('keeps text whose marks have no precomposed form (Yoruba) in the PDF', async () => {
    const yoruba = 'Ẹ̀kọ́ ọ̀fẹ́ fún gbogbo ọmọ — Ọ̀rọ̀ àwọn olùgbé';
    const base = typicalAssessment();
    const a = { ...base, q1: { ...base.q1, proposal: yoruba } };
    const result = await renderAssessmentPdf(a, {
      fonts: nodeFontPaths(),
      generatedAt: GENERATED_AT,
    });
    const pdf = await readPdf(result.bytes);
    const text = pdf.pages.join('\n').normalize('NFC');
    expect(squash(text)).toContain(squash(yoruba));
  }, 60_000);
});

describe('an honest PDF: what is missing shows at a glance', () => {
  it('says on the cover how complete a finished assessment is, with no DRAFT mark', async () => {
    const result = await renderAssessmentPdf(typicalAssessment(), {
      fonts: nodeFontPaths(),
      generatedAt: GENERATED_AT,
    });
    const pdf = await readPdf(result.bytes);
    expect((pdf.pages[0] ?? '').replace(/\s+/g, ' ')).toMatch(
      /(\d+) of \1 required questions answered/,
    );
    expect(pdf.pages.join('\n')).not.toContain('DRAFT');
  }, 60_000);

  it('marks an incomplete assessment DRAFT on every page and counts what is open', async () => {
    const a = typicalAssessment();
    a.q2.rootCauses = '';
    a.q5.conclusion = '';
    a.q3.notKnown = { missing: { on: true, plan: 'Ask the tenants union in May.', date: '' } };
    a.q3.missing = '';
    const result = await renderAssessmentPdf(a, {
      fonts: nodeFontPaths(),
      generatedAt: GENERATED_AT,
    });
    const pdf = await readPdf(result.bytes);
    const cover = (pdf.pages[0] ?? '').replace(/\s+/g, ' ');
    expect(cover).toMatch(/\d+ of \d+ required questions answered; 1 “Not known yet” with a plan/);
    expect(cover).toContain('Draft: 2 required questions are still open.');
    pdf.pages.forEach((page, i) => expect(page, `page ${i + 1}`).toContain('DRAFT'));
  }, 60_000);

  it('leaves out details that do not apply to a row, such as "why not" after "yes"', () => {
    const model = buildPdfModel({
      assessment: typicalAssessment(),
      shortFingerprint: 'x',
      generatedAt: GENERATED_AT,
    });
    const measures = model.sections
      .flatMap((s) => s.blocks)
      .find((b) => b.kind === 'table' && b.key === 'measures');
    if (measures?.kind !== 'table') throw new Error('no measures table');
    const why = measures.columns.findIndex((c) => c.id === 'byRaceWhy');
    expect(measures.rows.map((r) => r.cells[why])).toEqual([
      null,
      null,
      'The trust does not collect race on applications yet (ịt).',
    ]);
  });
});
