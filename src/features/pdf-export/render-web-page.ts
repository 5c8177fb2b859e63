import type { Assessment } from '@/domain/assessment';
import { fingerprint, shortFingerprint } from '@/domain/fingerprint';
import { changeLanguage, currentLanguage, type Language } from '@/i18n/i18n';
import { buildPdfModel } from './pdf-model';
import { renderWebPage } from './web-page';

export interface WebPageOptions {
  generatedAt?: Date;
  /** The language of the page's own words; the current one when not given. Answers stay as typed. */
  language?: Language;
}

/**
 * The assessment as one self-contained web page, from the same model as the PDF (so the same
 * words, answers, footer facts and fingerprint). Runs in the PDF worker, and in Node for tests.
 */
export async function renderAssessmentWebPage(
  assessment: Assessment,
  options: WebPageOptions = {},
): Promise<{ bytes: Uint8Array; fingerprint: string }> {
  const full = await fingerprint(assessment);
  const before = currentLanguage();
  await changeLanguage(options.language ?? before);
  try {
    const model = buildPdfModel({
      assessment,
      shortFingerprint: shortFingerprint(full),
      generatedAt: options.generatedAt ?? new Date(),
    });
    return { bytes: new TextEncoder().encode(renderWebPage(model)), fingerprint: full };
  } finally {
    await changeLanguage(before);
  }
}
