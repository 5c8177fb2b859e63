import type { Assessment } from '@/domain/assessment';
import { isVisible } from '@/domain/checks';
import { harmMitigations, tableRows } from '@/domain/labels';
import {
  GLOSSARY_TERMS,
  STEPS,
  type GlossaryTerm,
  type Field,
  type Item,
  type Step,
  type TableItem,
} from '@/domain/questions';
import { rowLabel } from '@/domain/rows';
import { i18n } from '@/i18n/i18n';
import { buildCover, type CoverModel } from './cover-model';
import { fieldText } from './field-text';
import { formatDateTime, lookup, lookupOr, nfc } from './pdf-text';

/**
 * Everything the PDF shows, as plain strings, built from the assessment and the questions
 * description. The document components only lay this out.
 */
export type Answer =
  | { state: 'answered'; text: string }
  | { state: 'notAnswered' }
  | { state: 'notKnown'; plan: string };

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
  rows: { label: string; cells: string[] }[];
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
  kicker: string;
  heading: string;
  blocks: Block[];
}

export interface PdfModel {
  language: string;
  info: { title: string; author: string; subject: string; creator: string; keywords: string };
  footer: { readableId: string; version: string; generated: string; fingerprint: string };
  cover: CoverModel;
  sections: SectionModel[];
  glossary: { title: string; intro: string; entries: { term: string; definition: string }[] };
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

function notKnownOf(values: Values, itemId: string): { on: boolean; plan: string } {
  const all = values.notKnown;
  if (typeof all !== 'object' || all === null) return { on: false, plan: '' };
  const entry: unknown = Reflect.get(all, itemId);
  if (typeof entry !== 'object' || entry === null) return { on: false, plan: '' };
  return { on: Reflect.get(entry, 'on') === true, plan: nfc(str(Reflect.get(entry, 'plan'))) };
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
    ? { state: 'notKnown', plan: notKnown.plan }
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
  const cells = rows.map((row, i) => ({
    label: rowLabel(table.prefix, i),
    cells: table.columns.map((c) => (isVisible(c, row) ? fieldText(c, row[c.id], a) : '')),
  }));
  // Harms also show which mitigations address them: H1 → M1, M3.
  if (step.section === 'q4' && table.id === 'harms') {
    columns.push({ id: 'mitigatedBy', label: i18n.t('pdf.table.mitigatedBy'), weight: 1.1 });
    const chains = harmMitigations(a);
    cells.forEach((row, i) => {
      const m = chains[i]?.mitigations ?? [];
      row.cells.push(m.length > 0 ? m.join(', ') : i18n.t('pdf.table.none'));
    });
  }
  const notKnown = notKnownOf(values, table.id);
  const status: Answer | null = notKnown.on
    ? { state: 'notKnown', plan: notKnown.plan }
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

const READINESS_KEYS_IN_ORDER = ['realistic', 'funded', 'staffed', 'enforceable', 'data'] as const;

function readinessBlock(step: Step, item: Item, values: Values, number: string): ReadinessBlock {
  const readiness = values[item.id];
  const rows = READINESS_KEYS_IN_ORDER.map((key) => {
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
    ? { state: 'notKnown', plan: notKnown.plan }
    : rows.every((r) => r.answer === '' && r.note.trim() === '')
      ? { state: 'notAnswered' }
      : null;
  return { kind: 'readiness', key: item.id, number, label: itemLabel(step, item), rows, status };
}

function sectionOf(step: Step, a: Assessment): SectionModel {
  const values: Values = a[step.section];
  const questionNumber = step.isQuestion ? step.id.replace(/^q/, '') : '';
  const blocks = step.items
    .filter((item) => isVisible(item, values))
    .map((item, i): Block => {
      const number = questionNumber === '' ? '' : `${questionNumber}.${i + 1}`;
      if (item.kind === 'table') return tableBlock(step, item, values, a, number);
      if (item.kind === 'readiness') return readinessBlock(step, item, values, number);
      return answerBlock(step, item, values, a, number);
    });
  const title = lookupOr(`steps.${step.id}.title`, step.id);
  const kicker = step.isQuestion
    ? `${i18n.t('pdf.section.question', { number: questionNumber })} · ${title}`
    : title;
  const heading =
    step.id === 'details'
      ? i18n.t('pdf.section.details')
      : lookupOr(`steps.${step.id}.heading`, title);
  return { id: step.id, kicker, heading, blocks };
}

function glossaryTerms(): GlossaryTerm[] {
  const used = new Set<GlossaryTerm>();
  for (const step of STEPS) {
    for (const item of step.items) {
      item.terms?.forEach((t) => used.add(t));
      if (item.kind === 'table') item.columns.forEach((c) => c.terms?.forEach((t) => used.add(t)));
    }
  }
  return GLOSSARY_TERMS.filter((t) => used.has(t));
}

export interface PdfModelInput {
  assessment: Assessment;
  /** Full SHA-256 hex of the assessment's canonical JSON. */
  fingerprint: string;
  shortFingerprint: string;
  generatedAt: Date;
}

export function buildPdfModel({
  assessment: a,
  shortFingerprint,
  generatedAt,
}: PdfModelInput): PdfModel {
  const title = nfc(a.meta.title.trim()) || i18n.t('pdf.document.untitled');
  return {
    language: i18n.language,
    info: {
      title: `${a.readableId} ${title}`,
      author: nfc([a.meta.leadName, a.meta.department].filter((s) => s.trim() !== '').join(', ')),
      subject: i18n.t('pdf.document.subject'),
      creator: i18n.t('pdf.document.creator'),
      keywords: [a.readableId, `v${a.version}`, shortFingerprint].join(' '),
    },
    footer: {
      readableId: a.readableId,
      version: i18n.t('pdf.footer.version', { version: a.version }),
      generated: i18n.t('pdf.footer.generated', { dateTime: formatDateTime(generatedAt) }),
      fingerprint: i18n.t('pdf.footer.fingerprint', { fingerprint: shortFingerprint }),
    },
    cover: buildCover(a, title),
    sections: STEPS.map((step) => sectionOf(step, a)),
    glossary: {
      title: i18n.t('pdf.glossary.title'),
      intro: i18n.t('pdf.glossary.intro'),
      entries: glossaryTerms().map((term) => ({
        term: lookup(`glossary.${term}.term`) ?? term,
        definition: lookup(`glossary.${term}.definition`) ?? '',
      })),
    },
  };
}
