import { Font, pdf } from '@react-pdf/renderer';
import type { Assessment } from '@/domain/assessment';
import { fingerprint, shortFingerprint } from '@/domain/fingerprint';
import { AssessmentDocument } from './document/assessment-document';
import { registerFonts, type FontSources } from './fonts';
import { buildPdfModel } from './pdf-model';
import { clearShapingCache, installShapingSeam } from './shaping-cache';
import { loadMeasure } from './text-measure';

export interface RenderOptions {
  fonts: FontSources;
  generatedAt?: Date;
}

export interface RenderedPdf {
  bytes: Uint8Array;
  fingerprint: string;
}

/** Lays out and draws the assessment's PDF. Runs in the worker in the app, and in Node for tests. */
export async function renderAssessmentPdf(
  assessment: Assessment,
  options: RenderOptions,
): Promise<RenderedPdf> {
  registerFonts(Font, options.fonts);
  const full = await fingerprint(assessment);
  const model = buildPdfModel({
    assessment,
    shortFingerprint: shortFingerprint(full),
    generatedAt: options.generatedAt ?? new Date(),
  });
  await installShapingSeam(Font);
  try {
    const measure = await loadMeasure(Font);
    const blob = await pdf(<AssessmentDocument model={model} measure={measure} />).toBlob();
    return { bytes: new Uint8Array(await blob.arrayBuffer()), fingerprint: full };
  } finally {
    clearShapingCache();
  }
}
