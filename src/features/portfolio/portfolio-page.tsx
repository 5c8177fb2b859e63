import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import { Link } from 'wouter';
import { toIsoDate } from '@/domain/consistency';
import { DECISIONS, type Decision } from '@/domain/review';
import { PageHeading } from '@/components/ui/page-heading';
import { toCsv } from '@/lib/csv';
import { downloadBlob } from '@/lib/download';
import { formatDateTime } from '@/lib/format';
import { listSubmissionsWithReviews } from '@/store/review-store';
import {
  filterRows,
  NO_FILTER,
  portfolioRow,
  sortRows,
  type PortfolioFilter,
  type PortfolioRow,
  type PortfolioSortKey,
} from '@/view-model/portfolio';
import { decisionName } from '@/view-model/review';
import { formatDate } from '@/view-model/words';

type Load = { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; rows: PortfolioRow[] };

const COLUMNS: PortfolioSortKey[] = [
  'department',
  'title',
  'readableId',
  'version',
  'submitted',
  'decision',
  'gatesBelow',
  'openConditions',
  'nextDue',
  'nextReport',
];

/** One cell's text, as shown and as exported. */
function cellText(
  row: PortfolioRow,
  key: PortfolioSortKey,
  language: string,
  none: string,
): string | number {
  switch (key) {
    case 'submitted':
      return formatDateTime(row.submitted, language);
    case 'decision':
      return decisionName(row.decision);
    case 'gatesBelow':
      return row.gatesBelow.length > 0 ? row.gatesBelow.join(', ') : none;
    case 'nextDue':
    case 'nextReport':
      return row[key] === '' ? none : formatDate(row[key]);
    default:
      return row[key];
  }
}

/**
 * Every submission on this device for the equity team: a table with sort (column header buttons,
 * aria-sort) and filters (department, decision, overdue), each row linking to its review, and an
 * export as CSV (made safe for spreadsheets).
 */
export function PortfolioPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [filter, setFilter] = useState<PortfolioFilter>(NO_FILTER);
  const [sort, setSort] = useState<{
    key: PortfolioSortKey;
    direction: 'ascending' | 'descending';
  }>({ key: 'nextDue', direction: 'ascending' });
  const [csvDone, setCsvDone] = useState<string | undefined>();
  const ids = { department: useId(), decision: useId(), overdue: useId(), count: useId() };

  useEffect(() => {
    let live = true;
    const today = toIsoDate(new Date());
    void listSubmissionsWithReviews()
      .then((all) => {
        if (live) {
          setLoad({
            kind: 'ready',
            rows: all.map(({ submission, review }) => portfolioRow(submission, review, today)),
          });
        }
      })
      .catch(() => live && setLoad({ kind: 'failed' }));
    return () => {
      live = false;
    };
  }, []);

  const all = useMemo(() => (load.kind === 'ready' ? load.rows : []), [load]);
  const departments = useMemo(
    () => [...new Set(all.map((r) => r.department).filter((d) => d !== ''))].sort(),
    [all],
  );
  const shown = useMemo(
    () =>
      sortRows(
        filterRows(all, filter),
        sort.key,
        sort.direction,
        new Intl.Collator(language, { numeric: true, sensitivity: 'base' }),
      ),
    [all, filter, sort, language],
  );
  const none = t('portfolio.none');

  const onSort = (key: PortfolioSortKey) =>
    setSort((s) => ({
      key,
      direction: s.key === key && s.direction === 'ascending' ? 'descending' : 'ascending',
    }));

  const onCsv = () => {
    const header = COLUMNS.map((c) => t(`portfolio.columns.${c}`));
    const rows = shown.map((r) => COLUMNS.map((c) => cellText(r, c, language, '')));
    const fileName = `submissions-${toIsoDate(new Date())}.csv`;
    // A byte-order mark so spreadsheet programs read the file as UTF-8 (Vietnamese names).
    downloadBlob(
      new Blob(['\uFEFF', toCsv(header, rows)], { type: 'text/csv;charset=utf-8' }),
      fileName,
    );
    setCsvDone(t('portfolio.csvDone', { fileName }));
  };

  return (
    <div className="app-portfolio">
      <div className="app-wizard__top">
        <Link href="/" className="app-back-link">
          {t('portfolio.backToList')}
        </Link>
      </div>
      <PageHeading>{t('portfolio.heading')}</PageHeading>
      <p className="usa-intro">{t('portfolio.intro')}</p>
      {load.kind === 'loading' ? <p role="status">{t('app.loading')}</p> : null}
      {load.kind === 'failed' ? (
        <div className="usa-alert usa-alert--error usa-alert--slim" role="alert">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{t('portfolio.loadFailed')}</p>
          </div>
        </div>
      ) : null}
      {load.kind === 'ready' && all.length === 0 ? <p>{t('portfolio.empty')}</p> : null}
      {load.kind === 'ready' && all.length > 0 ? (
        <>
          <fieldset className="usa-fieldset app-portfolio__filters">
            <legend className="usa-legend">{t('portfolio.filtersTitle')}</legend>
            <div className="app-portfolio__filter">
              <label className="usa-label" htmlFor={ids.department}>
                {t('portfolio.department')}
              </label>
              <select
                id={ids.department}
                className="usa-select"
                value={filter.department}
                onChange={(e) => setFilter((f) => ({ ...f, department: e.target.value }))}
              >
                <option value="">{t('portfolio.allDepartments')}</option>
                {departments.map((d) => (
                  <option key={d} value={d}>
                    {d}
                  </option>
                ))}
              </select>
            </div>
            <div className="app-portfolio__filter">
              <label className="usa-label" htmlFor={ids.decision}>
                {t('portfolio.decision')}
              </label>
              <select
                id={ids.decision}
                className="usa-select"
                value={filter.decision === '' ? 'none' : filter.decision}
                onChange={(e) => {
                  const v = e.target.value;
                  const decision: Decision | '' | 'all' =
                    v === 'none' ? '' : (DECISIONS.find((d) => d === v) ?? 'all');
                  setFilter((f) => ({ ...f, decision }));
                }}
              >
                <option value="all">{t('portfolio.allDecisions')}</option>
                {DECISIONS.map((d) => (
                  <option key={d} value={d}>
                    {decisionName(d)}
                  </option>
                ))}
                <option value="none">{decisionName('')}</option>
              </select>
            </div>
            <div className="usa-checkbox app-portfolio__filter">
              <input
                id={ids.overdue}
                className="usa-checkbox__input"
                type="checkbox"
                checked={filter.overdueOnly}
                onChange={(e) => setFilter((f) => ({ ...f, overdueOnly: e.target.checked }))}
              />
              <label className="usa-checkbox__label" htmlFor={ids.overdue}>
                {t('portfolio.overdueOnly')}
              </label>
            </div>
          </fieldset>
          <p id={ids.count} role="status">
            {t('portfolio.shown', { count: shown.length, total: all.length })}
          </p>
          {/* A table wider than the screen scrolls: keyboard users reach it (axe scrollable-region-focusable). */}
          <div
            className="usa-table-container--scrollable"
            role="region"
            // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- see above
            tabIndex={0}
            aria-labelledby={ids.count}
          >
            <table className="usa-table usa-table--borderless usa-table--compact app-portfolio__table">
              <caption className="usa-sr-only">{t('portfolio.caption')}</caption>
              <thead>
                <tr>
                  {COLUMNS.map((c) => (
                    <th key={c} scope="col" aria-sort={sort.key === c ? sort.direction : undefined}>
                      <button
                        type="button"
                        className="usa-button usa-button--unstyled app-portfolio__sort"
                        onClick={() => onSort(c)}
                      >
                        {t(`portfolio.columns.${c}`)}
                        <span aria-hidden="true">
                          {sort.key === c ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
                        </span>
                      </button>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {shown.map((r) => (
                  <tr key={`${r.assessmentId}-${r.version}`}>
                    {COLUMNS.map((c) =>
                      c === 'title' ? (
                        <th key={c} scope="row">
                          <Link href={`/reviews/${r.assessmentId}/${r.version}`}>
                            {r.title || t('list.untitled')}
                            <span className="usa-sr-only">
                              {' · '}
                              {t('portfolio.openReview', { id: r.readableId, version: r.version })}
                            </span>
                          </Link>
                        </th>
                      ) : (
                        <td key={c}>
                          {cellText(r, c, language, none)}
                          {c === 'nextDue' && r.overdue ? (
                            <>
                              {' '}
                              <span className="usa-tag app-portfolio__overdue">
                                {t('portfolio.overdue')}
                              </span>
                            </>
                          ) : null}
                        </td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <button type="button" className="usa-button usa-button--outline" onClick={onCsv}>
            {t('portfolio.exportCsv')}
          </button>
          <p aria-live="polite">{csvDone}</p>
        </>
      ) : null}
    </div>
  );
}
