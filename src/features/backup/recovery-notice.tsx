import { useTranslation } from '@/i18n/use-translation';
import { Link } from 'wouter';
import { tKey } from '@/i18n/i18n';
import { useAssessmentStore } from '@/store/assessment-store';

/**
 * Said once after a start that brought back changes the browser had not saved into the record
 * when it closed (a crash, a dead battery): which assessment, which step, and a link to it.
 */
export function RecoveryNotice() {
  const { t } = useTranslation();
  const recovered = useAssessmentStore((s) => s.recovered);
  if (recovered.length === 0) return null;
  return (
    <div className="usa-alert usa-alert--info margin-bottom-2 app-recovery-notice" role="status">
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading">{t('backup.recovered.heading')}</h2>
        <div>
          {recovered.map((r) => {
            const title = r.title || t('list.untitled');
            return (
              <p key={r.id} className="usa-alert__text">
                {r.step
                  ? t('backup.recovered.textStep', {
                      title,
                      step: tKey(`steps.${r.step}.title`),
                    })
                  : t('backup.recovered.text', { title })}{' '}
                <Link
                  href={`/assessments/${r.id}/${r.step ?? 'details'}`}
                  // Said once: following the link is reading it.
                  onClick={() => useAssessmentStore.getState().dismissRecovered()}
                >
                  {t('backup.recovered.open', { title })}
                </Link>
              </p>
            );
          })}
        </div>
        <button
          type="button"
          className="usa-button usa-button--unstyled margin-top-1"
          onClick={() => useAssessmentStore.getState().dismissRecovered()}
        >
          {t('backup.recovered.dismiss')}
        </button>
      </div>
    </div>
  );
}
