// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import type { Assessment } from '@/domain/assessment';
import { renderAssessmentPdf } from '@/features/pdf-export/render-pdf';
import { buildPdfModel } from '@/features/pdf-export/pdf-model';
import { changeLanguage, i18n, type Language } from '@/i18n/i18n';
import en from '@/i18n/locales/en.json';
import es from '@/i18n/locales/es.json';
import vi from '@/i18n/locales/vi.json';
import { SPANISH_SAMPLE, VIETNAMESE_SAMPLE, typicalAssessment } from '../../fixtures/assessments';
import { modelStrings } from './model-strings';
import { nodeFontPaths, readPdf, squash, type ReadPdf } from './pdf-helpers';

const GENERATED_AT = new Date('2026-03-10T17:45:00Z');
const WORDS = { es, vi } as const;

const modelIn = async (a: Assessment, language: Language) => {
  await changeLanguage(language);
  try {
    return buildPdfModel({ assessment: a, shortFingerprint: 'x', generatedAt: GENERATED_AT });
  } finally {
    await changeLanguage('en');
  }
};

/**
 * Every answer, plan and table cell as typed: what the English model and this language's model
 * share (labels, options and headings differ), without the short row labels (H1, M2).
 */
async function typedAnswers(a: Assessment, language: Language): Promise<string[]> {
  const english = new Set(modelStrings(await modelIn(a, 'en')));
  return modelStrings(await modelIn(a, language)).filter(
    (s) => english.has(s) && !/^[A-Z]\d+$/.test(s),
  );
}

describe.each(['es', 'vi'] as const)('the PDF in %s', (language: Exclude<Language, 'en'>) => {
  const words = WORDS[language];
  let a: Assessment;
  let pdf: ReadPdf;
  let text: string;
  let full: string;

  beforeAll(async () => {
    await changeLanguage('en');
    a = typicalAssessment();
    const result = await renderAssessmentPdf(a, {
      fonts: nodeFontPaths(),
      generatedAt: GENERATED_AT,
      language,
    });
    full = result.fingerprint;
    pdf = await readPdf(result.bytes);
    text = pdf.pages.join('\n');
  }, 60_000);

  it('has its own headings, labels, glossary, reviewer block and footer in that language', () => {
    const page = squash(text);
    // The kicker and each question's number and title are set in capitals.
    const upper = (x: string) => squash(x.toLocaleUpperCase(language));
    expect(page).toContain(upper(words.pdf.document.kicker));
    expect(page).toContain(
      upper(`${words.pdf.section.question.replace('{{number}}', '3')} · ${words.steps.q3.title}`),
    );
    for (const s of [
      words.pdf.summary.title,
      words.pdf.section.details,
      words.steps.q4.heading,
      words.items.q1.proposal.label,
      words.items.q4.harms.columns.severity.label,
      words.pdf.glossary.title,
      words.glossary.disaggregatedData.term,
      words.glossary.racialEquity.term,
      words.pdf.reviewer.title,
      words.pdf.reviewer.acceptedWithConditions,
    ]) {
      expect(page, s).toContain(squash(s));
    }
    const pages = pdf.pages.length;
    for (let p = 1; p <= pages; p += 1) {
      const footer = words.pdf.footer.page
        .replace('{{page}}', String(p))
        .replace('{{total}}', String(pages));
      expect(pdf.pages[p - 1]).toContain(footer);
      expect(pdf.pages[p - 1]).toContain(words.pdf.footer.fingerprint.split(' ')[0] ?? '');
      expect(pdf.pages[p - 1]).toContain(full.slice(0, 12));
    }
  });

  it('leaves none of the English headings in place', () => {
    for (const s of [
      en.pdf.glossary.title,
      en.pdf.reviewer.title,
      en.steps.q4.heading,
      en.items.q1.proposal.label,
      'Page 1 of',
    ]) {
      expect(text).not.toContain(s);
    }
  });

  it('keeps every answer exactly as typed, in whatever language it was typed', async () => {
    const answers = await typedAnswers(a, language);
    expect(answers.length).toBeGreaterThan(20);
    const page = squash(text);
    expect(answers.filter((s) => !page.includes(squash(s)))).toEqual([]);
    for (const sample of [SPANISH_SAMPLE, VIETNAMESE_SAMPLE, a.q1.proposal, a.q5.conclusion]) {
      expect(page).toContain(squash(sample));
    }
  });

  it('sets the document language and its own subject and creator', () => {
    expect(pdf.info.Language).toBe(language);
    expect(pdf.info.Subject).toBe(words.pdf.document.subject);
    expect(pdf.info.Creator).toBe(words.pdf.document.creator);
  });

  it('prints the generated date in that language', () => {
    const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    expect(squash(text)).toContain(squash(date.format(GENERATED_AT)));
  });

  it('gives the app its language back afterwards', () => {
    expect(i18n.language).toBe('en');
  });
});
