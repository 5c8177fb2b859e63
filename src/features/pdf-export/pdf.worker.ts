import { PdfRequestSchema, type PdfResponse } from './pdf-protocol';

/**
 * The PDF worker: @react-pdf/renderer, the document and the fonts load here, on first use, so the
 * page never blocks while a PDF is laid out. One message in, one message out per job.
 */
self.addEventListener('message', (event: MessageEvent<unknown>) => {
  void handle(event.data);
});

async function handle(data: unknown): Promise<void> {
  const request = PdfRequestSchema.safeParse(data);
  const jobId =
    typeof data === 'object' && data !== null && typeof Reflect.get(data, 'jobId') === 'number'
      ? Number(Reflect.get(data, 'jobId'))
      : -1;
  if (!request.success) {
    reply({ jobId, ok: false, message: `Invalid export request: ${request.error.message}` });
    return;
  }
  try {
    const started = performance.now();
    const [{ renderAssessmentPdf }, { bundledFontUrls }] = await Promise.all([
      import('./render-pdf'),
      import('./font-urls'),
    ]);
    const { bytes, fingerprint } = await renderAssessmentPdf(request.data.assessment, {
      fonts: bundledFontUrls(self.location.href),
      generatedAt: new Date(request.data.generatedAt),
      language: request.data.language,
      review: request.data.review,
    });
    const buffer = new ArrayBuffer(bytes.byteLength);
    new Uint8Array(buffer).set(bytes);
    reply({ jobId, ok: true, bytes: buffer, fingerprint, ms: performance.now() - started }, [
      buffer,
    ]);
  } catch (error) {
    reply({ jobId, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
}

function reply(message: PdfResponse, transfer: Transferable[] = []): void {
  self.postMessage(message, { transfer });
}
