import { useTranslation } from '@/i18n/use-translation';
import type { EditMode } from '@/store/tab-coordination';

/**
 * Says why an assessment can't be edited in this tab and offers to take over. Renders nothing while
 * this tab is the one editing. Pair it with `useEditLock(id)`.
 */
export function ReadOnlyNotice({ mode, onTakeOver }: { mode: EditMode; onTakeOver: () => void }) {
  const { t } = useTranslation();
  if (mode === 'editing') return null;
  if (mode === 'checking') {
    return (
      <p role="status" className="usa-hint">
        {t('backup.readOnly.checking')}
      </p>
    );
  }
  return (
    <div className="usa-alert usa-alert--warning" role="status">
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading">{t('backup.readOnly.heading')}</h2>
        <p className="usa-alert__text">{t('backup.readOnly.text')}</p>
        <button type="button" className="usa-button margin-top-1" onClick={onTakeOver}>
          {t('backup.readOnly.takeOver')}
        </button>
      </div>
    </div>
  );
}
