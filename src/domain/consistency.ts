import type { Assessment, SectionKey } from './assessment';
import { isRealDate } from './text';
import type { CheckKey } from './check-notes';
import {
  BURDEN_NETS,
  BY_RACE_GIVEN,
  DECIDED_STAGES,
  DUPLICATE_MIN_LENGTH,
  ENGLISH_WORDS,
  LIMITED_ENGLISH_KINDS,
  NOT_A_LANGUAGE_WORDS,
  READINESS_KEYS,
  SERIOUS_LEVELS,
  SOURCE_MAX_AGE_YEARS,
} from './constants';
import { depthOf, inDepth, type Depth } from './depth';
import { allTables, tableRows } from './labels';
import { STEPS, type StepId, type TableItem } from './questions';
import { rowLabel } from './rows';

/**
 * Readiness and consistency checks: does the assessment hang together? A burden with no harm, a
 * harm with no mitigation, an outcome nobody measures… Each result says where the problem is (step,
 * field, row and its short label such as H2) and carries the values its sentence needs; the words
 * live under `consistency.<check>.<reason>` in the locale files. They are warnings: they never
 * block saving, submitting or export. Pure: "today" is a parameter.
 */

// ---------------------------------------------------------------------------------------------
// Results

/** The twelve checks, in the order of the design (review.md). Ids are stable: notes refer to them. */
export const CHECK_IDS = [
  'mostAffectedNoBenefitBurden',
  'burdenNoHarm',
  'harmMitigation',
  'outcomeNotMeasured',
  'measureNotByRace',
  'mostAffectedNotEngaged',
  'englishOnly',
  'heardNoChange',
  'dataSources',
  'notKnownIncomplete',
  'decisionDate',
  'duplicateText',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

/** What exactly is wrong, per check: each pair has one sentence, `consistency.<check>.<reason>`. */
export const CHECK_REASONS = {
  mostAffectedNoBenefitBurden: ['noRow'],
  burdenNoHarm: ['noHarm'],
  harmMitigation: ['noMitigation', 'noOwner', 'noDate', 'noOwnerNoDate'],
  outcomeNotMeasured: ['noMeasure'],
  measureNotByRace: ['noReason'],
  mostAffectedNotEngaged: ['notEngaged'],
  englishOnly: ['englishOnly'],
  heardNoChange: ['noEffect', 'noWhy'],
  dataSources: ['noneByRace', 'old'],
  notKnownIncomplete: ['noPlan', 'noDate', 'noPlanNoDate', 'datePassed'],
  decisionDate: ['passed', 'beforeEngagement'],
  duplicateText: ['duplicate'],
} as const satisfies Record<CheckId, readonly [string, ...string[]]>;
export type CheckReason<C extends CheckId = CheckId> = (typeof CHECK_REASONS)[C][number];

/** A table row: its id, its position, and its short label (H2). */
export interface CheckRow {
  id: string;
  index: number;
  label: string;
}

/** A place in the assessment: a field, a table, a row or a cell, and the sub-part of a "Not known yet". */
export interface CheckPlace {
  step: StepId;
  section: SectionKey;
  /** The item of the questions description (a field or a table id). */
  item: string;
  row?: CheckRow;
  /** A column of the row, or a part of the item (`plan`, `date` of a "Not known yet"; `funded.note`). */
  field?: string;
  /** The react-hook-form path inside the section, as the wizard names controls: `harms.2.groups`. */
  path: string;
}

export type { CheckKey } from './check-notes';

type ResultOf<C extends CheckId> = {
  check: C;
  reason: CheckReason<C>;
  key: CheckKey;
  /** Where to go to fix it (the link target; focus `path`). */
  at: CheckPlace;
  /** The row or field the problem is about, when that is not `at` (the group, the harm, the original text). */
  about?: CheckPlace;
  /** Short labels of the rows involved (G2, B3, H1), for the PDF appendix. */
  rows: string[];
  /** Values for the sentence: row labels, group names, ISO dates, years. Never words. */
  params: Record<string, string | number>;
};
export type CheckResult = { [C in CheckId]: ResultOf<C> }[CheckId];

/** The locale key of a result's sentence. */
export function messageKey(r: Pick<CheckResult, 'check' | 'reason'>): string {
  return `consistency.${r.check}.${r.reason}`;
}

/**
 * The locale key of a place's name, for sentences that name a field: a table cell's column label
 * (shown after the row label: "W2 Why or why not?"), a readiness question, or else the item's label.
 */
export function placeLabelKey(place: CheckPlace): string {
  const base = `items.${place.section}.${place.item}`;
  if (place.row && place.field) return `${base}.columns.${place.field}.label`;
  const readiness = READINESS_KEYS.find((k) => place.field === `${k}.note`);
  if (place.item === 'readiness' && readiness) return `${base}.keys.${readiness}`;
  return `${base}.label`;
}

export function checkKey(check: CheckId, target?: string): CheckKey {
  return target === undefined ? check : `${check}:${target}`;
}

// ---------------------------------------------------------------------------------------------
// Places

const STEP_OF_SECTION = new Map<SectionKey, StepId>(STEPS.map((s) => [s.section, s.id]));
const TABLES = new Map<string, TableItem>(
  allTables().map(({ section, table }) => [`${section}.${table.id}`, table]),
);

function stepOf(section: SectionKey): StepId {
  const step = STEP_OF_SECTION.get(section);
  if (step === undefined) throw new Error(`No step for section ${section}`);
  return step;
}

/** The short-label prefix of a table, from the questions description. */
function prefixOf(section: SectionKey, table: string): string {
  const item = TABLES.get(`${section}.${table}`);
  if (item === undefined) throw new Error(`No table ${section}.${table}`);
  return item.prefix;
}

function fieldPlace(section: SectionKey, item: string): CheckPlace {
  return { step: stepOf(section), section, item, path: item };
}

function tablePlace(section: SectionKey, table: string): CheckPlace {
  return fieldPlace(section, table);
}

function rowRef(section: SectionKey, table: string, index: number, id: string): CheckRow {
  return { id, index, label: rowLabel(prefixOf(section, table), index) };
}

/** A place in a table row: it always has the row. */
type CellPlace = CheckPlace & { row: CheckRow; field: string };

function cellPlace(
  section: SectionKey,
  table: string,
  index: number,
  id: string,
  field: string,
): CellPlace {
  return {
    step: stepOf(section),
    section,
    item: table,
    row: rowRef(section, table, index, id),
    field,
    path: `${table}.${index}.${field}`,
  };
}

function partPlace(section: SectionKey, item: string, field: string, path: string): CheckPlace {
  return { step: stepOf(section), section, item, field, path };
}

/** A stable name for a place (row ids, not positions), used in check keys. */
function placeKey(p: CheckPlace): string {
  return [p.section, p.item, p.row?.id, p.field].filter((x) => x !== undefined).join('.');
}

// ---------------------------------------------------------------------------------------------
// Helpers

const blank = (s: string) => s.trim() === '';

/** A row nobody has filled in yet (every value empty): checks leave it to the "answered" checks. */
function isBlankRow(row: object): boolean {
  return Object.entries(row).every(([k, v]) => {
    if (k === 'id') return true;
    if (typeof v === 'string') return blank(v);
    if (Array.isArray(v)) return v.length === 0;
    return v === false || v === undefined || v === null;
  });
}

interface GroupInfo {
  index: number;
  id: string;
  name: string;
  place: CellPlace;
}

/** The shared group list by id; unnamed groups are called by their label (G2). */
function groupsById(a: Assessment): Map<string, GroupInfo> {
  const map = new Map<string, GroupInfo>();
  a.groups.groups.forEach((g, index) => {
    const place = cellPlace('groups', 'groups', index, g.id, 'name');
    const name = blank(g.name) ? place.row.label : g.name.trim();
    map.set(g.id, { index, id: g.id, name, place });
  });
  return map;
}

function mostAffected(a: Assessment): GroupInfo[] {
  const byId = groupsById(a);
  return a.groups.groups.flatMap((g) => {
    const info = byId.get(g.id);
    return g.mostAffected && info ? [info] : [];
  });
}

/** "Today" as the checks take it: the local calendar date, YYYY-MM-DD. */
export function toIsoDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

// ---------------------------------------------------------------------------------------------
// The twelve checks

/** 1. A group marked most affected has no row in the benefit and burden table. */
export function checkMostAffectedInBenefitBurden(a: Assessment): CheckResult[] {
  const inTable = new Set(a.q2.benefitBurden.map((r) => r.group));
  return mostAffected(a)
    .filter((g) => !inTable.has(g.id))
    .map((g) => ({
      check: 'mostAffectedNoBenefitBurden',
      reason: 'noRow',
      key: checkKey('mostAffectedNoBenefitBurden', g.id),
      at: tablePlace('q2', 'benefitBurden'),
      about: g.place,
      rows: [g.place.row.label],
      params: { group: g.name },
    }));
}

/** 2. A burden in the benefit and burden table has no harm that names the same group. */
export function checkBurdensHaveHarms(a: Assessment): CheckResult[] {
  const harmed = new Set(a.q4.harms.flatMap((h) => h.groups));
  const groups = groupsById(a);
  return a.q2.benefitBurden.flatMap((r, i): CheckResult[] => {
    const group = groups.get(r.group);
    const burden = !blank(r.burdens) || (r.net !== '' && BURDEN_NETS.includes(r.net));
    if (!group || !burden || harmed.has(r.group)) return [];
    const about = cellPlace('q2', 'benefitBurden', i, r.id, 'burdens');
    const row = about.row.label;
    return [
      {
        check: 'burdenNoHarm',
        reason: 'noHarm',
        key: checkKey('burdenNoHarm', r.id),
        at: tablePlace('q4', 'harms'),
        about,
        rows: [row],
        params: { row, group: group.name },
      },
    ];
  });
}

/** 3. A medium or high harm has no mitigation; a mitigation has no owner or no date. */
export function checkHarmsMitigated(a: Assessment): CheckResult[] {
  const mitigated = new Set(a.q4.mitigations.flatMap((m) => m.harms));
  const serious = (level: string) => SERIOUS_LEVELS.some((s) => s === level);
  const harms = a.q4.harms.flatMap((h, i): CheckResult[] => {
    if (!(serious(h.likelihood) || serious(h.severity)) || mitigated.has(h.id)) return [];
    const about = cellPlace('q4', 'harms', i, h.id, 'description');
    const row = about.row.label;
    return [
      {
        check: 'harmMitigation',
        reason: 'noMitigation',
        key: checkKey('harmMitigation', h.id),
        at: tablePlace('q4', 'mitigations'),
        about,
        rows: [row],
        params: { row },
      },
    ];
  });
  const mitigations = a.q4.mitigations.flatMap((m, i): CheckResult[] => {
    if (isBlankRow(m)) return [];
    const noOwner = blank(m.owner);
    const noDate = blank(m.due);
    if (!noOwner && !noDate) return [];
    const at = cellPlace('q4', 'mitigations', i, m.id, noOwner ? 'owner' : 'due');
    const row = at.row.label;
    return [
      {
        check: 'harmMitigation',
        reason: noOwner && noDate ? 'noOwnerNoDate' : noOwner ? 'noOwner' : 'noDate',
        key: checkKey('harmMitigation', m.id),
        at,
        rows: [row],
        params: { row },
      },
    ];
  });
  return [...harms, ...mitigations];
}

/**
 * 4. A desired outcome has no measure that tracks it. Measures link to the equity outcomes (O rows)
 * and harms, so this is checked on the outcomes.
 */
export function checkOutcomesMeasured(a: Assessment): CheckResult[] {
  const tracked = new Set(a.q5.measures.flatMap((m) => m.tracks));
  return a.q1.outcomes.flatMap((o, i): CheckResult[] => {
    if (isBlankRow(o) || tracked.has(o.id)) return [];
    const about = cellPlace('q1', 'outcomes', i, o.id, 'gap');
    const row = about.row.label;
    return [
      {
        check: 'outcomeNotMeasured',
        reason: 'noMeasure',
        key: checkKey('outcomeNotMeasured', o.id),
        at: tablePlace('q5', 'measures'),
        about,
        rows: [row],
        params: { row },
      },
    ];
  });
}

/** 5. A measure is not broken down by race and gives no reason. */
export function checkMeasuresByRace(a: Assessment): CheckResult[] {
  return a.q5.measures.flatMap((m, i): CheckResult[] => {
    if (m.byRace !== 'no' || !blank(m.byRaceWhy)) return [];
    const at = cellPlace('q5', 'measures', i, m.id, 'byRaceWhy');
    const row = at.row.label;
    return [
      {
        check: 'measureNotByRace',
        reason: 'noReason',
        key: checkKey('measureNotByRace', m.id),
        at,
        rows: [row],
        params: { row },
      },
    ];
  });
}

/**
 * 6. A most-affected group was never engaged and no plan says when it will be. A plan is the
 * engagement table marked "Not known yet" with a plan, or the "who is missing" answer naming the group.
 */
export function checkMostAffectedEngaged(a: Assessment): CheckResult[] {
  const engaged = new Set(a.q3.engagement.flatMap((e) => e.groups));
  const planned = a.q3.notKnown.engagement;
  if (planned?.on === true && !blank(planned.plan)) return [];
  const notEngaged = mostAffected(a).filter((g) => !engaged.has(g.id));
  if (notEngaged.length === 0) return [];
  const missing = a.q3.missing.toLowerCase();
  return notEngaged
    .filter((g) => !missing.includes(g.name.toLowerCase()))
    .map((g) => ({
      check: 'mostAffectedNotEngaged',
      reason: 'notEngaged',
      key: checkKey('mostAffectedNotEngaged', g.id),
      at: tablePlace('q3', 'engagement'),
      about: g.place,
      rows: [g.place.row.label],
      params: { group: g.name },
    }));
}

const ENGLISH = new Set(ENGLISH_WORDS);
const NOT_A_LANGUAGE = new Set(NOT_A_LANGUAGE_WORDS);

/** Does a "languages offered" answer name a language other than English? */
export function offersOtherLanguage(languages: string): boolean {
  const words = languages.toLocaleLowerCase().match(/[\p{L}\p{M}]+/gu) ?? [];
  return words.some((w) => !ENGLISH.has(w) && !NOT_A_LANGUAGE.has(w));
}

/** 7. Every engagement was in English only while a group with limited English is affected. */
export function checkLanguagesOffered(a: Assessment): CheckResult[] {
  const groups = groupsById(a);
  const limited = a.groups.groups.flatMap((g) => {
    const info = groups.get(g.id);
    return info && g.kind !== '' && LIMITED_ENGLISH_KINDS.includes(g.kind) ? [info] : [];
  });
  const rows = a.q3.engagement.map((e, index) => ({ e, index })).filter(({ e }) => !isBlankRow(e));
  const first = rows[0];
  if (limited.length === 0 || first === undefined) return [];
  const other = rows.some(
    ({ e }) => offersOtherLanguage(e.languages) || e.supports.includes('interpretation'),
  );
  if (other) return [];
  return [
    {
      check: 'englishOnly',
      reason: 'englishOnly',
      key: checkKey('englishOnly'),
      at: cellPlace('q3', 'engagement', first.index, first.e.id, 'languages'),
      about: limited[0]?.place,
      rows: limited.map((g) => g.place.row.label),
      params: { groups: limited.map((g) => g.name).join(', ') },
    },
  ];
}

/** 8. A "what we heard" row does not say what changed (or why not). */
export function checkHeardChanges(a: Assessment): CheckResult[] {
  return a.q3.heard.flatMap((w, i): CheckResult[] => {
    if (isBlankRow(w)) return [];
    const reason = w.effect === '' ? 'noEffect' : blank(w.why) ? 'noWhy' : undefined;
    if (reason === undefined) return [];
    const at = cellPlace('q3', 'heard', i, w.id, reason === 'noEffect' ? 'effect' : 'why');
    const row = at.row.label;
    return [
      {
        check: 'heardNoChange',
        reason,
        key: checkKey('heardNoChange', w.id),
        at,
        rows: [row],
        params: { row },
      },
    ];
  });
}

/** 9. No data source is broken down by race; a source is more than five years old. */
export function checkDataSources(a: Assessment, today: string): CheckResult[] {
  const year = Number(today.slice(0, 4));
  const sources = a.q2.sources.map((s, index) => ({ s, index })).filter(({ s }) => !isBlankRow(s));
  const results: CheckResult[] = [];
  const first = sources[0];
  if (first && !sources.some(({ s }) => s.byRace !== '' && BY_RACE_GIVEN.includes(s.byRace))) {
    results.push({
      check: 'dataSources',
      reason: 'noneByRace',
      key: checkKey('dataSources', 'noneByRace'),
      at: cellPlace('q2', 'sources', first.index, first.s.id, 'byRace'),
      rows: [],
      params: {},
    });
  }
  for (const { s, index } of sources) {
    if (!/^\d{4}$/.test(s.year.trim())) continue;
    const age = year - Number(s.year.trim());
    if (age <= SOURCE_MAX_AGE_YEARS) continue;
    const at = cellPlace('q2', 'sources', index, s.id, 'year');
    const row = at.row.label;
    results.push({
      check: 'dataSources',
      reason: 'old',
      key: checkKey('dataSources', s.id),
      at,
      rows: [row],
      params: { row, year: s.year.trim(), age, maxAge: SOURCE_MAX_AGE_YEARS },
    });
  }
  return results;
}

/** 10. A "Not known yet" answer has no plan or no date, or its date has passed. */
export function checkNotKnownAnswers(a: Assessment, today: string): CheckResult[] {
  const results: CheckResult[] = [];
  for (const step of STEPS) {
    if (!step.isQuestion) continue;
    const notKnown = a[step.section].notKnown;
    for (const item of step.items) {
      const nk = notKnown[item.id];
      if (!item.required || nk === undefined || !nk.on) continue;
      const noPlan = blank(nk.plan);
      const noDate = !isRealDate(nk.date.trim());
      const passed = !noDate && nk.date.trim() < today;
      const reason = noPlan
        ? noDate
          ? 'noPlanNoDate'
          : 'noPlan'
        : noDate
          ? 'noDate'
          : passed
            ? 'datePassed'
            : undefined;
      if (reason === undefined) continue;
      const part = noPlan ? 'plan' : 'date';
      const at = partPlace(step.section, item.id, part, `notKnown.${item.id}.${part}`);
      results.push({
        check: 'notKnownIncomplete',
        reason,
        key: checkKey('notKnownIncomplete', `${step.section}.${item.id}`),
        at,
        about: fieldPlace(step.section, item.id),
        rows: [],
        params: reason === 'datePassed' ? { date: nk.date.trim() } : {},
      });
    }
  }
  return results;
}

/**
 * 11. The decision date has passed (unless the stage says the decision is made), or it comes
 * before the last engagement, so people cannot hear back before the decision.
 */
export function checkDecisionDate(a: Assessment, today: string): CheckResult[] {
  const date = a.meta.decisionDate.trim();
  if (!isRealDate(date)) return [];
  const results: CheckResult[] = [];
  const at = fieldPlace('meta', 'decisionDate');
  const decided = a.meta.stage !== '' && DECIDED_STAGES.includes(a.meta.stage);
  if (date < today && !decided) {
    results.push({
      check: 'decisionDate',
      reason: 'passed',
      key: checkKey('decisionDate', 'passed'),
      at,
      rows: [],
      params: { date },
    });
  }
  let last: { date: string; index: number; id: string } | undefined;
  a.q3.engagement.forEach((e, index) => {
    const d = e.date.trim();
    // Compare as text first: ISO dates sort as text, and most rows are not the latest.
    if ((last === undefined || d > last.date) && isRealDate(d)) last = { date: d, index, id: e.id };
  });
  if (last && date < last.date) {
    const about = cellPlace('q3', 'engagement', last.index, last.id, 'date');
    const row = about.row.label;
    results.push({
      check: 'decisionDate',
      reason: 'beforeEngagement',
      key: checkKey('decisionDate', 'beforeEngagement'),
      at,
      about,
      rows: [row],
      params: { date, engagementDate: last.date, row },
    });
  }
  return results;
}

/** Free-text answers longer than `min` characters, with their places, in the order of the form. */
function longTexts(a: Assessment, min: number): { text: string; place: () => CheckPlace }[] {
  const out: { text: string; place: () => CheckPlace }[] = [];
  const add = (text: unknown, place: () => CheckPlace) => {
    if (typeof text === 'string' && text.length > min) out.push({ text, place });
  };
  const isText = (kind: string) => kind === 'text' || kind === 'longtext';
  for (const step of STEPS) {
    const { section } = step;
    const values: Record<string, unknown> = a[section];
    for (const item of step.items) {
      if (item.kind === 'table') {
        const columns = item.columns.filter((c) => isText(c.kind));
        tableRows(values, item.id).forEach((row, i) => {
          const id = row.id;
          if (typeof id !== 'string') return;
          for (const c of columns) add(row[c.id], () => cellPlace(section, item.id, i, id, c.id));
        });
      } else if (item.kind === 'readiness') {
        for (const k of READINESS_KEYS) {
          const field = `${k}.note`;
          add(a.q4.readiness[k].note, () =>
            partPlace(section, item.id, field, `${item.id}.${field}`),
          );
        }
      } else if (isText(item.kind)) {
        add(values[item.id], () => fieldPlace(section, item.id));
      }
      const nk = a[section].notKnown[item.id];
      if (nk?.on === true) {
        add(nk.plan, () => partPlace(section, item.id, 'plan', `notKnown.${item.id}.plan`));
      }
    }
  }
  return out;
}

/** Code points of JavaScript's `\s`: what "word for word" treats as white space. */
const SPACES = new Set([
  9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006,
  0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
]);
const isSpace = (c: number) => (c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACES.has(c));

/** Skips white space from position i. */
function skipSpaces(s: string, i: number): number {
  while (i < s.length && isSpace(s.charCodeAt(i))) i += 1;
  return i;
}

/**
 * Are two texts the same word for word (runs of white space count as one, ends ignored)? Walks both
 * once, without building normalised copies of 20,000-character answers.
 */
export function sameWords(a: string, b: string): boolean {
  let i = skipSpaces(a, 0);
  let j = skipSpaces(b, 0);
  while (i < a.length && j < b.length) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(j);
    if (isSpace(ca) || isSpace(cb)) {
      if (!(isSpace(ca) && isSpace(cb))) return false;
      i = skipSpaces(a, i);
      j = skipSpaces(b, j);
      // Space at the end of one text only is trailing space: it does not count.
      continue;
    }
    if (ca !== cb) return false;
    i += 1;
    j += 1;
  }
  return skipSpaces(a, i) === a.length && skipSpaces(b, j) === b.length;
}

/**
 * A cheap first key: the start of the text, word for word, or undefined when the whole text is not
 * longer than the limit word for word. Texts with the same words have the same key, so only texts
 * that share a key are compared in full.
 */
const KEY_LENGTH = 160;
const collapse = (s: string) => s.replace(/\s+/g, ' ');
function wordsKey(text: string): string | undefined {
  // The words of a prefix are a prefix of the words of the whole (but for a trailing space).
  const start = collapse(text.slice(0, 4 * DUPLICATE_MIN_LENGTH)).trimStart();
  const long =
    start.length > DUPLICATE_MIN_LENGTH + 1 || collapse(text).trim().length > DUPLICATE_MIN_LENGTH;
  return long ? start.slice(0, KEY_LENGTH) : undefined;
}

/** 12. The same long answer (over the length in constants.ts) appears word for word in two places. */
export function checkDuplicateText(a: Assessment): CheckResult[] {
  const buckets = new Map<string, { text: string; place: () => CheckPlace }[]>();
  for (const t of longTexts(a, DUPLICATE_MIN_LENGTH)) {
    const key = wordsKey(t.text);
    if (key === undefined) continue;
    const bucket = buckets.get(key);
    if (bucket) bucket.push(t);
    else buckets.set(key, [t]);
  }
  const found: { at: CheckPlace; first: CheckPlace }[] = [];
  for (const bucket of buckets.values()) {
    if (bucket.length < 2) continue;
    const firsts: { text: string; place: CheckPlace }[] = [];
    for (const t of bucket) {
      const first = firsts.find((f) => f.text === t.text || sameWords(f.text, t.text));
      if (first === undefined) firsts.push({ text: t.text, place: t.place() });
      else found.push({ at: t.place(), first: first.place });
    }
  }
  return found.map(({ at, first }) => ({
    check: 'duplicateText',
    reason: 'duplicate',
    key: checkKey('duplicateText', placeKey(at)),
    at,
    about: first,
    rows: [first.row?.label, at.row?.label].filter((l) => l !== undefined),
    params: {},
  }));
}

/** The twelve checks by id. */
export const CHECKS: Record<CheckId, (a: Assessment, today: string) => CheckResult[]> = {
  mostAffectedNoBenefitBurden: checkMostAffectedInBenefitBurden,
  burdenNoHarm: checkBurdensHaveHarms,
  harmMitigation: checkHarmsMitigated,
  outcomeNotMeasured: checkOutcomesMeasured,
  measureNotByRace: checkMeasuresByRace,
  mostAffectedNotEngaged: checkMostAffectedEngaged,
  englishOnly: checkLanguagesOffered,
  heardNoChange: checkHeardChanges,
  dataSources: checkDataSources,
  notKnownIncomplete: checkNotKnownAnswers,
  decisionDate: checkDecisionDate,
  duplicateText: checkDuplicateText,
};

// ---------------------------------------------------------------------------------------------
// Running the checks, and notes

/** Is the place a result points at asked at this depth (its item, and its column in a row)? */
function placeAsked(place: CheckPlace, depth: Depth): boolean {
  const item = STEPS.find((s) => s.section === place.section)?.items.find(
    (i) => i.id === place.item,
  );
  if (item === undefined) return true;
  if (!inDepth(item, depth)) return false;
  if (item.kind !== 'table' || place.row === undefined) return true;
  const column = item.columns.find((c) => c.id === place.field);
  return column === undefined || inDepth(column, depth);
}

/**
 * Every result of every check, open or marked not applicable, in the order of CHECK_IDS. At Quick
 * depth, results that point at an item or column only Full asks are left out: nobody was asked.
 */
export function runChecks(a: Assessment, today: string): CheckResult[] {
  if (!isRealDate(today)) throw new RangeError(`today must be a date like 2026-03-31: ${today}`);
  const depth = depthOf(a);
  return CHECK_IDS.flatMap((id) => CHECKS[id](a, today)).filter((r) => placeAsked(r.at, depth));
}

export type CheckNotes = Assessment['checkNotes'];

export interface CheckReport {
  /** Checks to fix (or mark not applicable). */
  open: CheckResult[];
  /** Checks marked "Not applicable", each with its reason. */
  notApplicable: { result: CheckResult; reason: string }[];
}

/** Splits results into open ones and those a note marks not applicable. Notes for checks that no longer fire are ignored. */
export function applyCheckNotes(results: readonly CheckResult[], notes: CheckNotes): CheckReport {
  const report: CheckReport = { open: [], notApplicable: [] };
  for (const result of results) {
    const note = Object.hasOwn(notes, result.key) ? notes[result.key] : undefined;
    if (note === undefined) report.open.push(result);
    else report.notApplicable.push({ result, reason: note.reason });
  }
  return report;
}

/** All checks of an assessment, with its own notes applied. */
export function checkReport(a: Assessment, today: string): CheckReport {
  return applyCheckNotes(runChecks(a, today), a.checkNotes);
}

export { markNotApplicable, reopenCheck, type MarkNotApplicableResult } from './check-notes';
