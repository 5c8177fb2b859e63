import type { Assessment } from '@/domain/assessment';
import {
  checkReport,
  messageKey,
  placeLabelKey,
  type CheckKey,
  type CheckPlace,
  type CheckResult,
} from '@/domain/consistency';
import type { StepId } from '@/domain/questions';
import { i18n, tKey } from '@/i18n/i18n';
import { formatDate } from './words';

/**
 * The readiness and consistency checks as plain strings: what the review page's "Before you submit"
 * panel, the step indicator and the PDF's "Open checks" appendix show. Built from the domain's
 * results (src/domain/consistency.ts) and the `consistency.*` sentences.
 */

/** One check, ready to show: its sentence, where to fix it, and the rows it is about. */
export interface CheckLine {
  key: CheckKey;
  sentence: string;
  /** The step and react-hook-form path to open and focus. */
  step: StepId;
  path: string;
  /** The place's name as the form says it: "M2 Owner", "Decision date". */
  place: string;
  /** Short labels of the rows involved (G2, B3, H1). */
  rows: string[];
}

export interface NotApplicableLine extends CheckLine {
  reason: string;
}

export interface ChecksModel {
  open: CheckLine[];
  notApplicable: NotApplicableLine[];
}

/** Params that hold a YYYY-MM-DD date: shown in the reader's language. */
const DATE_PARAMS = new Set(['date', 'engagementDate']);

/** A place's name: the row label and column ("W2 Why or why not?"), or the question's words. */
export function placeName(place: CheckPlace): string {
  const label = tKey(placeLabelKey(place));
  return place.row ? `${place.row.label} ${label}` : label;
}

/** A check result as one sentence, its dates in the reader's language. */
export function checkSentence(r: CheckResult): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(r.params)) {
    params[name] = DATE_PARAMS.has(name) && typeof value === 'string' ? formatDate(value) : value;
  }
  params.place = placeName(r.at);
  params.otherPlace = r.about ? placeName(r.about) : '';
  return tKey(messageKey(r), params);
}

function line(r: CheckResult): CheckLine {
  return {
    key: r.key,
    sentence: checkSentence(r),
    step: r.at.step,
    path: r.at.path,
    place: placeName(r.at),
    rows: r.rows,
  };
}

/** Every check of the assessment as of `today` (YYYY-MM-DD), open ones and not applicable ones. */
export function buildChecks(a: Assessment, today: string): ChecksModel {
  const report = checkReport(a, today);
  return {
    open: report.open.map(line),
    notApplicable: report.notApplicable.map(({ result, reason }) => ({ ...line(result), reason })),
  };
}

/** How many checks are open, per step (the step indicator's counts). */
export function openChecksByStep(a: Assessment, today: string): Map<StepId, number> {
  const counts = new Map<StepId, number>();
  for (const r of checkReport(a, today).open)
    counts.set(r.at.step, (counts.get(r.at.step) ?? 0) + 1);
  return counts;
}

/** The cover's line: "3 open, 1 marked not applicable". */
export function checksSummary(checks: ChecksModel): string {
  return i18n.t('checksView.coverValue', {
    count: checks.open.length,
    notApplicable: checks.notApplicable.length,
  });
}
