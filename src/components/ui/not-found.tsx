import { useTranslation } from '@/i18n/use-translation';
import { Link } from 'wouter';
import { PageHeading } from './page-heading';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('app.notFoundTitle')}</PageHeading>
      <p>{t('app.notFoundText')}</p>
      <Link href="/" className="usa-button">
        {t('app.backToList')}
      </Link>
    </>
  );
}
