import { useTranslation } from '@/i18n/use-translation';
import { useAssessmentStore } from '@/store/assessment-store';

/** After a delete: what was deleted, with Undo. */
export function DeletedNotice() {
  const { t } = useTranslation();
  const lastDeleted = useAssessmentStore((s) => s.lastDeleted);
  if (!lastDeleted) return null;
  return (
    <div className="usa-alert usa-alert--info usa-alert--slim app-undo" role="status">
      <div className="usa-alert__body">
        <p className="usa-alert__text">
          {t('list.deleted', { title: lastDeleted.title.trim() || t('list.untitled') })}{' '}
          <button
            type="button"
            className="usa-button usa-button--unstyled"
            onClick={() => void useAssessmentStore.getState().undoRemove()}
          >
            {t('list.undo')}
          </button>
        </p>
      </div>
    </div>
  );
}
