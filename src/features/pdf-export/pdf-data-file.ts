import { PDFDocument } from '@cantoo/pdf-lib';
import { PDF_DATA_FILE_NAME, SEAL_PREFIX } from '@/domain/pdf-data';

/**
 * Adds the assessment's data (domain/pdf-data.ts) to a rendered PDF as an embedded file, and its
 * seal to the keywords. @cantoo/pdf-lib (a maintained fork of pdf-lib) does the PDF work: react-pdf
 * cannot embed files. Page content is untouched: the visible text stays exactly as rendered.
 */
export async function attachPdfData(
  bytes: Uint8Array,
  json: string,
  seal: string,
  when: Date,
): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  await doc.attach(new TextEncoder().encode(json), PDF_DATA_FILE_NAME, {
    mimeType: 'application/json',
    description: 'Equity Decision Tool data (open this PDF in the app to review it)',
    creationDate: when,
    modificationDate: when,
  });
  const keywords = (doc.getKeywords() ?? '').split(/\s+/).filter((w) => w !== '');
  doc.setKeywords([...keywords, `${SEAL_PREFIX}${seal}`]);
  return doc.save({ useObjectStreams: false });
}
