import { useTranslation } from 'react-i18next';
import { useAssessmentStore } from '@/store/assessment-store';

/** Records that failed the schema: reported, never silently dropped; the others still load. */
export function LoadProblems() {
  const { t } = useTranslation();
  const problems = useAssessmentStore((s) => s.problems);
  if (problems.length === 0) return null;
  return (
    <div className="usa-alert usa-alert--warning" role="alert">
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading">
          {t('list.problemsTitle', { count: problems.length })}
        </h2>
        <p className="usa-alert__text">{t('list.problemsText')}</p>
        <ul className="usa-list">
          {problems.map((p) => (
            <li key={p.id}>
              <code>{p.id}</code>: {p.error}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
