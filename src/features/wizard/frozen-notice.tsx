import { useTranslation } from '@/i18n/use-translation';
import type { Assessment } from '@/domain/assessment';
import { isFrozen } from '@/domain/versions';
import { formatDateTime } from '@/lib/format';
import { useAssessmentStore } from '@/store/assessment-store';

/**
 * A submitted or reviewed assessment is shown read-only: its exported version is what the equity
 * team has. Editing first says it starts the next version; the exported one stays kept as it was.
 */
export function FrozenNotice({
  assessment,
  disabled,
}: {
  assessment: Assessment;
  disabled: boolean;
}) {
  const { t, i18n } = useTranslation();
  if (!isFrozen(assessment)) return null;
  const { version } = assessment;
  const date = assessment.lastExportedAt
    ? formatDateTime(assessment.lastExportedAt, i18n.language)
    : '';
  return (
    <div className="usa-alert usa-alert--info" role="region" aria-labelledby="frozen-heading">
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading" id="frozen-heading">
          {t(`versions.frozen.${assessment.status === 'reviewed' ? 'reviewed' : 'submitted'}`, {
            version,
            date,
          })}
        </h2>
        <p className="usa-alert__text">
          {t('versions.frozen.text', { version, next: version + 1 })}
        </p>
        <button
          type="button"
          className="usa-button margin-top-1"
          disabled={disabled}
          onClick={() => {
            useAssessmentStore.getState().setStatus(assessment.id, 'draft');
            // The notice goes away with its button: focus moves to the page's heading, not the body.
            requestAnimationFrame(() => document.querySelector<HTMLElement>('main h1')?.focus());
          }}
        >
          {t('versions.frozen.start', { next: version + 1 })}
        </button>
      </div>
    </div>
  );
}
