import { useState } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { useAssessmentStore } from '@/store/assessment-store';
import { summaryOf } from '@/store/list-summaries';
import { backUpOne } from './backup-actions';

/** "Back up" for one assessment: downloads a package holding just that one. */
export function BackupOneButton({
  assessmentId,
  className = 'usa-button usa-button--outline',
}: {
  assessmentId: string;
  className?: string;
}) {
  const { t } = useTranslation();
  const title = useAssessmentStore((s) => summaryOf(s, assessmentId)?.title.trim() ?? '');
  const [error, setError] = useState<string>();
  return (
    <>
      <button
        type="button"
        className={className}
        aria-label={t('backup.one.label', { title: title || t('backup.import.untitled') })}
        onClick={() => {
          setError(undefined);
          backUpOne(assessmentId).catch((e: unknown) =>
            setError(
              t('backup.panel.backupFailed', { error: e instanceof Error ? e.message : String(e) }),
            ),
          );
        }}
      >
        {t('backup.one.button')}
      </button>
      {error && (
        <span role="alert" className="usa-error-message">
          {error}
        </span>
      )}
    </>
  );
}
