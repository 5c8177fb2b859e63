import { useState } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { useAssessmentStore } from '@/store/assessment-store';
import { backUpAll } from './backup-actions';

/**
 * Shown for as long as the device's storage can't be used or a save keeps failing. It says what is
 * at risk; the work is in this tab, and "Download a backup now" saves it to a file. The browser's
 * own error text is kept under "Technical details", once.
 */
export function StorageFailureBanner() {
  const { t } = useTranslation();
  const failure = useAssessmentStore((s) => s.storageFailure);
  const [done, setDone] = useState<string>();
  if (!failure) return null;
  const unavailable = failure.kind === 'unavailable';
  return (
    <div className="usa-alert usa-alert--error margin-bottom-2 app-storage-failure" role="alert">
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading">
          {unavailable
            ? t('backup.failure.titleUnavailable')
            : t('backup.failure.titleWriteFailed')}
        </h2>
        <p className="usa-alert__text">
          {unavailable ? t('backup.failure.textUnavailable') : t('backup.failure.textWriteFailed')}
        </p>
        <button
          type="button"
          className="usa-button margin-top-1"
          onClick={() => void backUpAll().then(setDone, () => undefined)}
        >
          {t('backup.failure.download')}
        </button>
        {done && <p className="usa-alert__text">{t('backup.panel.backedUp', { file: done })}</p>}
        {!unavailable && (
          <p className="usa-alert__text">{t('backup.failure.textWriteFailedMore')}</p>
        )}
        <details className="margin-top-1 font-body-3xs">
          <summary>{t('backup.failure.details')}</summary>
          <p className="margin-top-05">{failure.message}</p>
        </details>
      </div>
    </div>
  );
}
