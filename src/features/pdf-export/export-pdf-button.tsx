import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, LANGUAGE_NAMES, currentLanguage, isLanguage, type Language } from '@/i18n/i18n';
import { useAssessmentStore } from '@/store/assessment-store';
import { summaryOf } from '@/store/list-summaries';
import { ModalDialog } from '@/components/ui/modal-dialog';
import { downloadBlob } from '@/lib/download';
import { openQuestions, type OpenQuestion } from '@/view-model/open-questions';
import { pdfFileName } from './file-name';

type State =
  | { phase: 'idle' }
  | { phase: 'confirm'; open: OpenQuestion[] }
  | { phase: 'running' }
  | { phase: 'done'; fileName: string }
  | { phase: 'failed'; reason: string };

/** Open questions, one line per step: shorter to read than one line per question. */
function byStep(open: readonly OpenQuestion[]): [string, string[]][] {
  const steps = new Map<string, string[]>();
  for (const q of open) steps.set(q.where, [...(steps.get(q.where) ?? []), q.label]);
  return [...steps];
}

export interface ExportPdfButtonProps {
  assessmentId: string;
  variant?: 'primary' | 'list';
}

/**
 * "Export PDF": first, when required questions are open, lists them and asks before making a
 * draft (marked DRAFT on every page). Then raises the version, renders the PDF in a worker, downloads it. Shows progress,
 * stays disabled while running, and says plainly what went wrong (the answers are never touched).
 * The PDF's own words follow the interface language unless another is chosen next to the button.
 */
export function ExportPdfButton({ assessmentId, variant = 'primary' }: ExportPdfButtonProps) {
  const { t } = useTranslation();
  const statusId = useId();
  const languageId = useId();
  const hintId = useId();
  const [chosen, setChosen] = useState<Language | undefined>();
  const language = chosen ?? currentLanguage();
  const recordExport = useAssessmentStore((s) => s.recordExport);
  const title = useAssessmentStore((s) => summaryOf(s, assessmentId)?.title ?? '');
  const [state, setState] = useState<State>({ phase: 'idle' });
  const running = state.phase === 'running';
  const buttonRef = useRef<HTMLButtonElement>(null);
  const confirmTitleId = useId();

  async function onClick() {
    if (running) return;
    // From the list, the record is read when it is first needed.
    const a = await useAssessmentStore.getState().openAssessment(assessmentId);
    const open = a ? openQuestions(a) : [];
    if (open.length > 0) setState({ phase: 'confirm', open });
    else void onExport();
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
      buttonRef.current?.focus();
    }
  }, [state.phase]);

  async function onExport() {
    setState({ phase: 'running' });
    try {
      const exported = await recordExport(assessmentId);
      const { renderPdf } = await import('./pdf-client');
      const { bytes } = await renderPdf(exported, { language });
      const fileName = pdfFileName(exported);
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

  const className =
    variant === 'primary' ? 'usa-button' : 'usa-button usa-button--outline app-export-pdf--list';
  return (
    <div className={`app-export-pdf app-export-pdf--${variant}`}>
      <div className="app-export-pdf__controls">
        <button
          type="button"
          className={className}
          ref={buttonRef}
          onClick={() => void onClick()}
          aria-disabled={running}
          aria-describedby={statusId}
        >
          {running ? t('pdf.button.preparing') : t('pdf.button.label')}
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
        {state.phase === 'running' ? t('pdf.button.preparing') : null}
        {state.phase === 'done' ? t('pdf.button.done', { fileName: state.fileName }) : null}
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
                <button type="button" className="usa-button" onClick={() => void onExport()}>
                  {t('pdf.button.confirmExport')}
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
          {t('pdf.button.failed', { reason: state.reason })}
        </p>
      ) : null}
    </div>
  );
}
