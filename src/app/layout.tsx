import type { ReactNode } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { Link } from 'wouter';
import { RecoveryNotice } from '@/features/backup/recovery-notice';
import { LanguageSwitch } from '@/components/ui/language-switch';
import { StorageFailureBanner } from '@/features/backup/storage-failure-banner';
import { PwaStatus } from '@/features/pwa/pwa-status';

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <a className="usa-skipnav" href="#main-content">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="grid-container app-header__inner">
          <Link href="/" className="app-header__title">
            {t('app.name')}
          </Link>
          <span className="app-header__tagline">{t('app.tagline')}</span>
          <LanguageSwitch />
        </div>
      </header>
      <main id="main-content" className="grid-container app-main" tabIndex={-1}>
        <StorageFailureBanner />
        <RecoveryNotice />
        <PwaStatus />
        {children}
      </main>
      <footer className="app-footer">
        <div className="grid-container">
          <p>{t('app.footer')}</p>
        </div>
      </footer>
    </>
  );
}
