import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { LANGUAGES, LANGUAGE_NAMES, currentLanguage, isLanguage, type Language } from '@/i18n/i18n';
import type { Assessment } from '@/domain/assessment';
import { useAssessmentStore } from '@/store/assessment-store';
import { summaryOf } from '@/store/list-summaries';
import { ModalDialog } from '@/components/ui/modal-dialog';
import { downloadBlob } from '@/lib/download';
import type { OpenQuestion } from '@/view-model/open-questions';
import { pdfFileName, webPageFileName } from './file-name';
import type { ExportFormat } from './pdf-protocol';
import { warmPdf, whenIdle } from './warm-pdf';

/** What a button makes: a PDF, the web page, or a PDF submitted for review (carrying the data). */
type ExportKind = ExportFormat | 'submit';

type State =
  | { phase: 'idle' }
  | { phase: 'confirm'; open: OpenQuestion[]; format: ExportKind }
  | { phase: 'running'; format: ExportKind }
  | { phase: 'done'; fileName: string; format: ExportKind; version: number }
  | { phase: 'failed'; reason: string; format: ExportKind };

/** The words that differ between the two exports. */
const WORDS = {
  pdf: {
    preparing: 'pdf.button.preparing',
    done: 'pdf.button.done',
    failed: 'pdf.button.failed',
    confirmExport: 'pdf.button.confirmExport',
  },
  html: {
    preparing: 'pdf.webPage.preparing',
    done: 'pdf.webPage.done',
    failed: 'pdf.webPage.failed',
    confirmExport: 'pdf.webPage.confirmExport',
  },
  submit: {
    preparing: 'submission.submitting',
    done: 'submission.submitted',
    failed: 'pdf.button.failed',
    confirmExport: 'submission.confirmSubmit',
  },
} as const;

/** Open questions, one line per step: shorter to read than one line per question. */
function byStep(open: readonly OpenQuestion[]): [string, string[]][] {
  const steps = new Map<string, string[]>();
  for (const q of open) steps.set(q.where, [...(steps.get(q.where) ?? []), q.label]);
  return [...steps];
}

export interface ExportPdfButtonProps {
  assessmentId: string;
  variant?: 'primary' | 'list';
  /** A kept exported version to export again as it is (no new version, no questions asked). */
  snapshot?: Assessment;
  /**
   * Also offer "Submit for review": the same export, and the PDF also carries the assessment's data
   * so the equity team can open it in the app; the version is frozen (status Submitted) once saved.
   */
  offerSubmit?: boolean;
}

/**
 * "Export PDF", and next to it "Download as web page" (the same content as one self-contained
 * HTML file, made by the same worker from the same model): first, when required questions are open, lists them and asks before making a
 * draft (marked DRAFT on every page). Then takes the version to export (a new one only when the
 * answers changed since the last), renders it in a worker, downloads it. Shows progress,
 * stays disabled while running, and says plainly what went wrong (the answers are never touched).
 * The PDF's own words follow the interface language unless another is chosen next to the button.
 */
export function ExportPdfButton({
  assessmentId,
  variant = 'primary',
  snapshot,
  offerSubmit = false,
}: ExportPdfButtonProps) {
  const { t } = useTranslation();
  const statusId = useId();
  const languageId = useId();
  const hintId = useId();
  const [chosen, setChosen] = useState<Language | undefined>();
  const language = chosen ?? currentLanguage();
  const recordExport = useAssessmentStore((s) => s.recordExport);
  const liveTitle = useAssessmentStore((s) => summaryOf(s, assessmentId)?.title ?? '');
  const title = snapshot ? snapshot.meta.title : liveTitle;
  const [state, setState] = useState<State>({ phase: 'idle' });
  const running = state.phase === 'running';
  const buttonRef = useRef<HTMLButtonElement>(null);
  const webPageRef = useRef<HTMLButtonElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);
  const confirmTitleId = useId();
  const format: ExportKind = state.phase === 'idle' ? 'pdf' : state.format;
  const words = WORDS[format];

  // The big button (Check your answers, a kept version) is where a PDF is made next: the worker
  // gets ready once the page is idle. A card's button waits to be pointed at.
  useEffect(() => {
    if (variant !== 'primary') return;
    return whenIdle(warmPdf);
  }, [variant]);

  async function onClick(chosenFormat: ExportKind) {
    if (running) return;
    if (chosenFormat !== 'html') warmPdf();
    if (snapshot) {
      void onExport(chosenFormat);
      return;
    }
    let open: OpenQuestion[] = [];
    try {
      // The questions' names are words the home page does not ship: they load with this module.
      const { openQuestions } = await import('@/view-model/open-questions');
      // From the list, the record is read when it is first needed.
      const a = await useAssessmentStore.getState().openAssessment(assessmentId);
      open = a ? openQuestions(a) : [];
    } catch (error) {
      setState({ phase: 'failed', reason: failureReason(error), format: chosenFormat });
      return;
    }
    if (open.length > 0) setState({ phase: 'confirm', open, format: chosenFormat });
    else void onExport(chosenFormat);
  }

  function failureReason(error: unknown): string {
    const reason =
      error instanceof Error && error.message.trim() !== ''
        ? error.message
        : t('pdf.button.unknownError');
    return reason.endsWith('.') ? reason : `${reason}.`;
  }

  function closeConfirm() {
    setState({ phase: 'idle' });
  }

  // When the dialog has closed (either way), focus goes back to the button, which stays focusable
  // while the PDF is made (it is only aria-disabled): focus never drops to the page.
  const dialogWasOpen = useRef(false);
  useEffect(() => {
    if (state.phase === 'confirm') dialogWasOpen.current = true;
    else if (dialogWasOpen.current) {
      dialogWasOpen.current = false;
      (format === 'html'
        ? webPageRef
        : format === 'submit'
          ? submitRef
          : buttonRef
      ).current?.focus();
    }
  }, [state.phase, format]);

  async function onExport(chosenFormat: ExportKind) {
    setState({ phase: 'running', format: chosenFormat });
    try {
      const exported = snapshot ?? (await recordExport(assessmentId));
      const { renderPdf } = await import('./pdf-client');
      const html = chosenFormat === 'html';
      const carry = chosenFormat === 'submit';
      const { bytes } = await renderPdf(exported, {
        language,
        format: html ? 'html' : 'pdf',
        ...(carry ? { carry: { submittedAt: new Date().toISOString(), review: null } } : {}),
      });
      const fileName = html ? webPageFileName(exported) : pdfFileName(exported);
      const type = html ? 'text/html;charset=utf-8' : 'application/pdf';
      downloadBlob(new Blob([bytes], { type }), fileName);
      if (carry) useAssessmentStore.getState().setStatus(assessmentId, 'submitted');
      setState({ phase: 'done', fileName, format: chosenFormat, version: exported.version });
    } catch (error) {
      setState({ phase: 'failed', reason: failureReason(error), format: chosenFormat });
    }
  }

  const className =
    variant === 'primary' ? 'usa-button' : 'usa-button usa-button--outline app-export-pdf--list';
  const webPageClassName =
    variant === 'primary'
      ? 'usa-button usa-button--outline'
      : 'usa-button usa-button--outline app-export-pdf--list';
  return (
    <div className={`app-export-pdf app-export-pdf--${variant}`}>
      <div className="app-export-pdf__controls">
        <button
          type="button"
          className={className}
          ref={buttonRef}
          onClick={() => void onClick('pdf')}
          onPointerEnter={warmPdf}
          onFocus={warmPdf}
          aria-disabled={running}
          aria-describedby={statusId}
        >
          {running && format === 'pdf' ? t('pdf.button.preparing') : t('pdf.button.label')}
          {variant === 'list' && !running ? <span className="usa-sr-only"> {title}</span> : null}
        </button>
        {offerSubmit ? (
          <button
            type="button"
            className="usa-button usa-button--outline"
            ref={submitRef}
            onClick={() => void onClick('submit')}
            onPointerEnter={warmPdf}
            onFocus={warmPdf}
            aria-disabled={running}
            aria-describedby={statusId}
          >
            {running && format === 'submit' ? t('submission.submitting') : t('submission.submit')}
          </button>
        ) : null}
        <button
          type="button"
          className={webPageClassName}
          ref={webPageRef}
          onClick={() => void onClick('html')}
          aria-disabled={running}
          aria-describedby={statusId}
        >
          {running && format === 'html' ? t('pdf.webPage.preparing') : t('pdf.webPage.label')}
          {variant === 'list' && !running ? <span className="usa-sr-only"> {title}</span> : null}
        </button>
        <div className="app-export-pdf__language">
          <label className="app-export-pdf__language-label" htmlFor={languageId}>
            {t('pdf.button.language')}
            {variant === 'list' ? <span className="usa-sr-only"> {title}</span> : null}
          </label>
          <select
            id={languageId}
            className="usa-select app-export-pdf__select"
            value={language}
            disabled={running}
            aria-describedby={hintId}
            onChange={(e) => {
              if (isLanguage(e.target.value)) setChosen(e.target.value);
            }}
          >
            {LANGUAGES.map((l) => (
              <option key={l} value={l} lang={l}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </select>
          <span id={hintId} className="usa-sr-only">
            {t('pdf.button.languageHint')}
          </span>
        </div>
      </div>
      <p id={statusId} className="app-export-pdf__status" aria-live="polite">
        {state.phase === 'running' ? t(words.preparing) : null}
        {state.phase === 'done'
          ? t(words.done, { fileName: state.fileName, version: state.version })
          : null}
      </p>
      {state.phase === 'confirm' ? (
        <ModalDialog
          titleId={confirmTitleId}
          title={t('pdf.button.confirmTitle')}
          onClose={closeConfirm}
          focusTitle
          footer={
            <>
              <li className="usa-button-group__item">
                <button
                  type="button"
                  className="usa-button"
                  onClick={() => void onExport(state.format)}
                >
                  {t(words.confirmExport)}
                </button>
              </li>
              <li className="usa-button-group__item">
                <button
                  type="button"
                  className="usa-button usa-button--outline"
                  onClick={closeConfirm}
                >
                  {t('pdf.button.confirmCancel')}
                </button>
              </li>
            </>
          }
        >
          <p>{t('pdf.button.confirmIntro', { count: state.open.length })}</p>
          <h3 className="app-confirm-list__heading">{t('pdf.button.confirmListLabel')}</h3>
          <ul className="app-confirm-list">
            {byStep(state.open).map(([where, labels]) => (
              <li key={where}>
                <span className="app-confirm-list__where">{where}:</span> {labels.join(' · ')}
              </li>
            ))}
          </ul>
        </ModalDialog>
      ) : null}
      {state.phase === 'failed' ? (
        <p className="usa-error-message app-export-pdf__error" role="alert">
          {t(words.failed, { reason: state.reason })}
        </p>
      ) : null}
    </div>
  );
}
