import { lazy, Suspense } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import type { ImportFlow } from './use-import-flow';

const ImportPreview = lazy(() =>
  import('./import-preview').then((m) => ({ default: m.ImportPreview })),
);

/**
 * The alert for a bad file, the preview dialog (what will be added, replaced, skipped, and the
 * choice for conflicts), and the outcome. Nothing is written before "Import" is pressed. The
 * status region is always there, so the first message in it is announced.
 */
export function ImportReview({ flow }: { flow: ImportFlow }) {
  const { t } = useTranslation();
  const { state } = flow;
  const status =
    state.stage === 'reading'
      ? t('backup.import.reading', { file: state.fileName })
      : state.stage === 'done'
        ? state.message
        : '';

  return (
    <>
      <div role="status" className="app-import-status">
        {status && <p>{status}</p>}
      </div>
      {state.stage === 'rejected' && (
        <div className="usa-alert usa-alert--error" role="alert">
          <div className="usa-alert__body">
            <h2 className="usa-alert__heading">
              {t('backup.import.badFile', { file: state.fileName })}
            </h2>
            <p className="usa-alert__text">{state.message}</p>
            <p className="usa-alert__text">{t('backup.import.nothingChanged')}</p>
          </div>
        </div>
      )}
      {state.stage === 'preview' && (
        <Suspense fallback={null}>
          <ImportPreview flow={flow} />
        </Suspense>
      )}
    </>
  );
}
