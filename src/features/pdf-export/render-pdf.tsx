import { Font } from '@react-pdf/renderer';
import type { Assessment } from '@/domain/assessment';
import type { Review } from '@/domain/review';
import { fingerprint, shortFingerprint } from '@/domain/fingerprint';
import { changeLanguage, currentLanguage, type Language } from '@/i18n/i18n';
import { AssessmentDocument } from './document/assessment-document';
import { registerFonts, type FontSources } from './fonts';
import { buildPdfModel } from './pdf-model';
import { clearShapingCache, installShapingSeam } from './shaping-cache';
import { renderTaggedPdf } from './tagging-seam';
import { loadMeasure } from './text-measure';

export interface RenderOptions {
  fonts: FontSources;
  generatedAt?: Date;
  /** The language of the PDF's own words; the current one when not given. Answers stay as typed. */
  language?: Language;
  /** The equity team's review of this version: adds the review section. */
  review?: Review;
}

export interface RenderedPdf {
  bytes: Uint8Array;
  fingerprint: string;
}

/** Lays out and draws the assessment's PDF. Runs in the worker in the app, and in Node for tests. */
/**
 * Gets ready for the first export (see `warmPdfWorker` in pdf-client.ts): this module brings
 * react-pdf and the document, and the PDF of a blank assessment is made and thrown away (which
 * reads the four faces of the font too). Loading is not what makes a first export slow: its code runs
 * cold (the layout engine starts, the fonts' tables are read glyph by glyph, the JIT has not
 * compiled anything), about three times as long as every export after it.
 */
export async function preloadPdf(fonts: FontSources): Promise<void> {
  const { newAssessment } = await import('@/domain/factory');
  const now = new Date();
  await renderAssessmentPdf(newAssessment({ id: crypto.randomUUID(), now }), {
    fonts,
    generatedAt: now,
  });
}

export async function renderAssessmentPdf(
  assessment: Assessment,
  options: RenderOptions,
): Promise<RenderedPdf> {
  registerFonts(Font, options.fonts);
  const full = await fingerprint(assessment);
  // The document's words are read while the model is built and while it is laid out (the page
  // footer is drawn then), so the language holds for the whole render. In the worker the i18n
  // instance is the worker's own; elsewhere (Node tests) the previous language comes back after.
  const before = currentLanguage();
  await changeLanguage(options.language ?? before);
  try {
    const model = buildPdfModel({
      assessment,
      shortFingerprint: shortFingerprint(full),
      generatedAt: options.generatedAt ?? new Date(),
      review: options.review,
    });
    await installShapingSeam(Font);
    try {
      const measure = await loadMeasure(Font);
      const bytes = await renderTaggedPdf(<AssessmentDocument model={model} measure={measure} />);
      return { bytes, fingerprint: full };
    } finally {
      clearShapingCache();
    }
  } finally {
    await changeLanguage(before);
  }
}
