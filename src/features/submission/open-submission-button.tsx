import { useState } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { Link, useLocation } from 'wouter';
import { FileButton } from '@/components/ui/file-button';

type State =
  | { phase: 'idle' }
  | { phase: 'reading'; done: number; count: number }
  | { phase: 'done'; opened: number; failures: string[] };

/**
 * "Review a submission" (for the equity team): choose one submitted PDF (or a .json package), or a
 * morning's worth at once. The app reads the data each PDF carries, checks it, keeps each
 * submission and opens its review (one file) or the portfolio (several). A file without data,
 * with data that does not match its fingerprint, from a newer app, or broken, is refused with a
 * message that names it, and nothing of it is written; the other files are opened all the same.
 */
export function OpenSubmissionButton() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [state, setState] = useState<State>({ phase: 'idle' });

  async function open(files: File[]) {
    setState({ phase: 'reading', done: 0, count: files.length });
    const failures: string[] = [];
    const opened: { assessmentId: string; version: number }[] = [];
    const failed = (file: File, message: string) =>
      failures.push(t('submission.failed', { file: file.name, message }));
    try {
      const [{ readSubmissionFile, submissionErrorText }, { receiveSubmissions }] =
        await Promise.all([import('./read-submission'), import('@/store/submissions')]);
      for (const [i, file] of files.entries()) {
        try {
          const result = await readSubmissionFile(file);
          if (result.ok) opened.push(...(await receiveSubmissions(result.items)));
          else failed(file, submissionErrorText(t, result.error));
        } catch (e) {
          failed(file, e instanceof Error ? e.message : String(e));
        }
        setState({ phase: 'reading', done: i + 1, count: files.length });
      }
    } catch (e) {
      // The reader itself could not load (an update replaced it while offline).
      for (const file of files.slice(opened.length + failures.length)) {
        failed(file, e instanceof Error ? e.message : String(e));
      }
    }
    const [first] = opened;
    if (failures.length === 0 && opened.length === 1 && first) {
      setState({ phase: 'idle' });
      navigate(`/reviews/${first.assessmentId}/${first.version}`);
    } else if (failures.length === 0 && opened.length > 1) {
      setState({ phase: 'idle' });
      navigate('/portfolio');
    } else {
      setState({ phase: 'done', opened: opened.length, failures });
    }
  }

  return (
    <>
      <FileButton
        label={t('submission.button')}
        busyLabel={
          state.phase === 'reading' && state.count > 1
            ? t('submission.readingMany', { done: state.done, count: state.count })
            : t('submission.reading')
        }
        busy={state.phase === 'reading'}
        accept=".pdf,application/pdf,.json,application/json"
        onFiles={(files) => void open(files)}
      />
      {state.phase === 'done' ? (
        <div
          className="usa-alert usa-alert--error usa-alert--slim app-submission-error"
          role="alert"
        >
          <div className="usa-alert__body">
            {state.failures.map((message, i) => (
              <p className="usa-alert__text" key={i}>
                {message}
              </p>
            ))}
            {state.opened > 0 && (
              <p className="usa-alert__text">
                {t('submission.openedOthers', { count: state.opened })}{' '}
                <Link href="/portfolio">{t('list.portfolioLink')}</Link>
              </p>
            )}
          </div>
        </div>
      ) : null}
    </>
  );
}
