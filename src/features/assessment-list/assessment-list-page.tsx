import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { Link, useLocation } from 'wouter';
import { PageHeading } from '@/components/ui/page-heading';
import { ImportButton } from '@/features/backup/import-button';
import { OpenSubmissionButton } from '@/features/submission/open-submission-button';
import { ImportDropZone } from '@/features/backup/import-drop-zone';
import { TrashPanel } from '@/features/backup/trash-panel';
import type { AssessmentSummary } from '@/domain/summary';
import { useAssessmentStore } from '@/store/assessment-store';
import { useListSummaries } from '@/store/list-summaries';
import { AssessmentCard } from './assessment-card';
import { useDecisions } from './use-decisions';
import { DataOnDevicePanel } from './data-on-device-panel';
import { DeletedNotice } from './deleted-notice';
import { LoadProblems } from './load-problems';
import { buildSearchIndex, LIST_PAGE_SIZE, searchIndex } from './search-index';

export function AssessmentListPage() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const all = useListSummaries();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<string>();

  // Search looks in words prepared once per change of the list (or of the language), and only a
  // page of cards is on the page: a key press filters strings and renders at most a page.
  const statusLabel = useCallback(
    (status: AssessmentSummary['status']) => t(`options.status.${status}`),
    [t],
  );
  const searching = deferredQuery.trim() !== '';
  const newestFirst = useMemo(
    () => [...all].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
    [all],
  );
  // Prepared when the search box is first focused (not at start, so the list shows sooner, nor
  // on the first key), then kept until the list or the language changes.
  const [searchReady, setSearchReady] = useState(false);
  const index = useMemo(
    () => (searching || searchReady ? buildSearchIndex(newestFirst, statusLabel) : undefined),
    [newestFirst, statusLabel, searching, searchReady],
  );
  const matches = useMemo(
    () => (index ? searchIndex(index, deferredQuery) : newestFirst),
    [index, newestFirst, deferredQuery],
  );
  // How many cards are shown, for the search it was set under: a new search starts at one page.
  const [page, setPage] = useState({ query: '', limit: LIST_PAGE_SIZE });
  if (page.query !== deferredQuery) setPage({ query: deferredQuery, limit: LIST_PAGE_SIZE });
  const limit = page.query === deferredQuery ? page.limit : LIST_PAGE_SIZE;
  const shown = matches.slice(0, limit);
  const decisions = useDecisions(shown);
  const more = Math.min(LIST_PAGE_SIZE, matches.length - shown.length);

  // "Show more" moves focus to the first card it added, so keyboard users carry on from there.
  const focusCard = useRef<string | undefined>(undefined);
  useEffect(() => {
    const id = focusCard.current;
    if (!id) return;
    focusCard.current = undefined;
    document.getElementById(`card-${id}`)?.querySelector<HTMLElement>('a')?.focus();
  }, [limit]);
  const onShowMore = () => {
    focusCard.current = matches[shown.length]?.id;
    setPage({ query: deferredQuery, limit: limit + LIST_PAGE_SIZE });
  };

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
            <OpenSubmissionButton />
          </div>
          <p className="app-portfolio-link">
            <Link href="/portfolio">{t('list.portfolioLink')}</Link>
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
                  onFocus={() => setSearchReady(true)}
                />
              </div>
              <p role="status" className="app-count">
                {searching
                  ? t('list.matches', { count: matches.length, total: all.length })
                  : t('list.count', { count: all.length })}
                {shown.length < matches.length && ` ${t('list.shown', { shown: shown.length })}`}
              </p>
              <ul className="app-cards" aria-label={t('list.heading')}>
                {shown.map((s) => (
                  <AssessmentCard key={s.id} summary={s} decision={decisions.get(s.id)} />
                ))}
              </ul>
              {more > 0 && (
                <button
                  type="button"
                  className="usa-button usa-button--outline app-show-more"
                  onClick={onShowMore}
                >
                  {t('list.showMore', { count: more })}
                </button>
              )}
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
