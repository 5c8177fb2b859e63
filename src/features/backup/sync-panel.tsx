import '@/i18n/all-words';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { Link } from 'wouter';
import { stepOfSection } from '@/domain/questions';
import { checkServerUrl, type FieldPath } from '@/domain/sync';
import { hasKey, tKey } from '@/i18n/i18n';
import { formatDateTime } from '@/lib/format';
import {
  readSyncCredentials,
  readSyncSettings,
  writeSyncSettings,
  type SyncSettings,
} from '@/store/sync-settings';
import { useSyncStatus, type SyncConflict } from '@/store/sync-status';
import { downloadText } from './download';

const engine = () => import('@/store/sync-engine');

/** Settings, status, conflicts and refused documents of team sync (a lazy chunk). */
export function SyncPanel() {
  const { t } = useTranslation();
  const [settings, setSettings] = useState<SyncSettings>(readSyncSettings);
  const remembered = readSyncCredentials();
  const [url, setUrl] = useState(settings.url);
  const [username, setUsername] = useState(remembered?.username ?? '');
  const [password, setPassword] = useState(remembered?.password ?? '');
  const [remember, setRemember] = useState(settings.remember);
  const [urlError, setUrlError] = useState<string>();
  const ids = { url: useId(), urlError: useId(), urlHint: useId(), user: useId(), pass: useId() };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const checked = checkServerUrl(url);
    if (!checked.ok) {
      setUrlError(t(`sync.urlError.${checked.reason}`));
      document.getElementById(ids.url)?.focus();
      return;
    }
    setUrlError(undefined);
    const next = { enabled: true, url: checked.url, remember };
    const credentials = username ? { username, password } : undefined;
    writeSyncSettings(next, credentials);
    setSettings(next);
    setUrl(checked.url);
    void engine().then((m) => m.startSync(checked.url, credentials));
  };

  const onTurnOff = () => {
    const next = { ...settings, enabled: false };
    writeSyncSettings(next, username ? { username, password } : undefined);
    setSettings(next);
    void engine().then((m) => m.stopSync());
  };

  return (
    <div className="app-sync-panel">
      <p>{t('sync.intro')}</p>
      <form className="usa-form" noValidate onSubmit={onSubmit}>
        <div className={`usa-form-group${urlError ? ' usa-form-group--error' : ''}`}>
          <label className="usa-label" htmlFor={ids.url}>
            {t('sync.url')}
          </label>
          <span className="usa-hint" id={ids.urlHint}>
            {t('sync.urlHint')}
          </span>
          {urlError && (
            <span className="usa-error-message" id={ids.urlError} role="alert">
              {urlError}
            </span>
          )}
          <input
            id={ids.url}
            className={`usa-input${urlError ? ' usa-input--error' : ''}`}
            type="url"
            inputMode="url"
            autoComplete="url"
            spellCheck={false}
            value={url}
            aria-invalid={urlError ? true : undefined}
            aria-describedby={urlError ? `${ids.urlHint} ${ids.urlError}` : ids.urlHint}
            onChange={(e) => setUrl(e.target.value)}
          />
        </div>
        <label className="usa-label" htmlFor={ids.user}>
          {t('sync.username')}
        </label>
        <input
          id={ids.user}
          className="usa-input"
          autoComplete="username"
          value={username}
          onChange={(e) => setUsername(e.target.value)}
        />
        <label className="usa-label" htmlFor={ids.pass}>
          {t('sync.password')}
        </label>
        <input
          id={ids.pass}
          className="usa-input"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <div className="usa-checkbox">
          <input
            id={`${ids.pass}-remember`}
            className="usa-checkbox__input"
            type="checkbox"
            checked={remember}
            onChange={(e) => setRemember(e.target.checked)}
          />
          <label className="usa-checkbox__label" htmlFor={`${ids.pass}-remember`}>
            {t('sync.remember')}
          </label>
        </div>
        <p className="usa-hint">{t('sync.credentialsHint')}</p>
        <button type="submit" className="usa-button">
          {settings.enabled ? t('sync.reconnect') : t('sync.turnOn')}
        </button>
        {settings.enabled && (
          <button type="button" className="usa-button usa-button--outline" onClick={onTurnOff}>
            {t('sync.turnOff')}
          </button>
        )}
      </form>
      <SyncStatusView />
      <ConflictList />
      <RestoredList />
      <RefusedList />
    </div>
  );
}

function SyncStatusView() {
  const { t, i18n } = useTranslation();
  const status = useSyncStatus();
  return (
    <div className="app-sync-status" role="status" aria-live="polite">
      <p>
        <strong>{t('sync.statusLabel')}</strong> {t(`sync.phase.${status.phase}`)}
      </p>
      {status.phase !== 'off' && (
        <p>
          {status.lastSyncedAt
            ? t('sync.lastSynced', { time: formatDateTime(status.lastSyncedAt, i18n.language) })
            : t('sync.neverSynced')}{' '}
          {t('sync.pending', { count: status.pending })}
        </p>
      )}
      {status.phase === 'error' && status.error && (
        <p className="usa-error-message">
          {t(`sync.error.${status.error.kind}`)} <span lang="en">({status.error.detail})</span>
        </p>
      )}
    </div>
  );
}

/**
 * A conflicting field as the wizard names it: "Details: Title" for `meta.title`, the step and the
 * question for an answer; the stored path for anything the questions do not name.
 */
export function conflictFieldName(path: FieldPath): string {
  const [section, item, ...rest] = path;
  const step = stepOfSection(section);
  const label = `items.${section ?? ''}.${item ?? ''}.label`;
  if (!step || !item || !hasKey(label)) return path.join('.');
  const name = `${tKey(`steps.${step}.title`)}: ${tKey(label)}`;
  return rest.length > 0 ? `${name} (${rest.join('.')})` : name;
}

function show(value: unknown): string {
  if (value === undefined || value === null || value === '') return '';
  return typeof value === 'string' ? value : JSON.stringify(value, null, 2);
}

function ConflictList() {
  const { t } = useTranslation();
  const conflicts = useSyncStatus((s) => s.conflicts);
  if (conflicts.length === 0) return null;
  return (
    <section aria-labelledby="sync-conflicts-heading">
      <h4 id="sync-conflicts-heading">
        {t('sync.conflicts.heading', { count: conflicts.length })}
      </h4>
      <p>{t('sync.conflicts.intro')}</p>
      {conflicts.map((c) => (
        <ConflictForm key={c.docId} conflict={c} />
      ))}
    </section>
  );
}

function ConflictForm({ conflict }: { conflict: SyncConflict }) {
  const { t } = useTranslation();
  const [picks, setPicks] = useState<Map<string, 'mine' | 'theirs'>>(new Map());
  const [busy, setBusy] = useState(false);
  const name = useId();
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    void engine()
      .then((m) => m.resolveConflict(conflict.docId, picks))
      .finally(() => setBusy(false));
  };
  return (
    <form className="app-sync-conflict" onSubmit={onSubmit}>
      <h5>{conflict.title || t('sync.conflicts.untitled')}</h5>
      {conflict.fields.map((f) => {
        const key = f.path.join('.');
        const pick = picks.get(key) ?? 'mine';
        const choose = (side: 'mine' | 'theirs') => setPicks(new Map(picks).set(key, side));
        return (
          <fieldset key={key} className="usa-fieldset app-sync-conflict__field">
            <legend className="usa-legend">
              {t('sync.conflicts.field', { field: conflictFieldName(f.path) })}
            </legend>
            <div className="app-sync-conflict__sides">
              {(['mine', 'theirs'] as const).map((side) => (
                <div key={side} className="usa-radio">
                  <input
                    className="usa-radio__input"
                    type="radio"
                    id={`${name}-${key}-${side}`}
                    name={`${name}-${key}`}
                    checked={pick === side}
                    onChange={() => choose(side)}
                  />
                  <label className="usa-radio__label" htmlFor={`${name}-${key}-${side}`}>
                    {t(`sync.conflicts.${side}`)}
                  </label>
                  <blockquote className="app-sync-conflict__text">
                    {show(side === 'mine' ? f.mine : f.theirs) || t('sync.conflicts.empty')}
                  </blockquote>
                </div>
              ))}
            </div>
          </fieldset>
        );
      })}
      <p className="usa-hint">{t('sync.conflicts.kept')}</p>
      <button type="submit" className="usa-button" disabled={busy}>
        {t('sync.conflicts.apply')}
      </button>
    </form>
  );
}

/** Deleted here, changed on another device since: back on the list, said once per assessment. */
function RestoredList() {
  const { t } = useTranslation();
  const restored = useSyncStatus((s) => s.restored);
  if (restored.length === 0) return null;
  return (
    <section aria-labelledby="sync-restored-heading">
      <h4 id="sync-restored-heading">{t('sync.restored.heading', { count: restored.length })}</h4>
      <p>{t('sync.restored.intro', { count: restored.length })}</p>
      <ul>
        {restored.map((r) => (
          <li key={r.assessmentId}>
            <Link href={`/assessments/${r.assessmentId}/details`}>
              {r.title.trim() || t('sync.conflicts.untitled')}
            </Link>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="usa-button usa-button--outline margin-bottom-2"
        onClick={() => void engine().then((m) => m.dismissRestored())}
      >
        {t('sync.restored.dismiss')}
      </button>
    </section>
  );
}

function RefusedList() {
  const { t } = useTranslation();
  const rejected = useSyncStatus((s) => s.rejected);
  const denied = useSyncStatus((s) => s.denied);
  const onDownloadKept = () =>
    void engine()
      .then((m) => m.keptCopies())
      .then((rows) => downloadText('sync-kept-copies.json', JSON.stringify(rows, null, 2)));
  return (
    <>
      {rejected.length > 0 && (
        <section aria-labelledby="sync-rejected-heading">
          <h4 id="sync-rejected-heading">
            {t('sync.rejected.heading', { count: rejected.length })}
          </h4>
          <p>{t('sync.rejected.intro')}</p>
          <ul>
            {rejected.map((r) => (
              <li key={r.docId}>
                <code>{r.docId}</code>: <span lang="en">{r.error}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {denied.length > 0 && (
        <section aria-labelledby="sync-denied-heading">
          <h4 id="sync-denied-heading">{t('sync.denied.heading', { count: denied.length })}</h4>
          <p>{t('sync.denied.intro')}</p>
          <ul>
            {denied.map((r) => (
              <li key={r.docId}>
                <code>{r.docId}</code>
              </li>
            ))}
          </ul>
        </section>
      )}
      <button type="button" className="usa-button usa-button--unstyled" onClick={onDownloadKept}>
        {t('sync.downloadKept')}
      </button>
    </>
  );
}
