import { isWarmUp, PdfRequestSchema, type PdfRequest, type PdfResponse } from './pdf-protocol';

/**
 * The PDF worker: @react-pdf/renderer, the document and the fonts load here, on first use, so the
 * page never blocks while a PDF is laid out. One message in, one message out per job.
 */
self.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (isWarmUp(event.data)) void warmUp();
  else void handle(event.data);
});

/** Loads what a PDF needs before it is asked for; a failure here is the export's to report. */
async function warmUp(): Promise<void> {
  try {
    const [{ preloadPdf }, { bundledFontUrls }] = await Promise.all([
      import('./render-pdf'),
      import('./font-urls'),
    ]);
    await preloadPdf(bundledFontUrls(self.location.href));
  } catch {
    // The export itself loads them again and says what went wrong.
  }
}

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
    const rendered =
      request.data.format === 'html'
        ? // The web page needs neither react-pdf nor the fonts.
          await (
            await import('./render-web-page')
          ).renderAssessmentWebPage(request.data.assessment, {
            generatedAt: new Date(request.data.generatedAt),
            language: request.data.language,
          })
        : await renderPdf(request.data);
    const { fingerprint } = rendered;
    let { bytes } = rendered;
    const carry = request.data.carry;
    if (carry && request.data.format !== 'html') {
      // The data goes in only now, so the visible PDF is byte for byte what any export draws.
      const [{ buildPdfData }, { attachPdfData }] = await Promise.all([
        import('@/domain/pdf-data'),
        import('./pdf-data-file'),
      ]);
      const { json, seal } = await buildPdfData({ assessment: request.data.assessment, ...carry });
      bytes = await attachPdfData(bytes, json, seal, new Date(request.data.generatedAt));
    }
    const buffer = new ArrayBuffer(bytes.byteLength);
    new Uint8Array(buffer).set(bytes);
    reply({ jobId, ok: true, bytes: buffer, fingerprint, ms: performance.now() - started }, [
      buffer,
    ]);
  } catch (error) {
    reply({ jobId, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
}

async function renderPdf(data: PdfRequest): Promise<{ bytes: Uint8Array; fingerprint: string }> {
  const [{ renderAssessmentPdf }, { bundledFontUrls }] = await Promise.all([
    import('./render-pdf'),
    import('./font-urls'),
  ]);
  return renderAssessmentPdf(data.assessment, {
    fonts: bundledFontUrls(self.location.href),
    generatedAt: new Date(data.generatedAt),
    language: data.language,
    review: data.review,
  });
}

function reply(message: PdfResponse, transfer: Transferable[] = []): void {
  self.postMessage(message, { transfer });
}
