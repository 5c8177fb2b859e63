import { useEffect, useState } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { backupReminder } from '@/domain/backup-reminder';
import { formatDateTime } from '@/lib/format';
import { useAssessmentStore } from '@/store/assessment-store';
import { hasReviewRecords } from '@/store/backup-records';
import { useListSummaries } from '@/store/list-summaries';
import { backUpAll } from './backup-actions';
import { formatBytes } from './download';
import { useStorageEstimate } from './use-storage-estimate';

type Heading = 'h2' | 'h3' | 'h4';

/**
 * The backup part of "Data on this device": last backup, a gentle reminder, "Back up all",
 * storage used and available, and whether the browser protects the data from clean-up.
 */
export function BackupPanel({
  headingLevel = 3,
  showPersistence = true,
}: {
  headingLevel?: 2 | 3 | 4;
  showPersistence?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const H: Heading = `h${headingLevel}`;
  const lastBackupAt = useAssessmentStore((s) => s.lastBackupAt);
  const persistence = useAssessmentStore((s) => s.persistence);
  const all = useListSummaries();
  const { estimate, refresh } = useStorageEstimate();
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const [busy, setBusy] = useState(false);

  // A reviewer's device may keep submissions and reviews and no assessment of its own.
  const [reviewRecords, setReviewRecords] = useState(false);
  useEffect(() => {
    let live = true;
    void hasReviewRecords().then((has) => live && setReviewRecords(has));
    return () => {
      live = false;
    };
  }, []);
  const nothingToBackUp = all.length === 0 && !reviewRecords;

  const reminder = backupReminder({ lastBackupAt, updatedAts: all.map((a) => a.updatedAt) });
  const when = (iso: string) => formatDateTime(iso, i18n.language);

  const onBackUp = async () => {
    setBusy(true);
    try {
      const file = await backUpAll();
      setMessage({ ok: true, text: t('backup.panel.backedUp', { file }) });
    } catch (e) {
      setMessage({
        ok: false,
        text: t('backup.panel.backupFailed', { error: e instanceof Error ? e.message : String(e) }),
      });
    } finally {
      setBusy(false);
      refresh();
    }
  };

  return (
    <section className="app-backup-panel" aria-labelledby="backup-panel-heading">
      <H id="backup-panel-heading">{t('backup.panel.heading')}</H>
      <p>
        {lastBackupAt
          ? t('backup.panel.lastBackup', { time: when(lastBackupAt) })
          : t('backup.panel.never')}
      </p>
      {reminder.due && (
        <div className="usa-alert usa-alert--info usa-alert--slim">
          <div className="usa-alert__body">
            <p className="usa-alert__text">
              {reminder.reason === 'never'
                ? t('backup.panel.reminderNever')
                : t('backup.panel.reminderStale', { time: when(reminder.newestChange) })}
            </p>
          </div>
        </div>
      )}
      <p className="usa-hint" id="backup-all-hint">
        {nothingToBackUp ? t('backup.panel.nothingToBackUp') : t('backup.panel.backUpAllHint')}
      </p>
      <button
        type="button"
        className="usa-button"
        aria-describedby="backup-all-hint"
        disabled={busy || nothingToBackUp}
        onClick={() => void onBackUp()}
      >
        {t('backup.panel.backUpAll')}
      </button>
      <div role="status">{message?.ok && <p>{message.text}</p>}</div>
      {message && !message.ok && (
        <p role="alert" className="usa-error-message">
          {message.text}
        </p>
      )}
      <p>
        <strong>{t('backup.panel.storageLabel')}</strong>{' '}
        {estimate
          ? t('backup.panel.storageValue', {
              used: formatBytes(estimate.usage, i18n.language),
              available: formatBytes(Math.max(0, estimate.quota - estimate.usage), i18n.language),
            })
          : t('backup.panel.storageUnknown')}
      </p>
      {showPersistence && (
        <p>
          <strong>{t('backup.panel.persistenceLabel')}</strong>{' '}
          {t(`backup.panel.persistence.${persistence}`)}
        </p>
      )}
    </section>
  );
}
