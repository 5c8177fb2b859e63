import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { PageHeading } from '@/components/ui/page-heading';
import { ImportButton } from '@/features/backup/import-button';
import { ImportDropZone } from '@/features/backup/import-drop-zone';
import { TrashPanel } from '@/features/backup/trash-panel';
import { searchable } from '@/lib/format';
import { useAssessmentStore } from '@/store/assessment-store';
import { AssessmentCard } from './assessment-card';
import { DataOnDevicePanel } from './data-on-device-panel';
import { DeletedNotice } from './deleted-notice';
import { LoadProblems } from './load-problems';

export function AssessmentListPage() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const byId = useAssessmentStore((s) => s.byId);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<string>();

  const all = useMemo(
    () => Object.values(byId).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
    [byId],
  );
  const shown = useMemo(() => {
    const q = searchable(deferredQuery.trim());
    if (!q) return all;
    return all.filter((a) =>
      searchable(`${a.meta.title} ${a.meta.department} ${a.meta.division}`).includes(q),
    );
  }, [all, deferredQuery]);

  const onNew = async () => {
    setCreating(true);
    setError(undefined);
    try {
      const a = await useAssessmentStore.getState().create();
      navigate(`/assessments/${a.id}/details`);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setCreating(false);
    }
  };

  return (
    <ImportDropZone>
      <div className="grid-row grid-gap-lg">
        <div className="desktop:grid-col-8">
          <PageHeading>{t('list.heading')}</PageHeading>
          <p className="usa-intro app-intro">{t('list.intro')}</p>
          <div className="app-list-actions">
            <button
              type="button"
              className="usa-button"
              onClick={() => void onNew()}
              disabled={creating}
            >
              {t('list.new')}
            </button>
            <ImportButton />
          </div>
          <p className="app-portfolio-link">
            <Link href="/portfolio">{t('portfolio.link')}</Link>
          </p>
          {error && (
            <div className="usa-alert usa-alert--error usa-alert--slim" role="alert">
              <div className="usa-alert__body">
                <p className="usa-alert__text">{t('list.createFailed', { error })}</p>
              </div>
            </div>
          )}
          <DeletedNotice />
          <LoadProblems />
          {all.length === 0 ? (
            <section className="app-empty" aria-labelledby="empty-heading">
              <h2 id="empty-heading">{t('list.emptyTitle')}</h2>
              <p>{t('list.emptyText1')}</p>
              <p>{t('list.emptyText2')}</p>
              <ol className="usa-list">
                {(['q1', 'q2', 'q3', 'q4', 'q5'] as const).map((q) => (
                  <li key={q}>{t(`steps.${q}.heading`)}</li>
                ))}
              </ol>
            </section>
          ) : (
            <>
              <div className="app-search" role="search">
                <label className="usa-label" htmlFor="search">
                  {t('list.search')}
                </label>
                <input
                  id="search"
                  className="usa-input"
                  type="search"
                  value={query}
                  onChange={(e) => setQuery(e.target.value)}
                />
              </div>
              <p role="status" className="app-count">
                {deferredQuery.trim()
                  ? t('list.matches', { count: shown.length, total: all.length })
                  : t('list.count', { count: all.length })}
              </p>
              <ul className="app-cards" aria-label={t('list.heading')}>
                {shown.map((a) => (
                  <AssessmentCard key={a.id} assessment={a} />
                ))}
              </ul>
            </>
          )}
        </div>
        <aside className="desktop:grid-col-4">
          <DataOnDevicePanel />
          <TrashPanel headingLevel={2} />
        </aside>
      </div>
    </ImportDropZone>
  );
}
