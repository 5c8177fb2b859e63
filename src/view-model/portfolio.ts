import type { Assessment } from '@/domain/assessment';
import { tableRows } from '@/domain/labels';
import {
  gatesBelowMeets,
  nextDue,
  openConditions,
  type Decision,
  type Review,
} from '@/domain/review';
import { TABLES } from '@/domain/questions';
import { nfc } from '@/domain/text';

/**
 * The portfolio: one row per submission on this device, with what its review says. Plain values;
 * the screen sorts, filters, shows and exports them.
 */
export interface PortfolioRow {
  assessmentId: string;
  department: string;
  title: string;
  readableId: string;
  version: number;
  /** ISO date-time the version was submitted (exported), or received when unknown. */
  submitted: string;
  decision: Decision | '';
  gatesBelow: string[];
  openConditions: number;
  /** YYYY-MM-DD, '' when none. */
  nextDue: string;
  overdue: boolean;
  /** The next measure's first report date (q5), YYYY-MM-DD; the latest past one when none is ahead. */
  nextReport: string;
}

function reportDates(a: Assessment): string[] {
  const { section, table } = TABLES.measures;
  return tableRows(a[section], table)
    .map((r) => (typeof r.firstReport === 'string' ? r.firstReport : ''))
    .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))
    .sort();
}

export function nextReportDate(a: Assessment, today: string): string {
  const dates = reportDates(a);
  return dates.find((d) => d >= today) ?? dates.at(-1) ?? '';
}

export function portfolioRow(
  submission: { assessment: Assessment; receivedAt: string },
  review: Review | undefined,
  today: string,
): PortfolioRow {
  const a = submission.assessment;
  const due = review ? (nextDue(review) ?? '') : '';
  return {
    assessmentId: a.id,
    department: nfc(a.meta.department.trim()),
    title: nfc(a.meta.title.trim()),
    readableId: a.readableId,
    version: a.version,
    submitted: review?.submittedAt ?? a.lastExportedAt ?? submission.receivedAt,
    decision: review?.decision ?? '',
    gatesBelow: review ? gatesBelowMeets(review) : [],
    openConditions: review ? openConditions(review).length : 0,
    nextDue: due,
    overdue: review ? openConditions(review).some((c) => c.due !== '' && c.due < today) : false,
    nextReport: nextReportDate(a, today),
  };
}

export type PortfolioSortKey =
  | 'department'
  | 'title'
  | 'readableId'
  | 'version'
  | 'submitted'
  | 'decision'
  | 'gatesBelow'
  | 'openConditions'
  | 'nextDue'
  | 'nextReport';

export interface PortfolioFilter {
  department: string;
  decision: Decision | '' | 'all';
  overdueOnly: boolean;
}

export const NO_FILTER: PortfolioFilter = { department: '', decision: 'all', overdueOnly: false };

export function filterRows(rows: readonly PortfolioRow[], f: PortfolioFilter): PortfolioRow[] {
  return rows.filter(
    (r) =>
      (f.department === '' || r.department === f.department) &&
      (f.decision === 'all' || r.decision === f.decision) &&
      (!f.overdueOnly || r.overdue),
  );
}

function sortValue(r: PortfolioRow, key: PortfolioSortKey): string | number {
  if (key === 'gatesBelow') return r.gatesBelow.length;
  return r[key];
}

/** Sorted by one column; empty values last either way; ties keep id and version order. */
export function sortRows(
  rows: readonly PortfolioRow[],
  key: PortfolioSortKey,
  direction: 'ascending' | 'descending',
  collator: Intl.Collator,
): PortfolioRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = sortValue(a, key);
    const y = sortValue(b, key);
    const xEmpty = x === '';
    const yEmpty = y === '';
    if (xEmpty !== yEmpty) return xEmpty ? 1 : -1;
    const c =
      typeof x === 'number' && typeof y === 'number'
        ? x - y
        : collator.compare(String(x), String(y));
    if (c !== 0) return sign * c;
    return a.readableId.localeCompare(b.readableId) || a.version - b.version;
  });
}
