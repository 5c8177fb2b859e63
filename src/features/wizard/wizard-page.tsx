import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { getStep } from '@/domain/questions';
import { NotFound } from '@/components/ui/not-found';
import { useAssessmentStore } from '@/store/assessment-store';
import { ReviewStep } from './review-step';
import { SaveStatus } from './save-status';
import { StepForm } from './step-form';
import { StepNav } from './step-nav';

export const REVIEW = 'review';

export function WizardPage({ id, step }: { id: string; step: string }) {
  const { t } = useTranslation();
  const exists = useAssessmentStore((s) => Boolean(s.byId[id]));
  const title = useAssessmentStore((s) => s.byId[id]?.meta.title.trim() ?? '');
  const definition = getStep(step);

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
      <StepNav id={id} current={step} />
      {definition ? (
        <StepForm key={`${id}:${step}`} id={id} step={definition} />
      ) : (
        <ReviewStep id={id} />
      )}
    </div>
  );
}
