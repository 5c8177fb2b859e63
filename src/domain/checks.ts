// zod's own email pattern (what z.email() tests), without zod's schema core: the home page shows
// progress and must not load it.
import { regexes } from 'zod/v4/core';
import type { Assessment } from './assessment';
import { isRealDate } from './text';
import { READINESS_KEYS } from './constants';
import { depthOf, stepAt } from './depth';
import { rowLabel } from './rows';
import {
  PREFIX,
  STEPS,
  type Field,
  type Item,
  type Step,
  type StepId,
  type TableItem,
} from './questions';

/**
 * "Answered" checks and format checks for one step. They never block saving: the wizard runs them
 * on Next and on the review page, and progress uses them to tell a step's status.
 */
export interface Issue {
  /** A react-hook-form path inside the step's section, e.g. `results.0.result` or `notKnown.proposal.plan`. */
  path: string;
  /** An error code; its words live under `errors.<code>` in the locale files. */
  code: IssueCode;
  params?: Record<string, string | number>;
}

export type IssueCode =
  | 'required'
  | 'requiredNoPlan'
  | 'tableMinNoPlan'
  | 'requiredChoice'
  | 'requiredMany'
  | 'tableMin'
  | 'rowIncomplete'
  | 'notKnownPlan'
  | 'email'
  | 'number'
  | 'year'
  | 'integer'
  | 'date'
  | 'needsMostAffected'
  | 'harmNeedsMitigation'
  | 'residualRequired'
  | 'readiness';

type Values = Record<string, unknown>;

const asRecord = (v: unknown): Values =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Values) : {};
const asRows = (v: unknown): Values[] => (Array.isArray(v) ? v.map(asRecord) : []);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

const EMAIL = regexes.email;
const NUMBER = /^\$?\s*-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;

/** Is this field's value given (not empty)? Booleans are never "missing". */
export function isFilled(_field: Field, value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'boolean') return true;
  return str(value).trim() !== '';
}

export function isVisible(item: Item, values: Values): boolean {
  return !item.showIf || str(values[item.showIf.field]) === item.showIf.equals;
}

/**
 * Is this a date that should still be to come but has passed? `today` is YYYY-MM-DD (local);
 * `sibling` reads a field next to it (for `future.unless`). A warning only: it never blocks.
 */
export function isPastWhereFuture(
  field: Field,
  value: unknown,
  today: string,
  sibling: (id: string) => unknown,
): boolean {
  if (field.kind !== 'date' || !field.future) return false;
  const s = str(value).trim();
  if (!isRealDate(s) || s >= today) return false;
  const unless = field.future.unless;
  return !(unless && unless.in.includes(str(sibling(unless.field))));
}

export function checkFormat(field: Field, value: unknown, path: string): Issue | undefined {
  const s = str(value).trim();
  if (s === '') return undefined;
  switch (field.kind) {
    case 'email':
      return EMAIL.test(s) ? undefined : { path, code: 'email' };
    case 'number':
      return NUMBER.test(s) ? undefined : { path, code: 'number' };
    case 'year': {
      const n = Number(s);
      return /^\d{4}$/.test(s) && n >= 1900 && n <= 2200 ? undefined : { path, code: 'year' };
    }
    case 'integer':
      return /^\d{1,9}$/.test(s.replace(/,/g, '')) ? undefined : { path, code: 'integer' };
    case 'date':
      return isRealDate(s) ? undefined : { path, code: 'date' };
    default:
      return undefined;
  }
}

function missingCode(field: Field): IssueCode {
  if (field.kind === 'multichoice' || field.kind === 'links') return 'requiredMany';
  if (field.kind === 'groups') return field.single ? 'requiredChoice' : 'requiredMany';
  if (field.kind === 'choice' || field.kind === 'select') return 'requiredChoice';
  return 'required';
}

function rowIsComplete(table: TableItem, row: Values): boolean {
  return table.columns.every((c) => !c.required || !isVisible(c, row) || isFilled(c, row[c.id]));
}

function tableIssues(table: TableItem, rows: Values[]): Issue[] {
  const issues: Issue[] = [];
  rows.forEach((row, i) => {
    for (const col of table.columns) {
      if (!isVisible(col, row)) continue;
      const path = `${table.id}.${i}.${col.id}`;
      if (col.required && !isFilled(col, row[col.id])) {
        issues.push({ path, code: missingCode(col), params: { row: rowLabel(table.prefix, i) } });
      }
      const f = checkFormat(col, row[col.id], path);
      if (f) issues.push(f);
    }
  });
  return issues;
}

/** The extra rules that tie rows together across a step and the shared group list. */
function crossIssues(step: StepId, values: Values, a: Assessment | undefined): Issue[] {
  const issues: Issue[] = [];
  if (step === 'q2') {
    const rows = asRows(values.benefitBurden);
    const mostAffected = new Set(
      (a?.groups.groups ?? []).filter((g) => g.mostAffected).map((g) => g.id),
    );
    if (rows.length >= 2 && !rows.some((r) => mostAffected.has(str(r.group)))) {
      issues.push({ path: 'benefitBurden', code: 'needsMostAffected' });
    }
  }
  if (step === 'q4') {
    const harms = asRows(values.harms);
    const mitigated = new Set(
      asRows(values.mitigations).flatMap((m) => (Array.isArray(m.harms) ? m.harms.map(str) : [])),
    );
    const serious = harms
      .map((h, i) => ({ h, i }))
      .filter(
        ({ h }) =>
          ['medium', 'high'].includes(str(h.likelihood)) ||
          ['medium', 'high'].includes(str(h.severity)),
      )
      .filter(({ h }) => !mitigated.has(str(h.id)));
    if (serious.length > 0) {
      issues.push({
        path: 'mitigations',
        code: 'harmNeedsMitigation',
        params: { harms: serious.map(({ i }) => rowLabel(PREFIX.harms, i)).join(', ') },
      });
    }
    const unmitigated = harms.some((h) => !mitigated.has(str(h.id)));
    const notKnown = asRecord(asRecord(values.notKnown).residual);
    if (
      unmitigated &&
      str(values.residual).trim() === '' &&
      !(notKnown.on === true && str(notKnown.plan).trim() !== '')
    ) {
      issues.push({ path: 'residual', code: 'residualRequired' });
    }
  }
  return issues;
}

function itemIssues(item: Item, values: Values, allowNotKnown: boolean): Issue[] {
  if (!isVisible(item, values)) return [];
  const notKnown = asRecord(asRecord(values.notKnown)[item.id]);
  const markedUnknown = allowNotKnown && item.required === true && notKnown.on === true;
  if (markedUnknown) {
    return str(notKnown.plan).trim() === ''
      ? [{ path: `notKnown.${item.id}.plan`, code: 'notKnownPlan' }]
      : [];
  }
  const value = values[item.id];
  if (item.kind === 'table') {
    const rows = asRows(value);
    const issues = tableIssues(item, rows);
    const complete = rows.filter((r) => rowIsComplete(item, r)).length;
    if (item.required && complete < Math.max(item.min, 1)) {
      issues.unshift({
        path: item.id,
        code: allowNotKnown ? 'tableMin' : 'tableMinNoPlan',
        params: { count: Math.max(item.min, 1) },
      });
    }
    return issues;
  }
  if (item.kind === 'readiness') {
    const r = asRecord(value);
    const missing = READINESS_KEYS.filter((k) => str(asRecord(r[k]).answer) === '');
    return item.required && missing.length > 0
      ? [{ path: item.id, code: 'readiness', params: { count: missing.length } }]
      : [];
  }
  const issues: Issue[] = [];
  if (item.required && !isFilled(item, value)) {
    const code = missingCode(item);
    issues.push({
      path: item.id,
      code: !allowNotKnown && code === 'required' ? 'requiredNoPlan' : code,
    });
  }
  const f = checkFormat(item, value, item.id);
  if (f) issues.push(f);
  return issues;
}

/**
 * Every issue of one step, in the order of the page. With the assessment, the step is checked at
 * its depth: in Quick, items and columns asked only in Full are not checked.
 */
export function checkStep(step: Step, values: unknown, assessment?: Assessment): Issue[] {
  const v = asRecord(values);
  const asked = assessment ? stepAt(step, depthOf(assessment)) : step;
  return [
    ...asked.items.flatMap((item) => itemIssues(item, v, step.isQuestion)),
    ...crossIssues(step.id, v, assessment),
  ];
}

export function checkAssessment(a: Assessment): Map<StepId, Issue[]> {
  return new Map(STEPS.map((s) => [s.id, checkStep(s, a[s.section], a)]));
}
