import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { getStep } from '@/domain/questions';
import { NotFound } from '@/components/ui/not-found';
import { ReadOnlyNotice } from '@/features/backup/read-only-notice';
import { useAssessmentStore } from '@/store/assessment-store';
import { useEditLock } from '@/store/tab-coordination';
import { DepthBar } from './depth-choice';
import { ReviewStep } from './review-step';
import { SaveStatus } from './save-status';
import { StepForm } from './step-form';
import { StepNav } from './step-nav';

export const REVIEW = 'review';

export function WizardPage({ id, step }: { id: string; step: string }) {
  const { t } = useTranslation();
  const exists = useAssessmentStore((s) => Boolean(s.byId[id]));
  const title = useAssessmentStore((s) => s.byId[id]?.meta.title.trim() ?? '');
  const updatedAt = useAssessmentStore((s) => s.byId[id]?.updatedAt ?? '');
  const definition = getStep(step);
  // One tab edits an assessment at a time; others show it read-only and follow its changes.
  const { mode, takeOver } = useEditLock(id);
  const readOnly = mode !== 'editing';

  // Leaving a step (or the wizard) writes what is pending at once.
  useEffect(() => {
    return () => {
      void useAssessmentStore
        .getState()
        .flush()
        .catch(() => undefined);
    };
  }, [step]);

  if (!exists || (!definition && step !== REVIEW)) return <NotFound />;

  return (
    <div className="app-wizard">
      <div className="app-wizard__top">
        <Link href="/" className="app-back-link">
          {t('wizard.allAssessments')}
        </Link>
        <p className="app-wizard__name">{title || t('list.untitled')}</p>
        <SaveStatus />
      </div>
      <ReadOnlyNotice mode={mode} onTakeOver={takeOver} />
      <StepNav id={id} current={step} />
      {/* The details step holds the full choice, triage included. */}
      {step !== 'details' && <DepthBar id={id} readOnly={readOnly} />}
      {definition ? (
        <StepForm
          // Read-only forms are rebuilt when the editing tab saves, so they show its latest words.
          key={`${id}:${step}:${mode}:${readOnly ? updatedAt : ''}`}
          id={id}
          step={definition}
          readOnly={readOnly}
        />
      ) : (
        <ReviewStep id={id} readOnly={readOnly} />
      )}
    </div>
  );
}
