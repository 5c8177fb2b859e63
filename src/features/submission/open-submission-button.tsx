import { useRef, useState } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { useLocation } from 'wouter';

/**
 * "Review a submission" (for the equity team): choose a submitted PDF (or a .json package). The
 * app reads the data the PDF carries, checks it, keeps the submission and opens its review. A file
 * without data, with data that does not match its fingerprint, from a newer app, or broken, is
 * refused with a message, and nothing is written.
 */
export function OpenSubmissionButton() {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [, navigate] = useLocation();
  const [state, setState] = useState<
    { phase: 'idle' } | { phase: 'reading' } | { phase: 'failed'; message: string }
  >({ phase: 'idle' });

  async function open(file: File) {
    setState({ phase: 'reading' });
    try {
      const [{ readSubmissionFile, submissionErrorText }, { receiveSubmissions }] =
        await Promise.all([import('./read-submission'), import('@/store/submissions')]);
      const result = await readSubmissionFile(file);
      if (!result.ok) {
        const message = submissionErrorText(t, result.error);
        setState({
          phase: 'failed',
          message: t('submission.failed', { file: file.name, message }),
        });
        return;
      }
      const opened = await receiveSubmissions(result.items);
      setState({ phase: 'idle' });
      const first = opened[0];
      if (opened.length === 1 && first) navigate(`/reviews/${first.assessmentId}/${first.version}`);
      else navigate('/portfolio');
    } catch (e) {
      setState({
        phase: 'failed',
        message: t('submission.failed', {
          file: file.name,
          message: e instanceof Error ? e.message : String(e),
        }),
      });
    }
  }

  return (
    <>
      <button
        type="button"
        className="usa-button usa-button--outline"
        aria-disabled={state.phase === 'reading'}
        onClick={() => state.phase !== 'reading' && input.current?.click()}
      >
        {state.phase === 'reading' ? t('submission.reading') : t('submission.button')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".pdf,application/pdf,.json,application/json"
        hidden
        aria-label={t('submission.button')}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) void open(file);
        }}
      />
      {state.phase === 'failed' ? (
        <div
          className="usa-alert usa-alert--error usa-alert--slim app-submission-error"
          role="alert"
        >
          <div className="usa-alert__body">
            <p className="usa-alert__text">{state.message}</p>
          </div>
        </div>
      ) : null}
    </>
  );
}
