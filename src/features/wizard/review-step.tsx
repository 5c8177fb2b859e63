import { useMemo } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { Link } from 'wouter';
import { checkAssessment, type Issue } from '@/domain/checks';
import { STATUSES } from '@/domain/constants';
import { STEPS } from '@/domain/questions';
import { PageHeading } from '@/components/ui/page-heading';
import { ExportPdfButton } from '@/features/pdf-export/export-pdf-button';
import { useAssessmentStore } from '@/store/assessment-store';
import { AnswersView } from './answers-view';
import { ChecksPanel } from './checks-panel';
import { ReceivedReview } from './received-review';
import { VersionsPanel } from './versions-panel';
import { stepHref } from './field-link';
import { issueSummaryText } from './issue-text';

/** "Check your answers": every answer, each step with a Change link, and what is still missing. */
export function ReviewStep({ id, readOnly = false }: { id: string; readOnly?: boolean }) {
  const { t } = useTranslation();
  const assessment = useAssessmentStore((s) => s.byId[id]);
  const issues = useMemo(
    () => (assessment ? checkAssessment(assessment) : new Map<string, Issue[]>()),
    [assessment],
  );
  if (!assessment) return null;
  const open = STEPS.filter((s) => (issues.get(s.id)?.length ?? 0) > 0);

  return (
    <div className="app-review">
      <PageHeading>{t('review.heading')}</PageHeading>
      <p className="app-step__intro">{t('review.intro')}</p>
      {open.length > 0 ? (
        <div className="usa-alert usa-alert--warning" role="region" aria-labelledby="review-open">
          <div className="usa-alert__body">
            <h2 className="usa-alert__heading" id="review-open">
              {t('review.openTitle', { count: open.length })}
            </h2>
            <ul className="usa-list">
              {open.map((s) => (
                <li key={s.id}>
                  <Link
                    href={stepHref(id, s.id, {
                      field: issues.get(s.id)?.[0]?.path,
                      fromReview: true,
                    })}
                  >
                    {t(`steps.${s.id}.title`)}
                  </Link>
                  <ul>
                    {(issues.get(s.id) ?? []).slice(0, 5).map((i) => (
                      <li key={i.path}>{issueSummaryText(s, i)}</li>
                    ))}
                    {(issues.get(s.id)?.length ?? 0) > 5 && (
                      <li>{t('review.more', { count: (issues.get(s.id)?.length ?? 0) - 5 })}</li>
                    )}
                  </ul>
                </li>
              ))}
            </ul>
          </div>
        </div>
      ) : (
        <div className="usa-alert usa-alert--success usa-alert--slim">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{t('review.allAnswered')}</p>
          </div>
        </div>
      )}
      <ReceivedReview assessment={assessment} />
      <ChecksPanel id={id} readOnly={readOnly} />

      <AnswersView
        assessment={assessment}
        changeLinks={(step, field) => stepHref(id, step, { field, fromReview: true })}
      />

      <section className="app-review-finish" aria-labelledby="finish-heading">
        <h2 id="finish-heading">{t('review.finishHeading')}</h2>
        <div className="usa-form-group">
          <label className="usa-label" htmlFor="status">
            {t('review.statusLabel')}
          </label>
          <select
            id="status"
            className="usa-select"
            value={assessment.status}
            disabled={readOnly}
            onChange={(e) => {
              const value = STATUSES.find((s) => s === e.target.value);
              if (value) useAssessmentStore.getState().setStatus(id, value);
            }}
          >
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`options.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <ExportPdfButton assessmentId={id} variant="primary" offerSubmit={!readOnly} />
        <VersionsPanel assessment={assessment} />
        <div className="app-step__buttons">
          <Link href={`/assessments/${id}/q5`} className="usa-button usa-button--outline">
            {t('wizard.back')}
          </Link>
          <Link href="/" className="usa-button usa-button--outline">
            {t('wizard.allAssessments')}
          </Link>
        </div>
      </section>
    </div>
  );
}
