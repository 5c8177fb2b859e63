import type { Assessment } from '@/domain/assessment';
import { isVisible } from '@/domain/checks';
import { stepsOf } from '@/domain/depth';
import { READINESS_KEYS } from '@/domain/constants';
import { harmMitigations, tableRows } from '@/domain/labels';
import {
  questionNumber,
  TABLES,
  type Field,
  type Item,
  type Step,
  type TableItem,
} from '@/domain/questions';
import { rowLabel } from '@/domain/rows';
import { nfc } from '@/domain/text';
import { i18n } from '@/i18n/i18n';
import { fieldText, linkSummaryCache } from './field-text';
import { formatDate, lookupOr } from './words';

/**
 * Every answer of an assessment as plain strings, built from the assessment and the questions
 * description: what the review page and the PDF both show. Screens and the PDF only lay it out.
 */
export type Answer =
  | { state: 'answered'; text: string }
  | { state: 'notAnswered' }
  /** `date`: when it will be known, in the reader's language ('' when not given). */
  | { state: 'notKnown'; plan: string; date: string };

export interface AnswerBlock {
  kind: 'answer';
  key: string;
  number: string;
  label: string;
  answer: Answer;
}
export interface TableColumn {
  id: string;
  label: string;
  weight: number;
}
export interface TableBlock {
  kind: 'table';
  key: string;
  number: string;
  label: string;
  /** Grid for narrow tables; wide ones show the first column and the rest as labelled details. */
  layout: 'grid' | 'details';
  columns: TableColumn[];
  /** One cell per column; null where the column does not apply to the row (e.g. "Why not?"). */
  /** `id`: the row's stored id (a review comment is anchored to it). */
  rows: { id: string; label: string; cells: (string | null)[] }[];
  /** Set when the table is empty or marked "not known yet". */
  status: Answer | null;
}
export interface ReadinessBlock {
  kind: 'readiness';
  key: string;
  number: string;
  label: string;
  rows: { question: string; answer: string; note: string }[];
  status: Answer | null;
}
export type Block = AnswerBlock | TableBlock | ReadinessBlock;

export interface SectionModel {
  id: string;
  /** The step this section shows, so a screen never pairs sections with steps by position. */
  step: Step;
  kicker: string;
  heading: string;
  blocks: Block[];
}

type Values = Record<string, unknown>;

const GRID_MAX_COLUMNS = 5;

const WEIGHTS: Record<Field['kind'], number> = {
  text: 2,
  longtext: 3,
  email: 2,
  number: 1,
  year: 0.8,
  integer: 0.9,
  date: 1.2,
  boolean: 0.9,
  choice: 1.3,
  select: 1.3,
  multichoice: 1.8,
  groups: 1.8,
  links: 1.1,
};

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

function notKnownOf(values: Values, itemId: string): { on: boolean; plan: string; date: string } {
  const none = { on: false, plan: '', date: '' };
  const all = values.notKnown;
  if (typeof all !== 'object' || all === null) return none;
  const entry: unknown = Reflect.get(all, itemId);
  if (typeof entry !== 'object' || entry === null) return none;
  return {
    on: Reflect.get(entry, 'on') === true,
    plan: nfc(str(Reflect.get(entry, 'plan'))),
    date: formatDate(str(Reflect.get(entry, 'date')).trim()),
  };
}

function itemLabel(step: Step, item: Item): string {
  return lookupOr(`items.${step.section}.${item.id}.label`, item.id);
}

function columnLabel(step: Step, table: TableItem, column: Field): string {
  return lookupOr(`items.${step.section}.${table.id}.columns.${column.id}.label`, column.id);
}

function answerBlock(
  step: Step,
  item: Field,
  values: Values,
  a: Assessment,
  number: string,
): AnswerBlock {
  const notKnown = notKnownOf(values, item.id);
  const text = fieldText(item, values[item.id], a);
  const answer: Answer = notKnown.on
    ? { state: 'notKnown', plan: notKnown.plan, date: notKnown.date }
    : text.trim() === ''
      ? { state: 'notAnswered' }
      : { state: 'answered', text };
  return { kind: 'answer', key: item.id, number, label: itemLabel(step, item), answer };
}

function tableBlock(
  step: Step,
  table: TableItem,
  values: Values,
  a: Assessment,
  number: string,
): TableBlock {
  const rows = tableRows(values, table.id);
  const columns: TableColumn[] = table.columns.map((c) => ({
    id: c.id,
    label: columnLabel(step, table, c),
    weight: WEIGHTS[c.kind],
  }));
  const links = linkSummaryCache(a);
  const cells = rows.map((row, i) => ({
    id: str(row.id),
    label: rowLabel(table.prefix, i),
    cells: table.columns.map((c) => (isVisible(c, row) ? fieldText(c, row[c.id], a, links) : null)),
  }));
  // Harms also show which mitigations address them: H1 → M1, M3.
  if (step.section === TABLES.harms.section && table.id === TABLES.harms.table) {
    columns.push({ id: 'mitigatedBy', label: i18n.t('pdf.table.mitigatedBy'), weight: 1.1 });
    const chains = harmMitigations(a);
    cells.forEach((row, i) => {
      const m = chains[i]?.mitigations ?? [];
      row.cells.push(m.length > 0 ? m.join(', ') : i18n.t('pdf.table.none'));
    });
  }
  const notKnown = notKnownOf(values, table.id);
  const status: Answer | null = notKnown.on
    ? { state: 'notKnown', plan: notKnown.plan, date: notKnown.date }
    : rows.length === 0
      ? { state: 'notAnswered' }
      : null;
  return {
    kind: 'table',
    key: table.id,
    number,
    label: itemLabel(step, table),
    layout: columns.length > GRID_MAX_COLUMNS ? 'details' : 'grid',
    columns,
    rows: cells,
    status,
  };
}

function readinessBlock(step: Step, item: Item, values: Values, number: string): ReadinessBlock {
  const readiness = values[item.id];
  const rows = READINESS_KEYS.map((key) => {
    const entry: unknown =
      typeof readiness === 'object' && readiness !== null ? Reflect.get(readiness, key) : undefined;
    const answer =
      typeof entry === 'object' && entry !== null ? str(Reflect.get(entry, 'answer')) : '';
    const note = typeof entry === 'object' && entry !== null ? str(Reflect.get(entry, 'note')) : '';
    return {
      question: lookupOr(`items.${step.section}.${item.id}.keys.${key}`, key),
      answer: answer === '' ? '' : lookupOr(`options.readinessAnswer.${answer}`, answer),
      note: nfc(note),
    };
  });
  const notKnown = notKnownOf(values, item.id);
  const status: Answer | null = notKnown.on
    ? { state: 'notKnown', plan: notKnown.plan, date: notKnown.date }
    : rows.every((r) => r.answer === '' && r.note.trim() === '')
      ? { state: 'notAnswered' }
      : null;
  return { kind: 'readiness', key: item.id, number, label: itemLabel(step, item), rows, status };
}

function sectionOf(step: Step, a: Assessment): SectionModel {
  const values: Values = a[step.section];
  const number = questionNumber(step);
  const blocks = step.items
    .filter((item) => isVisible(item, values))
    .map((item, i): Block => {
      const itemNumber = number === undefined ? '' : `${number}.${i + 1}`;
      if (item.kind === 'table') return tableBlock(step, item, values, a, itemNumber);
      if (item.kind === 'readiness') return readinessBlock(step, item, values, itemNumber);
      return answerBlock(step, item, values, a, itemNumber);
    });
  const title = lookupOr(`steps.${step.id}.title`, step.id);
  const kicker = step.isQuestion
    ? `${i18n.t('pdf.section.question', { number })} · ${title}`
    : title;
  const heading =
    step.id === 'details'
      ? i18n.t('pdf.section.details')
      : lookupOr(`steps.${step.id}.heading`, title);
  return { id: step.id, step, kicker, heading, blocks };
}

/**
 * Every step of the assessment as a section of plain strings, in the order of the steps, at the
 * assessment's depth: a Quick assessment shows what Quick asks (Full-only answers stay stored).
 */
export function buildSections(a: Assessment): SectionModel[] {
  return stepsOf(a).map((step) => sectionOf(step, a));
}
