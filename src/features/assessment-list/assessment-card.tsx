import { memo, useState } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { Link, useLocation } from 'wouter';
import type { AssessmentSummary } from '@/domain/summary';
import { formatDateTime } from '@/lib/format';
import { BackupOneButton } from '@/features/backup/backup-one-button';
import { ExportPdfButton } from '@/features/pdf-export/export-pdf-button';
import { useAssessmentStore } from '@/store/assessment-store';
import type { CardDecision } from './use-decisions';

export const AssessmentCard = memo(function AssessmentCard({
  summary: a,
  decision,
}: {
  summary: AssessmentSummary;
  /** The equity team's decision, once a review came back. */
  decision?: CardDecision | undefined;
}) {
  const { t, i18n } = useTranslation();
  const [, navigate] = useLocation();
  const [busy, setBusy] = useState(false);
  const title = a.title.trim() || t('list.untitled');
  const headingId = `card-${a.id}`;

  const onDuplicate = async () => {
    setBusy(true);
    try {
      const copy = await useAssessmentStore.getState().duplicate(a.id, t('list.copySuffix'));
      navigate(`/assessments/${copy.id}/details`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className="app-card" aria-labelledby={headingId}>
      <div className="app-card__head">
        <h2 className="app-card__title" id={headingId}>
          <Link href={`/assessments/${a.id}/details`}>{title}</Link>
        </h2>
        <span className={`usa-tag app-status app-status--${a.status}`}>
          {t(`options.status.${a.status}`)}
        </span>
      </div>
      <dl className="app-card__facts">
        <div>
          <dt>{t('list.id')}</dt>
          <dd>
            {a.readableId}
            {a.formerReadableIds.length > 0 ? (
              <span className="app-card__former">
                {' '}
                {t('list.formerIds', { ids: a.formerReadableIds.join(', ') })}
              </span>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>{t('list.department')}</dt>
          <dd>{a.department.trim() || t('list.noDepartment')}</dd>
        </div>
        <div>
          <dt>{t('list.progressLabel')}</dt>
          <dd>{t('list.progress', { answered: a.answered, total: a.total })}</dd>
        </div>
        <div>
          <dt>{t('list.saved')}</dt>
          <dd>{formatDateTime(a.updatedAt, i18n.language)}</dd>
        </div>
        <div>
          <dt>{t('list.exported')}</dt>
          <dd>
            {a.lastExportedAt
              ? t('list.exportedAt', {
                  date: formatDateTime(a.lastExportedAt, i18n.language),
                  version: a.version,
                })
              : t('list.neverExported')}
          </dd>
        </div>
        {decision && (
          <div>
            <dt>{t('list.decision')}</dt>
            <dd className="app-card__decision">
              {t('list.decisionOf', {
                decision: t(`reviewing.decisions.${decision.decision}`),
                version: decision.version,
              })}
            </dd>
          </div>
        )}
      </dl>
      <div className="app-card__actions">
        <Link href={`/assessments/${a.id}/details`} className="usa-button usa-button--outline">
          {t('list.open')}
          <span className="usa-sr-only"> {title}</span>
        </Link>
        <button
          type="button"
          className="usa-button usa-button--outline"
          disabled={busy}
          onClick={() => void onDuplicate()}
        >
          {t('list.duplicate')}
          <span className="usa-sr-only"> {title}</span>
        </button>
        <ExportPdfButton assessmentId={a.id} variant="list" />
        <BackupOneButton assessmentId={a.id} />
        <button
          type="button"
          className="usa-button usa-button--secondary"
          disabled={busy}
          onClick={() => void useAssessmentStore.getState().remove(a.id)}
        >
          {t('list.delete')}
          <span className="usa-sr-only"> {title}</span>
        </button>
      </div>
    </li>
  );
});
