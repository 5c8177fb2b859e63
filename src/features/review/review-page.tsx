import { memo, useCallback, useMemo } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { Link } from 'wouter';
import type { Assessment } from '@/domain/assessment';
import { toIsoDate } from '@/domain/consistency';
import type { Review } from '@/domain/review';
import { NotFound } from '@/components/ui/not-found';
import { PageHeading } from '@/components/ui/page-heading';
import { ExportReviewedPdfButton } from '@/features/pdf-export/export-reviewed-pdf-button';
import { AnswersView, type AnswerAction, type RowAction } from '@/features/wizard/answers-view';
import { formatDateTime } from '@/lib/format';
import type { Submission } from '@/store/review-store';
import { anchorIndex, anchorLabel, buildCriteria, checksByCriterion } from '@/view-model/review';
import { buildSections } from '@/view-model/sections';
import { CommentThread } from './comments';
import { ConditionsPanel } from './conditions-panel';
import { DecisionPanel } from './decision-panel';
import { RubricPanel } from './rubric-panel';
import { ReviewCellContext, useReview } from './use-review';

type Update = (change: (r: Review) => Review) => void;

/** The equity team's review of one submitted version: its answers read-only, and the review panel. */
export function ReviewPage({ assessmentId, version }: { assessmentId: string; version: string }) {
  const { t } = useTranslation();
  const { loaded, status, update, flush, cell } = useReview(assessmentId, Number(version));
  if (loaded.kind === 'loading') return <p role="status">{t('app.loading')}</p>;
  if (loaded.kind === 'missing') {
    return (
      <>
        <NotFound />
        <p>{t('reviewing.notFound')}</p>
      </>
    );
  }
  return (
    <ReviewCellContext.Provider value={cell}>
      <ReviewScreen
        submission={loaded.submission}
        review={loaded.review}
        status={status}
        update={update}
        flush={flush}
      />
    </ReviewCellContext.Provider>
  );
}

function ReviewScreen({
  submission,
  review,
  status,
  update,
  flush,
}: {
  submission: Submission;
  review: Review;
  status: 'saved' | 'pending' | 'failed';
  update: Update;
  flush: () => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const a: Assessment = submission.assessment;
  const language = i18n.language;
  const today = toIsoDate(new Date());
  // Words follow the interface language: built again when it changes.
  const index = useMemo(
    () => anchorIndex(buildSections(a)),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- buildSections reads the language from i18n
    [a, language],
  );
  const checks = useMemo(
    () => checksByCriterion(a, today),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the sentences read the language from i18n
    [a, today, language],
  );
  const criteria = buildCriteria(review, a, today, checks);
  const title = a.meta.title.trim() || t('list.untitled');

  return (
    <div className="app-reviewing">
      <div className="app-wizard__top">
        <Link href="/portfolio" className="app-back-link">
          {t('reviewing.backToPortfolio')}
        </Link>
      </div>
      <PageHeading>
        {t('reviewing.pageHeading', { id: a.readableId, version: a.version, title })}
      </PageHeading>
      <p className="usa-intro">{t('reviewing.intro')}</p>
      <p className="app-reviewing__save" role="status">
        {status === 'pending' ? t('reviewing.saving') : null}
        {status === 'saved' ? t('reviewing.saved') : null}
      </p>
      {status === 'failed' ? (
        <div className="usa-alert usa-alert--error usa-alert--slim" role="alert">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{t('reviewing.saveFailed')}</p>
          </div>
        </div>
      ) : null}
      <div className="grid-row grid-gap-lg">
        <section
          className="desktop:grid-col-7 app-reviewing__answers"
          aria-labelledby="answers-heading"
        >
          <h2 id="answers-heading">{t('reviewing.answersHeading')}</h2>
          <p className="usa-hint">
            {t('reviewing.readOnly', {
              date: formatDateTime(review.submittedAt ?? submission.receivedAt, i18n.language),
              fingerprint: submission.fingerprint.slice(0, 12),
            })}
          </p>
          <SubmittedAnswers assessment={a} index={index} update={update} />
        </section>
        <section
          className="desktop:grid-col-5 app-reviewing__panel"
          aria-labelledby="panel-heading"
        >
          <h2 id="panel-heading">{t('reviewing.panelHeading')}</h2>
          <RubricPanel review={review} criteria={criteria} update={update} />
          <ConditionsPanel review={review} update={update} />
          <DecisionPanel review={review} update={update} />
          <ReviewerPanel review={review} update={update} />
          <ExportReviewedPdfButton assessment={a} review={review} beforeExport={flush} />
        </section>
      </div>
    </div>
  );
}

function ReviewerPanel({ review, update }: { review: Review; update: Update }) {
  const { t } = useTranslation();
  const field = (
    key: 'reviewerName' | 'reviewerRole' | 'reviewedOn' | 'reassessBy',
    type: 'text' | 'date',
  ) => (
    <>
      <label className="usa-label" htmlFor={`review-${key}`}>
        {t(`reviewing.${key}`)}
      </label>
      <input
        id={`review-${key}`}
        className="usa-input"
        type={type}
        autoComplete={
          key === 'reviewerName' ? 'name' : key === 'reviewerRole' ? 'organization-title' : 'off'
        }
        value={review[key]}
        onChange={(e) => {
          const value = e.target.value;
          update((r) => ({ ...r, [key]: value }));
        }}
      />
    </>
  );
  return (
    <section className="app-reviewing__part" aria-labelledby="reviewer-heading">
      <h3 id="reviewer-heading">{t('reviewing.reviewerTitle')}</h3>
      {field('reviewerName', 'text')}
      {field('reviewerRole', 'text')}
      {field('reviewedOn', 'date')}
      {field('reassessBy', 'date')}
    </section>
  );
}

const ASSESSMENT_ANCHOR = { kind: 'assessment' } as const;

/**
 * The submitted answers, read-only, with a comment thread under each answer and table row. Kept
 * apart (memo) so a keystroke in the panel never lays out every answer again; each thread follows
 * the comments by itself.
 */
const SubmittedAnswers = memo(function SubmittedAnswers({
  assessment,
  index,
  update,
}: {
  assessment: Assessment;
  index: ReturnType<typeof anchorIndex>;
  update: Update;
}) {
  const answerAction = useCallback<AnswerAction>(
    (step, block) => {
      const anchor = { kind: 'field', step, field: block.key } as const;
      return <CommentThread anchor={anchor} place={anchorLabel(anchor, index)} update={update} />;
    },
    [index, update],
  );
  const rowAction = useCallback<RowAction>(
    (step, block, row) => {
      const anchor = { kind: 'row', step, table: block.key, rowId: row.id } as const;
      return <CommentThread anchor={anchor} place={anchorLabel(anchor, index)} update={update} />;
    },
    [index, update],
  );
  return (
    <>
      <CommentThread
        anchor={ASSESSMENT_ANCHOR}
        place={anchorLabel(ASSESSMENT_ANCHOR, index)}
        update={update}
      />
      <AnswersView
        assessment={assessment}
        changeLinks={false}
        answerAction={answerAction}
        rowAction={rowAction}
      />
    </>
  );
});
