// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { markNotApplicable } from '@/domain/consistency';
import { AssessmentSchema, type Assessment } from '@/domain/assessment';
import { renderAssessmentPdf } from '@/features/pdf-export/render-pdf';
import { plantedChecksAssessment, typicalAssessment } from '../../fixtures/assessments';
import { nodeFontPaths, readPdf, squash, type ReadPdf } from './pdf-helpers';

const GENERATED_AT = new Date('2026-03-10T17:45:00Z');

async function pdfOf(a: Assessment): Promise<ReadPdf> {
  const result = await renderAssessmentPdf(a, {
    fonts: nodeFontPaths(),
    generatedAt: GENERATED_AT,
  });
  return readPdf(result.bytes);
}

/** The text from the appendix heading to the glossary. */
function appendix(pdf: ReadPdf): string {
  const text = pdf.pages.join('\n');
  const start = text.search(/^Open checks$/m);
  const end = text.indexOf('Glossary', start);
  expect(start, 'the appendix heading').toBeGreaterThan(0);
  return text.slice(start, end);
}

describe('the PDF appendix "Open checks"', () => {
  let pdf: ReadPdf;

  beforeAll(async () => {
    const planted = plantedChecksAssessment();
    // One of the four is marked not applicable, with a reason.
    const marked = markNotApplicable(
      planted,
      'heardNoChange:w1',
      'Said at the meeting — sin cambio (ịt).',
    );
    if (!marked.ok) throw new Error(marked.error);
    // A "Not known yet" with its date, to show next to the plan.
    const a = structuredClone(marked.assessment);
    const history = a.q1.notKnown.history;
    if (!history) throw new Error('fixture has no "Not known yet" for history');
    history.date = '2026-04-01';
    pdf = await pdfOf(AssessmentSchema.parse(a));
  }, 60_000);

  it('lists each open check as its sentence, with the rows it is about', () => {
    const text = squash(appendix(pdf));
    for (const sentence of [
      '1. Measure K3 is not broken down by race and does not say why. Say what stops you, and whether you can fix it.',
      'Rows: K3',
      '2. “What problem or need does it respond to?” is marked not known yet with no date. Say by when you will know.',
      '3. The decision date, Feb 27, 2026, has passed. Change the date, or the stage if the decision has been made.',
    ]) {
      expect(text).toContain(squash(sentence));
    }
  });

  it('lists the check marked not applicable with its reason', () => {
    const text = appendix(pdf);
    const done = text.slice(text.indexOf('Marked not applicable'));
    expect(squash(done)).toContain(
      squash(
        '1. W1 does not say what changed because of it. Answer “Did it change the proposal?” for W1.',
      ),
    );
    expect(squash(done)).toContain(squash('Rows: W1'));
    expect(squash(done)).toContain(
      squash('Why it does not apply: Said at the meeting — sin cambio (ịt).'),
    );
  });

  it('says on the cover how many checks are open', () => {
    expect(pdf.pages[0]).toMatch(/Open checks\s+3 open, 1 marked not applicable/);
  });

  it('shows the date a "Not known yet" answer will be known, next to its plan', () => {
    expect(squash(pdf.pages.join('\n'))).toContain(
      squash(
        'Plan: Ask the historical society for the 1950s redlining maps by April 1. To be known by Apr 1, 2026.',
      ),
    );
  });
});

describe('the appendix of an assessment with no open checks', () => {
  it('says there are none, and the cover says 0 open', async () => {
    const pdf = await pdfOf(typicalAssessment());
    expect(appendix(pdf)).toContain('No open checks.');
    expect(pdf.pages[0]).toMatch(/Open checks\s+0 open, 0 marked not applicable/);
  }, 60_000);
});
