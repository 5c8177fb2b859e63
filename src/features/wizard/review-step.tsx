import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { checkAssessment, type Issue } from '@/domain/checks';
import { STATUSES } from '@/domain/constants';
import { stepStatus } from '@/domain/progress';
import { STEPS } from '@/domain/questions';
import { PageHeading } from '@/components/ui/page-heading';
import { ExportPdfButton } from '@/features/pdf-export/export-pdf-button';
import { useAssessmentStore } from '@/store/assessment-store';
import { buildSections, type Answer, type Block } from '@/view-model/sections';
import { ChecksPanel } from './checks-panel';
import { stepHref } from './field-link';
import { issueSummaryText } from './issue-text';

function AnswerText({ answer }: { answer: Answer }) {
  const { t } = useTranslation();
  if (answer.state === 'answered') return <span className="app-answer">{answer.text}</span>;
  if (answer.state === 'notKnown') {
    return (
      <span className="app-answer app-answer--unknown">
        {t('review.notKnown')} {answer.plan && t('review.plan', { plan: answer.plan })}
        {answer.date && ` ${t('checksView.knownBy', { date: answer.date })}`}
      </span>
    );
  }
  return <span className="app-answer app-answer--missing">{t('review.notAnswered')}</span>;
}

function BlockView({ block }: { block: Block }) {
  if (block.kind === 'answer') return <AnswerText answer={block.answer} />;
  if (block.status) return <AnswerText answer={block.status} />;
  if (block.kind === 'readiness') {
    return (
      <ul className="usa-list app-review-list">
        {block.rows.map((r) => (
          <li key={r.question}>
            <strong>{r.question}</strong> {r.answer || '—'}
            {r.note && <span className="app-answer"> · {r.note}</span>}
          </li>
        ))}
      </ul>
    );
  }
  return (
    <ul className="app-review-rows">
      {block.rows.map((row) => (
        <li key={row.label}>
          <strong className="app-review-rows__label">{row.label}</strong>
          <dl className="app-review-cells">
            {block.columns.map((c, i) =>
              row.cells[i] ? (
                <div key={c.id}>
                  <dt>{c.label}</dt>
                  <dd className="app-answer">{row.cells[i]}</dd>
                </div>
              ) : null,
            )}
          </dl>
        </li>
      ))}
    </ul>
  );
}

/** "Check your answers": every answer, each step with a Change link, and what is still missing. */
export function ReviewStep({ id, readOnly = false }: { id: string; readOnly?: boolean }) {
  const { t, i18n } = useTranslation();
  const assessment = useAssessmentStore((s) => s.byId[id]);
  // The sections carry the words of the current language: built again when it changes.
  const language = i18n.language;
  const sections = useMemo(
    () => (assessment ? buildSections(assessment) : []),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- buildSections reads the language from i18n
    [assessment, language],
  );
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
      <ChecksPanel id={id} readOnly={readOnly} />

      {sections.map((section) => {
        const { step } = section;
        const status = stepStatus(step, assessment);
        return (
          <section
            key={section.id}
            className="app-review-section"
            aria-labelledby={`rv-${section.id}`}
          >
            <div className="app-review-section__head">
              <div>
                <p className="app-step__kicker">{section.kicker}</p>
                <h2 id={`rv-${section.id}`}>{section.heading}</h2>
              </div>
              <span className={`usa-tag app-step-tag app-step-tag--${status}`}>
                {t(`wizard.status.${status}`)}
              </span>
            </div>
            <dl className="app-review-answers">
              {section.blocks.map((block) => (
                <div key={block.key} className="app-review-answer">
                  <dt>
                    {block.number && <span className="app-number">{block.number}</span>}{' '}
                    {block.label}
                  </dt>
                  <dd>
                    <BlockView block={block} />
                  </dd>
                  <dd className="app-review-answer__change">
                    <Link href={stepHref(id, step.id, { field: block.key, fromReview: true })}>
                      {t('review.change')}
                      <span className="usa-sr-only"> {block.label}</span>
                    </Link>
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        );
      })}

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
        <ExportPdfButton assessmentId={id} variant="primary" />
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
