import { lazy, Suspense, useState } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { readSyncSettings } from '@/store/sync-settings';

// The settings and status of team sync are a chunk of their own: the home page carries only this.
const SyncPanel = lazy(() => import('./sync-panel').then((m) => ({ default: m.SyncPanel })));

/** "Sync with a team server" in "Data on this device": off by default, set up on request. */
export function SyncEntry({ headingLevel = 3 }: { headingLevel?: 2 | 3 | 4 }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(() => readSyncSettings().enabled);
  const H = `h${headingLevel}` as const;
  return (
    <section className="app-sync" aria-labelledby="sync-heading">
      <H id="sync-heading">{t('device.sync.heading')}</H>
      {open ? (
        <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
          <SyncPanel />
        </Suspense>
      ) : (
        <>
          <p>{t('device.sync.intro')}</p>
          <button
            type="button"
            className="usa-button usa-button--outline"
            onClick={() => setOpen(true)}
          >
            {t('device.sync.setUp')}
          </button>
        </>
      )}
    </section>
  );
}
