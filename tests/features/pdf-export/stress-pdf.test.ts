// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { AssessmentSchema, type Assessment } from '@/domain/assessment';
import { shortFingerprint } from '@/domain/fingerprint';
import { renderAssessmentPdf } from '@/features/pdf-export/render-pdf';
import { buildPdfModel, type PdfModel } from '@/features/pdf-export/pdf-model';
import { stressAssessment } from '../../fixtures/assessments';
import { modelStrings } from './model-strings';
import {
  joinRuns,
  nodeFontPaths,
  overlappingRuns,
  readPdf,
  squash,
  type ReadPdf,
} from './pdf-helpers';

/** Footers sit below this height (points from the bottom of the page); page bodies above it. */
const FOOTER_TOP = 45;

const GENERATED_AT = new Date('2026-03-10T17:45:00Z');
const URL_NOTE =
  'https://data.city.example.gov/housing/eviction-filings/2025/by-census-tract-and-race-of-household.csv';
const LONG_WORD = 'Đặng'.repeat(60);

/** The stress fixture, plus words far wider than a column or the page. */
function stressWithLongWords(): Assessment {
  const a = stressAssessment();
  return AssessmentSchema.parse({
    ...a,
    q1: { ...a.q1, proposal: `${LONG_WORD} ${a.q1.proposal}` },
    q2: {
      ...a.q2,
      sources: a.q2.sources.map((s, i) => (i === 0 ? { ...s, notes: URL_NOTE } : s)),
    },
  });
}

describe('the PDF of a stress assessment (five 20,000-character answers, 100-row tables)', () => {
  let a: Assessment;
  let model: PdfModel;
  let pdf: ReadPdf;

  beforeAll(async () => {
    a = stressWithLongWords();
    const result = await renderAssessmentPdf(a, {
      fonts: nodeFontPaths(),
      generatedAt: GENERATED_AT,
    });
    model = buildPdfModel({
      assessment: a,
      shortFingerprint: shortFingerprint(result.fingerprint),
      generatedAt: GENERATED_AT,
    });
    pdf = await readPdf(result.bytes);
  }, 120_000);

  it('loses nothing: every answer and every table cell is in the text', () => {
    // Page bodies only: an answer that runs over a page break reads on without the footer between.
    const all = squash(
      pdf.runs.map((runs) => joinRuns(runs.filter((r) => r.y > FOOTER_TOP))).join(''),
    );
    const missing = modelStrings(model).filter((s) => !all.includes(squash(s)));
    expect(missing).toEqual([]);
    expect(all).toContain(squash(URL_NOTE));
    expect(all).toContain(squash(LONG_WORD));
  });

  it('puts the footer with "Page x of y" on every page', () => {
    const total = pdf.pages.length;
    expect(total).toBeGreaterThan(50);
    pdf.runs.forEach((runs, i) => {
      const text = joinRuns(runs.filter((r) => r.y <= FOOTER_TOP));
      expect(text).toContain(`Page ${i + 1} of ${total}`);
      expect(text).toContain(a.readableId);
    });
  });

  it('draws no text over other text, and nothing past the page margins', () => {
    pdf.runs.forEach((runs, i) => {
      expect(overlappingRuns(runs), `page ${i + 1}`).toEqual([]);
      const width = pdf.sizes[i]?.width ?? 0;
      const outside = runs.filter(
        (r) => r.str.trim() !== '' && (r.x < 50 || r.x + r.width > width - 50),
      );
      expect(outside, `page ${i + 1}`).toEqual([]);
    });
  });

  it('repeats a table header on every page the table continues on', () => {
    // Row labels (H12, M3 …) stand alone in the first column; their table's header must be there too.
    const headers = new Map<string, string>();
    for (const section of model.sections) {
      for (const block of section.blocks) {
        const prefix =
          block.kind === 'table' ? /^[A-Z]+/.exec(block.rows[0]?.label ?? '')?.[0] : undefined;
        const first = block.kind === 'table' ? block.columns[0]?.label : undefined;
        if (prefix && first) headers.set(prefix, first);
      }
    }
    let continued = 0;
    pdf.runs.forEach((runs, i) => {
      const text = squash(pdf.pages[i] ?? '');
      const prefixes = new Set(
        runs
          .filter((r) => Math.abs(r.x - 60) < 1.5 && /^[A-Z]+\d+$/.test(r.str.trim()))
          .map((r) => /^[A-Z]+/.exec(r.str.trim())?.[0] ?? ''),
      );
      for (const prefix of prefixes) {
        const header = headers.get(prefix);
        expect(header, `a header for ${prefix}`).toBeDefined();
        expect(text, `page ${i + 1}, table ${prefix}`).toContain(squash(header ?? ''));
        continued += 1;
      }
    });
    expect(continued).toBeGreaterThan(30);
  });
});
