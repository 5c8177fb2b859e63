import { useTranslation } from '@/i18n/use-translation';
import { BackupPanel } from '@/features/backup/backup-panel';
import { SyncEntry } from '@/features/backup/sync-entry';
import { InstallHelp } from '@/features/pwa/install-help';
import { useAssessmentStore } from '@/store/assessment-store';

export function DataOnDevicePanel() {
  const { t } = useTranslation();
  const persistence = useAssessmentStore((s) => s.persistence);
  return (
    <section className="app-panel" aria-labelledby="device-heading">
      <h2 id="device-heading" className="app-panel__title">
        {t('device.heading')}
      </h2>
      <p>{t('device.local')}</p>
      <p>
        <strong>{t('device.persistenceLabel')}</strong> {t(`device.persistence.${persistence}`)}
      </p>
      <BackupPanel headingLevel={3} showPersistence={false} />
      <SyncEntry headingLevel={3} />
      <InstallHelp headingLevel={3} />
    </section>
  );
}
