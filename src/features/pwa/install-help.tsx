import { useTranslation } from '@/i18n/use-translation';
import { VERSION_LABEL } from './build-info';

export interface InstallHelpProps {
  /** The level of this block's headings inside the host panel (default 3, under the panel's h2). */
  headingLevel?: 2 | 3 | 4;
}

function isInstalled(): boolean {
  return (
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(display-mode: standalone)').matches
  );
}

/** For the "Data on this device" panel: how to install the app, and why a backup still matters. */
export function InstallHelp({ headingLevel = 3 }: InstallHelpProps) {
  const { t } = useTranslation();
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="pwa-install-help">
      <Heading className="margin-bottom-1">{t('pwa.install.heading')}</Heading>
      {isInstalled() ? (
        <p>{t('pwa.install.installed')}</p>
      ) : (
        <>
          <p>{t('pwa.install.why')}</p>
          <ul className="usa-list">
            <li>{t('pwa.install.chromium')}</li>
            <li>{t('pwa.install.safariMac')}</li>
            <li>{t('pwa.install.safariIos')}</li>
          </ul>
        </>
      )}
      <p>{t('pwa.install.offline')}</p>
      <Heading className="margin-bottom-1">{t('pwa.install.backupHeading')}</Heading>
      <p>{t('pwa.install.backup')}</p>
      <p className="font-body-3xs text-base">
        {t('pwa.install.version', { version: VERSION_LABEL })}
      </p>
    </div>
  );
}
