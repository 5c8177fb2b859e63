import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { Link } from 'wouter';
import { stepStatus, type StepStatus } from '@/domain/progress';
import { STEPS } from '@/domain/questions';
import { useAssessmentStore } from '@/store/assessment-store';

/** Step indicator: every step with its status; any step can be opened directly. */
export function StepNav({ id, current }: { id: string; current: string }) {
  const { t } = useTranslation();
  const statuses = useAssessmentStore(
    useShallow((s): StepStatus[] => {
      const a = s.byId[id];
      return a ? STEPS.map((step) => stepStatus(step, a)) : [];
    }),
  );
  const items = [
    ...STEPS.map((s, i) => ({ id: s.id, label: t(`steps.${s.id}.title`), status: statuses[i] })),
    { id: 'review', label: t('wizard.reviewTitle'), status: undefined },
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
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
