import type { Assessment } from '@/domain/assessment';
import type { Review } from '@/domain/review';
import { currentLanguage, type Language } from '@/i18n/i18n';
import {
  PdfResponseSchema,
  WARM_UP,
  type ExportFormat,
  type PdfCarry,
  type PdfRequest,
} from './pdf-protocol';

export interface PdfResult {
  bytes: ArrayBuffer;
  fingerprint: string;
  /** Time spent in the worker, in milliseconds. */
  ms: number;
}

let worker: Worker | undefined;
/** Whether this worker has been asked to get ready. */
let warmed = false;
let nextJobId = 1;
/** Jobs run one at a time: each waits for the one before it. */
let queue: Promise<unknown> = Promise.resolve();

function getWorker(): Worker {
  worker ??= new Worker(new URL('./pdf.worker.ts', import.meta.url), { type: 'module' });
  return worker;
}

/** Drops a worker that failed, so the next export starts a fresh one. */
function discardWorker(): void {
  worker?.terminate();
  worker = undefined;
  warmed = false;
}

/**
 * Starts the worker and has it load react-pdf and the fonts (about a second on a slow laptop), so
 * the first PDF does not wait for them. Called when an export looks likely: a PDF button is
 * pointed at or focused, or pressed (while its dialog is read). Once per worker.
 */
export function warmPdfWorker(): void {
  if (warmed) return;
  getWorker().postMessage(WARM_UP);
  warmed = true;
}

function runJob(
  assessment: Assessment,
  language: Language,
  generatedAt: Date,
  format: ExportFormat,
  carry: PdfCarry | undefined,
  review: Review | undefined,
): Promise<PdfResult> {
  return new Promise<PdfResult>((resolve, reject) => {
    const w = getWorker();
    const jobId = nextJobId++;
    const cleanup = () => {
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
    };
    const onMessage = (event: MessageEvent<unknown>) => {
      const parsed = PdfResponseSchema.safeParse(event.data);
      if (!parsed.success || parsed.data.jobId !== jobId) return;
      cleanup();
      if (parsed.data.ok) {
        const { bytes, fingerprint, ms } = parsed.data;
        resolve({ bytes, fingerprint, ms });
      } else {
        reject(new Error(parsed.data.message));
      }
    };
    const onError = (event: ErrorEvent) => {
      cleanup();
      discardWorker();
      reject(new PdfWorkerCrash(event.message));
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    const request: PdfRequest = {
      jobId,
      assessment,
      generatedAt: generatedAt.toISOString(),
      language,
      ...(carry ? { carry } : {}),
      ...(review ? { review } : {}),
      format,
    };
    w.postMessage(request);
  });
}

export class PdfWorkerCrash extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'PdfWorkerCrash';
  }
}

export interface PdfJobOptions {
  /** The PDF's own words; the interface language unless chosen. */
  language?: Language;
  generatedAt?: Date;
  /** Embed the assessment's data (and a review) so the app can open the PDF again. */
  carry?: PdfCarry;
  format?: ExportFormat;
  /** The review of this version: the PDF gets the review section (decision, rubric, conditions, comments). */
  review?: Review;
}

/** Renders the assessment's PDF in the worker; queued behind any export already running. */
export function renderPdf(assessment: Assessment, options: PdfJobOptions = {}): Promise<PdfResult> {
  const language = options.language ?? currentLanguage();
  const generatedAt = options.generatedAt ?? new Date();
  const job = queue.then(() =>
    runJob(
      assessment,
      language,
      generatedAt,
      options.format ?? 'pdf',
      options.carry,
      options.review,
    ),
  );
  queue = job.catch(() => undefined);
  return job;
}

/** The same content as the PDF, as one self-contained web page (UTF-8 HTML bytes). */
export function renderWebPage(
  assessment: Assessment,
  options: Omit<PdfJobOptions, 'format'> = {},
): Promise<PdfResult> {
  return renderPdf(assessment, { ...options, format: 'html' });
}
