import type { Assessment } from '@/domain/assessment';
import {
  checkReport,
  type CheckId,
  messageKey,
  placeLabelKey,
  type CheckKey,
  type CheckPlace,
  type CheckResult,
} from '@/domain/consistency';
import type { StepId } from '@/domain/questions';
import { i18n, tKey } from '@/i18n/i18n';
import { nfc } from '@/domain/text';
import { formatDate } from './words';

/**
 * The readiness and consistency checks as plain strings: what the review page's "Before you submit"
 * panel, the step indicator and the PDF's "Open checks" appendix show. Built from the domain's
 * results (src/domain/consistency.ts) and the `consistency.*` sentences.
 */

/** One check, ready to show: its sentence, where to fix it, and the rows it is about. */
export interface CheckLine {
  key: CheckKey;
  /** Which of the twelve checks (the review's rubric lists checks by it). */
  check: CheckId;
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
    check: r.check,
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

/** One check in the PDF: its sentence, and the rows it is about ("Rows: H1, M2"; '' when none). */
export interface AppendixLine {
  key: CheckKey;
  sentence: string;
  rows: string;
}

/** The PDF's appendix "Open checks", every word of it. */
export interface ChecksAppendix {
  title: string;
  intro: string;
  /** Said when no check is open. */
  none: string;
  open: AppendixLine[];
  notApplicableTitle: string;
  /** `reason`: "Why it does not apply: …". */
  notApplicable: (AppendixLine & { reason: string })[];
}

function appendixLine(l: CheckLine): AppendixLine {
  const rows = l.rows.length > 0 ? i18n.t('checksView.pdfRows', { rows: l.rows.join(', ') }) : '';
  return { key: l.key, sentence: l.sentence, rows };
}

export function buildChecksAppendix(checks: ChecksModel): ChecksAppendix {
  return {
    title: i18n.t('checksView.pdfTitle'),
    intro: i18n.t('checksView.pdfIntro'),
    none: i18n.t('checksView.pdfNone'),
    open: checks.open.map(appendixLine),
    notApplicableTitle: i18n.t('checksView.pdfNotApplicableTitle'),
    notApplicable: checks.notApplicable.map((l) => ({
      ...appendixLine(l),
      reason: i18n.t('checksView.pdfReason', { reason: nfc(l.reason) }),
    })),
  };
}
