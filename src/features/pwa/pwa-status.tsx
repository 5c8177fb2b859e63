import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { useAssessmentStore } from '@/store/assessment-store';
import { BUILD_ID } from './build-info';
import { markOfflineReadyShown, offlineReadyShown } from './offline-ready-flag';
import {
  registerServiceWorker,
  type RegisterServiceWorker,
  type ServiceWorkerControls,
} from './register-sw';
import { useOnline } from './use-online';

/** If the new version has not taken over by then, say so instead of spinning forever. */
export const UPDATE_STALL_MS = 10_000;

type Update =
  | 'none'
  | 'waiting' // a new version is ready: banner with "Update now" / "Later"
  | 'updating' // saved; the new version is taking over and this tab reloads once it has
  | 'stalled'
  | 'later'
  | 'otherTab'; // another tab started the new version: offer a reload, never force it

export interface PwaStatusProps {
  /** Injected in tests; the app uses the real service worker registration. */
  register?: RegisterServiceWorker;
  /** Finishes any pending save; rejects if it failed. */
  flush?: () => Promise<void>;
  reload?: () => void;
}

const defaultFlush = () => useAssessmentStore.getState().flush();
const defaultReload = () => window.location.reload();

/**
 * Offline and update status: a one-time "Ready to work offline" notice, a calm offline indicator,
 * and the "A new version is ready" banner. They sit in a dock fixed to the bottom of the viewport
 * that takes no room in the page, so a banner that appears while someone types never moves the
 * form under their cursor; the page gains room at its end so nothing stays hidden behind it.
 * The app reloads a tab only when the user asks, and only after their work is saved.
 */
export function PwaStatus({
  register = registerServiceWorker,
  flush = defaultFlush,
  reload = defaultReload,
}: PwaStatusProps) {
  const { t } = useTranslation();
  const online = useOnline();
  const [offlineReady, setOfflineReady] = useState(false);
  const [update, setUpdate] = useState<Update>('none');
  const [saving, setSaving] = useState(false);
  const [saveFailed, setSaveFailed] = useState(false);
  const controls = useRef<ServiceWorkerControls | undefined>(undefined);
  /** True once the user chose "Update now" in this tab. */
  const requested = useRef(false);

  useEffect(() => {
    const c = register({
      onOfflineReady: () => {
        if (offlineReadyShown()) return;
        markOfflineReadyShown();
        setOfflineReady(true);
      },
      onNeedRefresh: () => setUpdate((u) => (u === 'none' || u === 'later' ? 'waiting' : u)),
      onNeedReload: () => {
        if (requested.current) reload();
        else setUpdate('otherTab');
      },
      onRegisterError: () => undefined, // no service worker (e.g. private mode): the app still works online
    });
    controls.current = c;
    return () => c.dispose();
  }, [register, reload]);

  useEffect(() => {
    if (update !== 'updating') return;
    const timer = window.setTimeout(() => setUpdate('stalled'), UPDATE_STALL_MS);
    return () => window.clearTimeout(timer);
  }, [update]);

  /** Runs `next` only once every pending edit is on disk; if saving fails, says so and stops. */
  const saveThen = async (next: () => void | Promise<void>) => {
    setSaveFailed(false);
    setSaving(true);
    try {
      await flush();
    } catch {
      setSaveFailed(true);
      return;
    } finally {
      setSaving(false);
    }
    await next();
  };

  const updateNow = () =>
    saveThen(async () => {
      requested.current = true;
      setUpdate('updating');
      await controls.current?.activateUpdate();
    });

  /** The pressed button disappears with its banner: put focus somewhere sensible. */
  const close = (after: () => void) => {
    after();
    setSaveFailed(false);
    document.querySelector<HTMLElement>('main')?.focus();
  };

  const busy = saving || update === 'updating';
  const active = !online || offlineReady || saveFailed || (update !== 'none' && update !== 'later');

  return (
    <div className={`pwa-status${active ? ' pwa-status--active' : ''}`} data-build-id={BUILD_ID}>
      <div role="status">
        {!online && (
          <div className="usa-alert usa-alert--info usa-alert--slim margin-y-1">
            <div className="usa-alert__body">
              <p className="usa-alert__text">{t('pwa.offline.text')}</p>
            </div>
          </div>
        )}
        {offlineReady && (
          <div className="usa-alert usa-alert--success usa-alert--slim margin-y-1">
            <div className="usa-alert__body">
              <p className="usa-alert__text">
                {t('pwa.offlineReady.text')}{' '}
                <button
                  type="button"
                  className="usa-button usa-button--unstyled"
                  onClick={() => close(() => setOfflineReady(false))}
                >
                  {t('pwa.offlineReady.dismiss')}
                </button>
              </p>
            </div>
          </div>
        )}
      </div>

      <div role="status">
        {(update === 'waiting' || update === 'updating') && (
          <section
            className="usa-alert usa-alert--info margin-y-1"
            aria-labelledby="pwa-update-heading"
          >
            <div className="usa-alert__body">
              <h2 id="pwa-update-heading" className="usa-alert__heading">
                {t('pwa.update.heading')}
              </h2>
              <p className="usa-alert__text">
                {saving
                  ? t('pwa.update.saving')
                  : update === 'updating'
                    ? t('pwa.update.updating')
                    : t('pwa.update.text')}
              </p>
              <ul className="usa-button-group margin-top-1">
                <li className="usa-button-group__item">
                  <button
                    type="button"
                    className="usa-button"
                    disabled={busy}
                    onClick={() => void updateNow()}
                  >
                    {t('pwa.update.now')}
                  </button>
                </li>
                <li className="usa-button-group__item">
                  <button
                    type="button"
                    className="usa-button usa-button--outline"
                    disabled={busy}
                    onClick={() => close(() => setUpdate('later'))}
                  >
                    {t('pwa.update.later')}
                  </button>
                </li>
              </ul>
            </div>
          </section>
        )}
        {update === 'stalled' && (
          <div className="usa-alert usa-alert--warning usa-alert--slim margin-y-1">
            <div className="usa-alert__body">
              <p className="usa-alert__text">{t('pwa.update.stalled')}</p>
            </div>
          </div>
        )}
        {update === 'otherTab' && (
          <section
            className="usa-alert usa-alert--info margin-y-1"
            aria-labelledby="pwa-tab-heading"
          >
            <div className="usa-alert__body">
              <h2 id="pwa-tab-heading" className="usa-alert__heading">
                {t('pwa.otherTab.heading')}
              </h2>
              <p className="usa-alert__text">{t('pwa.otherTab.text')}</p>
              <button
                type="button"
                className="usa-button margin-top-1"
                disabled={saving}
                onClick={() => void saveThen(reload)}
              >
                {t('pwa.otherTab.reload')}
              </button>
            </div>
          </section>
        )}
      </div>

      {saveFailed && (
        <div className="usa-alert usa-alert--error usa-alert--slim margin-y-1" role="alert">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{t('pwa.update.flushFailed')}</p>
          </div>
        </div>
      )}
    </div>
  );
}
