import { useEffect, useState } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { Link, useSearch } from 'wouter';
import { getStep } from '@/domain/questions';
import { isFrozen } from '@/domain/versions';
import { NotFound } from '@/components/ui/not-found';
import { ReadOnlyNotice } from '@/features/backup/read-only-notice';
import { UnreadableRecord } from '@/features/backup/unreadable';
import { useAssessmentStore } from '@/store/assessment-store';
import { useEditLock } from '@/store/tab-coordination';
import { landOnField, readStepTarget, stepHref } from './field-link';
import { DepthBar } from './depth-choice';
import { FrozenNotice } from './frozen-notice';
import { InTrash } from './in-trash';
import { ReceivedCommentsProvider } from './review-comments';
import { ReviewStep } from './review-step';
import { SaveStatus } from './save-status';
import { StepForm } from './step-form';
import { StepNav } from './step-nav';

export const REVIEW = 'review';

export function WizardPage({ id, step }: { id: string; step: string }) {
  const { t } = useTranslation();
  const exists = useAssessmentStore((s) => Boolean(s.byId[id]));
  // The list holds summaries only: the full record is read when the assessment is opened.
  const [missing, setMissing] = useState<string>();
  useEffect(() => {
    if (exists) return;
    let live = true;
    const store = useAssessmentStore.getState();
    void store.openAssessment(id).then(async (a) => {
      if (a || !live) return;
      // Not on the list: it may be in the trash (deleted in another tab or on another device).
      await store.loadTrash().catch(() => undefined);
      if (live) setMissing(id);
    });
    return () => {
      live = false;
    };
  }, [id, exists]);
  const trashed = useAssessmentStore((s) => s.trash.find((x) => x.assessment.id === id));
  const unreadable = useAssessmentStore((s) =>
    s.problems.some((p) => p.source === 'record' && p.id === id),
  );
  const title = useAssessmentStore((s) => s.byId[id]?.meta.title.trim() ?? '');
  const updatedAt = useAssessmentStore((s) => s.byId[id]?.updatedAt ?? '');
  const assessment = useAssessmentStore((s) => s.byId[id]);
  const frozen = assessment ? isFrozen(assessment) : false;
  const definition = getStep(step);
  // One tab edits an assessment at a time; others show it read-only and follow its changes.
  const { mode, takeOver } = useEditLock(id);
  // Submitted or reviewed: read-only until the user starts the next version (FrozenNotice).
  const readOnly = mode !== 'editing' || frozen;
  // The step is drawn once the first check has said whether this tab edits: drawn read-only first,
  // a big step was drawn twice, and the second drawing waited for the first (the check's answer
  // queues behind it). A later check (taking over editing) keeps the step on the page.
  const [checked, setChecked] = useState(mode !== 'checking');
  if (!checked && mode !== 'checking') setChecked(true);

  // Leaving a step (or the wizard) writes what is pending at once.
  useEffect(() => {
    return () => {
      void useAssessmentStore
        .getState()
        .flush()
        .catch(() => undefined);
    };
  }, [step]);

  // A link to one field (`?field=harms.2.groups`) lands on it once the step is on the page: after
  // the heading takes focus (the next frame), so the field keeps it.
  const search = useSearch();
  const target = readStepTarget(search);
  const field = definition && exists && checked ? target.field : undefined;
  useEffect(() => {
    if (field === undefined) return;
    let second = 0;
    const first = requestAnimationFrame(() => {
      second = requestAnimationFrame(() => landOnField(field));
    });
    return () => {
      cancelAnimationFrame(first);
      cancelAnimationFrame(second);
    };
    // Again when the form is rebuilt for the edit lock (read-only → editing), so focus stays there.
  }, [step, field, mode]);

  if (!exists && unreadable) return <UnreadableRecord />;
  if (!exists && missing !== id) return <p role="status">{t('app.loading')}</p>;
  if (!exists && trashed) return <InTrash item={trashed} />;
  if (!exists || (!definition && step !== REVIEW)) return <NotFound />;
  const backToReview =
    definition && target.fromReview ? (
      <p className="app-back-to-review">
        <Link href={stepHref(id, REVIEW)}>{t('checksView.backToReview')}</Link>
      </p>
    ) : null;

  return (
    <ReceivedCommentsProvider assessment={assessment}>
      <div className="app-wizard">
        <div className="app-wizard__top">
          <Link href="/" className="app-back-link">
            {t('wizard.allAssessments')}
          </Link>
          <p className="app-wizard__name">{title || t('list.untitled')}</p>
          <SaveStatus />
        </div>
        <ReadOnlyNotice mode={mode} onTakeOver={takeOver} />
        {assessment ? <FrozenNotice assessment={assessment} disabled={mode !== 'editing'} /> : null}
        <StepNav id={id} current={step} />
        {backToReview}
        {/* The details step holds the full choice, triage included. */}
        {step !== 'details' && <DepthBar id={id} readOnly={readOnly} />}
        {!checked ? null : definition ? (
          <StepForm
            // Read-only forms are rebuilt when the editing tab saves, so they show its latest words.
            key={`${id}:${step}:${mode}:${frozen}:${readOnly ? updatedAt : ''}`}
            id={id}
            step={definition}
            readOnly={readOnly}
          />
        ) : (
          <ReviewStep id={id} readOnly={readOnly} />
        )}
        {backToReview}
      </div>
    </ReceivedCommentsProvider>
  );
}
