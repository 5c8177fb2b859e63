import { useTranslation } from '@/i18n/use-translation';
import { DownloadUnreadableButton } from '@/features/backup/unreadable';
import type { LoadProblem } from '@/store/device-storage';
import { useAssessmentStore } from '@/store/assessment-store';

const SOURCE = {
  record: 'backup.unreadable.source.record',
  trash: 'backup.unreadable.source.trash',
  crashCopy: 'backup.unreadable.source.crashCopy',
  journal: 'backup.unreadable.source.journal',
} as const satisfies Record<LoadProblem['source'], string>;

/**
 * What could not be read (stored or trashed records, crash copies, journal entries): reported,
 * kept, never silently dropped; the others still load. One file has them all for a help desk.
 */
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
          {problems.map((p, i) => (
            <li key={`${p.source}:${p.id}:${i}`}>
              {t(SOURCE[p.source])} <code>{p.id}</code>: {p.error}
            </li>
          ))}
        </ul>
        <DownloadUnreadableButton problems={problems} />
      </div>
    </div>
  );
}
