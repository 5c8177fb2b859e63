import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { Link } from 'wouter';
import { stepStatus, type StepStatus } from '@/domain/progress';
import { toIsoDate } from '@/domain/consistency';
import { STEPS } from '@/domain/questions';
import { useAssessmentStore } from '@/store/assessment-store';
import { openChecksByStep } from '@/view-model/checks';

/** Step indicator: every step with its status; any step can be opened directly. */
export function StepNav({ id, current }: { id: string; current: string }) {
  const { t } = useTranslation();
  const statuses = useAssessmentStore(
    useShallow((s): StepStatus[] => {
      const a = s.byId[id];
      return a ? STEPS.map((step) => stepStatus(step, a)) : [];
    }),
  );
  // Open readiness and consistency checks, counted on the step where each is fixed; all on review.
  const today = toIsoDate(new Date());
  const checks = useAssessmentStore(
    useShallow((s): number[] => {
      const a = s.byId[id];
      if (!a) return [];
      const byStep = openChecksByStep(a, today);
      return STEPS.map((step) => byStep.get(step.id) ?? 0);
    }),
  );
  const items = [
    ...STEPS.map((s, i) => ({
      id: s.id,
      label: t(`steps.${s.id}.title`),
      status: statuses[i],
      checks: checks[i] ?? 0,
    })),
    {
      id: 'review',
      label: t('wizard.reviewTitle'),
      status: undefined,
      checks: checks.reduce((sum, n) => sum + n, 0),
    },
  ];
  return (
    <nav aria-label={t('wizard.stepsLabel')} className="app-steps">
      <ol className="app-steps__list">
        {items.map((item, i) => {
          const isCurrent = item.id === current;
          return (
            <li
              key={item.id}
              className={`app-steps__item${isCurrent ? ' app-steps__item--current' : ''}${
                item.status ? ` app-steps__item--${item.status}` : ''
              }`}
            >
              <Link
                href={`/assessments/${id}/${item.id}`}
                aria-current={isCurrent ? 'step' : undefined}
              >
                <span className="app-steps__num" aria-hidden="true">
                  {item.status === 'completed' ? '✓' : i + 1}
                </span>
                <span className="app-steps__label">{item.label}</span>
                {item.status && (
                  <span className="app-steps__status">{t(`wizard.status.${item.status}`)}</span>
                )}
                {item.checks > 0 && (
                  <span className="app-steps__checks">
                    {t('checksView.navCount', { count: item.checks })}
                  </span>
                )}
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
