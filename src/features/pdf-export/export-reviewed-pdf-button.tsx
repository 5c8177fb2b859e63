import { useId, useState } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import type { Assessment } from '@/domain/assessment';
import type { Review } from '@/domain/review';
import { downloadBlob } from '@/lib/download';
import { pdfFileName } from './file-name';
import { warmPdf } from './warm-pdf';

type State =
  | { phase: 'idle' }
  | { phase: 'running' }
  | { phase: 'done'; fileName: string }
  | { phase: 'failed'; reason: string };

/** `EQ-2026-5WE7-MFJV-community-land-trust-v3-reviewed.pdf` */
export function reviewedPdfFileName(a: Assessment): string {
  return pdfFileName(a).replace(/\.pdf$/, '-reviewed.pdf');
}

/**
 * "Export reviewed PDF": the submitted version as it was, then the review section (decision,
 * rubric, conditions, comments). `beforeExport` lets the screen write the review first.
 */
export function ExportReviewedPdfButton({
  assessment,
  review,
  beforeExport,
}: {
  assessment: Assessment;
  review: Review;
  beforeExport?: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const statusId = useId();
  const [state, setState] = useState<State>({ phase: 'idle' });
  const running = state.phase === 'running';

  async function onExport() {
    if (running) return;
    setState({ phase: 'running' });
    try {
      await beforeExport?.();
      const { renderPdf } = await import('./pdf-client');
      // It carries the assessment and the review, so the author's Import attaches the review.
      const { bytes } = await renderPdf(assessment, {
        review,
        carry: { submittedAt: review.submittedAt, review },
      });
      const fileName = reviewedPdfFileName(assessment);
      downloadBlob(new Blob([bytes], { type: 'application/pdf' }), fileName);
      setState({ phase: 'done', fileName });
    } catch (error) {
      const reason =
        error instanceof Error && error.message.trim() !== ''
          ? error.message
          : t('pdf.button.unknownError');
      setState({ phase: 'failed', reason: reason.endsWith('.') ? reason : `${reason}.` });
    }
  }

  return (
    <div className="app-export-pdf">
      <button
        type="button"
        className="usa-button"
        onClick={() => void onExport()}
        onPointerEnter={warmPdf}
        onFocus={warmPdf}
        aria-disabled={running}
        aria-describedby={statusId}
      >
        {running ? t('reviewing.exporting') : t('reviewing.exportReviewed')}
      </button>
      <p id={statusId} className="app-export-pdf__status" aria-live="polite">
        {state.phase === 'running' ? t('reviewing.exporting') : null}
        {state.phase === 'done' ? t('reviewing.exported', { fileName: state.fileName }) : null}
      </p>
      {state.phase === 'failed' ? (
        <div className="usa-alert usa-alert--error usa-alert--slim" role="alert">
          <div className="usa-alert__body">
            <p className="usa-alert__text">
              {t('reviewing.exportFailed', { reason: state.reason })}
            </p>
          </div>
        </div>
      ) : null}
    </div>
  );
}
