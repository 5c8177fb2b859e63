import { useTranslation } from '@/i18n/use-translation';
import { Link } from 'wouter';
import { PageHeading } from '@/components/ui/page-heading';
import type { LoadProblem } from '@/store/device-storage';
import { downloadText, localDate } from './download';

/** Everything that could not be read, exactly as stored, in one file for a help desk. */
export function DownloadUnreadableButton({ problems }: { problems: readonly LoadProblem[] }) {
  const { t } = useTranslation();
  const download = () => {
    const now = new Date();
    const file = {
      note: t('backup.unreadable.fileNote'),
      exportedAt: now.toISOString(),
      items: problems.map(({ source, id, error, raw }) => ({ source, id, error, raw })),
    };
    downloadText(`equity-unreadable-${localDate(now)}.json`, JSON.stringify(file, null, 2));
  };
  return (
    <button type="button" className="usa-button usa-button--outline" onClick={download}>
      {t('backup.unreadable.download')}
    </button>
  );
}

/** The address of a stored record that cannot be read: it is there, not deleted. */
export function UnreadableRecord() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('backup.unreadable.pageTitle')}</PageHeading>
      <p>{t('backup.unreadable.pageText')}</p>
      <Link href="/" className="usa-button">
        {t('app.backToList')}
      </Link>
    </>
  );
}
