import { z } from 'zod';
import {
  DEPTHS,
  MAX_ANSWER_LENGTH,
  MAX_SHORT_LENGTH,
  READINESS_ANSWERS,
  READINESS_KEYS,
} from './constants';
import {
  TRIAGE_DEFS,
  type Field,
  type Item,
  type SectionKey,
  type StepDefOf,
  type TableItem,
} from './questions';
import { nfc } from './text';

/**
 * The stored shape of every step, derived from the questions description: one table from a
 * field's kind to its zod type. A new sub-prompt in `questions.ts` is stored, typed and parsed
 * with no edit here.
 */

export const longText = () => z.string().max(MAX_ANSWER_LENGTH).transform(nfc).default('');
export const shortText = () => z.string().max(MAX_SHORT_LENGTH).transform(nfc).default('');
/** A choice may be empty while a draft is in progress. */
const choice = (values: readonly [string, ...string[]]) =>
  z.union([z.enum(values), z.literal('')]).default('');
const many = (values: readonly [string, ...string[]]) => z.array(z.enum(values)).default([]);
const ids = () => z.array(z.string()).default([]);
const rowId = () => z.string().min(1);

/**
 * Field kind → zod type. Dates (YYYY-MM-DD) and numbers are kept as typed, so a half-typed value
 * always saves; `checks.ts` says when one does not parse.
 */
export function fieldSchema(field: Field): z.ZodType {
  switch (field.kind) {
    case 'longtext':
      return longText();
    case 'text':
    case 'email':
    case 'number':
    case 'year':
    case 'integer':
    case 'date':
      return shortText();
    case 'boolean':
      return z.boolean().default(false);
    case 'choice':
    case 'select':
      return choice(field.options);
    case 'multichoice':
      return many(field.options);
    case 'groups':
      return field.single ? z.string().default('') : ids();
    case 'links':
      return ids();
  }
}

/** "Not known yet" with a plan to find out, and the date the answer is due: allowed on every required item. */
export const NotKnownSchema = z.object({
  on: z.boolean().default(false),
  plan: longText(),
  date: shortText(),
});
export type NotKnown = z.output<typeof NotKnownSchema>;

const readinessAnswer = () =>
  z.object({ answer: choice(READINESS_ANSWERS), note: longText() }).prefault({});

/** One row of a table: its id, then one value per column. */
export function rowSchema(table: TableItem) {
  return z.object({
    id: rowId(),
    ...Object.fromEntries(table.columns.map((c) => [c.id, fieldSchema(c)])),
  });
}

function itemSchema(item: Item): z.ZodType {
  switch (item.kind) {
    case 'table':
      return z.array(rowSchema(item)).default([]);
    case 'readiness':
      return z
        .object(Object.fromEntries(READINESS_KEYS.map((k) => [k, readinessAnswer()])))
        .prefault({});
    default:
      return fieldSchema(item);
  }
}

// ---- The types the schemas produce, derived from the same description ----

type OptionOf<F> = F extends { options: readonly (infer O extends string)[] } ? O : never;

/** The stored value of one field, by kind. */
export type FieldValue<F> = F extends { kind: 'boolean' }
  ? boolean
  : F extends { kind: 'choice' | 'select' }
    ? OptionOf<F> | ''
    : F extends { kind: 'multichoice' }
      ? OptionOf<F>[]
      : F extends { kind: 'groups'; single: true }
        ? string
        : F extends { kind: 'groups' | 'links' }
          ? string[]
          : string;

type Simplify<T> = { [K in keyof T]: T[K] } & {};

export type RowValue<T> = T extends { columns: readonly (infer C extends { id: string })[] }
  ? Simplify<{ id: string } & { [F in C as F['id']]: FieldValue<F> }>
  : never;

export type ReadinessKey = (typeof READINESS_KEYS)[number];
export type ReadinessValue = Record<
  ReadinessKey,
  { answer: (typeof READINESS_ANSWERS)[number] | ''; note: string }
>;

type ItemValue<I> = I extends { kind: 'table' }
  ? RowValue<I>[]
  : I extends { kind: 'readiness' }
    ? ReadinessValue
    : FieldValue<I>;

/** A step's stored values: one per item, and the "Not known yet" answers by item id. */
export type SectionValues<S extends SectionKey> = Simplify<
  { [I in StepDefOf<S>['items'][number] as I['id']]: ItemValue<I> } & {
    notKnown: Record<string, NotKnown>;
  }
>;

/** What a parse accepts: anything may be left out, and gets its default. */
export type InputOf<T> = T extends readonly (infer E)[]
  ? InputOf<E>[]
  : T extends object
    ? { [K in keyof T]?: InputOf<T[K]> }
    : T;

export type SectionSchema<S extends SectionKey> = z.ZodType<
  SectionValues<S>,
  InputOf<SectionValues<S>>
>;

/**
 * The schema of one step's values, built from its items. The cast only names the type that the
 * description derives; tests/domain/schema-golden.test.ts pins what it parses to.
 */
export function sectionSchema<S extends SectionKey>(step: {
  section: S;
  items: readonly Item[];
}): SectionSchema<S> {
  const shape = Object.fromEntries(step.items.map((item) => [item.id, itemSchema(item)]));
  return z.object({
    ...shape,
    notKnown: z.record(z.string(), NotKnownSchema).default({}),
  }) as unknown as SectionSchema<S>;
}

/** A new, empty row of a table, every column at its default. */
export function emptyRow(table: TableItem, id: string): Record<string, unknown> {
  return rowSchema(table).parse({ id });
}

/** The depth chosen for an assessment ('' until someone chooses: it then runs Full), and the triage answers. */
export type DepthValues = {
  chosen: (typeof DEPTHS)[number] | '';
  triage: Simplify<{ [Q in (typeof TRIAGE_DEFS)[number] as Q['id']]: FieldValue<Q> }>;
};

/**
 * The stored depth, built from the triage description like the steps are. Records written before
 * depth existed get `{ chosen: '', triage: all '' }`: they keep opening in Full, as before.
 */
export const DepthSchema = z.object({
  chosen: choice(DEPTHS),
  triage: z.object(Object.fromEntries(TRIAGE_DEFS.map((q) => [q.id, fieldSchema(q)]))).prefault({}),
}) as unknown as z.ZodType<DepthValues, InputOf<DepthValues>>;
