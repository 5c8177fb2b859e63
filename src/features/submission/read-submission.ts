import { PDFDocument } from '@cantoo/pdf-lib';
import type { TFunction } from 'i18next';
import { parsePackage, type PackageResult } from '@/domain/package';
import {
  PDF_DATA_FILE_NAME,
  parsePdfData,
  type PdfData,
  type PdfDataError,
} from '@/domain/pdf-data';

/** What a chosen file holds: the data of one or more submitted (or reviewed) versions. */
export type SubmissionFileResult =
  | { ok: true; items: PdfData[] }
  | {
      ok: false;
      error:
        | PdfDataError
        | { kind: 'package'; messageKey: Extract<PackageResult, { ok: false }>['messageKey'] };
    };

const isPdf = (bytes: Uint8Array) =>
  bytes.length >= 5 && new TextDecoder().decode(bytes.slice(0, 5)) === '%PDF-';

/**
 * Reads a submitted PDF (its embedded data, checked against its seal and fingerprint) or a .json
 * package (checked against each assessment's fingerprint). Loaded only when a file is opened: the
 * PDF library stays off the home page. Nothing is written here.
 */
export async function readSubmissionFile(file: File): Promise<SubmissionFileResult> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (isPdf(bytes)) {
    let json: string | undefined;
    let keywords = '';
    try {
      const doc = await PDFDocument.load(bytes, { updateMetadata: false });
      const attachment = doc.getAttachments().find((a) => a.name === PDF_DATA_FILE_NAME);
      json = attachment ? new TextDecoder().decode(attachment.data) : undefined;
      keywords = doc.getKeywords() ?? '';
    } catch {
      return { ok: false, error: { kind: 'broken' } };
    }
    if (json === undefined) return { ok: false, error: { kind: 'noData' } };
    const result = await parsePdfData(json, keywords);
    return result.ok ? { ok: true, items: [result.data] } : result;
  }
  const text = new TextDecoder().decode(bytes);
  if (!/^\s*[[{]/.test(text.replace(/^\uFEFF/, '')))
    return { ok: false, error: { kind: 'notPdf' } };
  const pkg = await parsePackage(text);
  if (!pkg.ok) return { ok: false, error: { kind: 'package', messageKey: pkg.messageKey } };
  return {
    ok: true,
    items: pkg.package.assessments.map((i) => ({
      assessment: i.assessment,
      fingerprint: i.fingerprint,
      submittedAt: null,
      review: null,
    })),
  };
}

/** Why a file could not be opened, in words (for "Review a submission" and for Import). */
export function submissionErrorText(
  t: TFunction,
  error: Extract<SubmissionFileResult, { ok: false }>['error'],
): string {
  if (error.kind === 'package') return t(error.messageKey);
  if (error.kind === 'invalid') return t('submission.errors.invalid', { field: error.field });
  return t(`submission.errors.${error.kind}`);
}
