import { useTranslation } from '@/i18n/use-translation';
import { useShallow } from 'zustand/react/shallow';
import { Link } from 'wouter';
import { stepStatus, type StepStatus } from '@/domain/progress';
import type { Assessment } from '@/domain/assessment';
import { toIsoDate } from '@/domain/consistency';
import { STEPS } from '@/domain/questions';
import { useAssessmentStore } from '@/store/assessment-store';
import { openChecksByStep } from '@/view-model/checks';

interface NavFigures {
  statuses: readonly StepStatus[];
  /** Open readiness and consistency checks, counted on the step where each is fixed. */
  checks: readonly number[];
}
const NONE: NavFigures = { statuses: [], checks: [] };
// Assessments are immutable values (every edit makes a new object): one result per object and day.
const navCache = new WeakMap<Assessment, { today: string; figures: NavFigures }>();

function navFigures(a: Assessment, today: string): NavFigures {
  const kept = navCache.get(a);
  if (kept?.today === today) return kept.figures;
  const byStep = openChecksByStep(a, today);
  const figures = {
    statuses: STEPS.map((step) => stepStatus(step, a)),
    checks: STEPS.map((step) => byStep.get(step.id) ?? 0),
  };
  navCache.set(a, { today, figures });
  return figures;
}

/** Step indicator: every step with its status; any step can be opened directly. */
export function StepNav({ id, current }: { id: string; current: string }) {
  const { t } = useTranslation();
  // Statuses and open checks run every check of the assessment: once per saved version of it (the
  // store's selectors run on every store change, a key typed included, and on every render).
  const today = toIsoDate(new Date());
  const figures = (s: { byId: Record<string, Assessment | undefined> }) => {
    const a = s.byId[id];
    return a ? navFigures(a, today) : NONE;
  };
  // Compared item by item: a key typed re-renders the indicator only when a figure changes.
  const statuses = useAssessmentStore(useShallow((s) => figures(s).statuses));
  const checks = useAssessmentStore(useShallow((s) => figures(s).checks));
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
