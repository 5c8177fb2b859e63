import { beforeAll, describe, expect, it } from 'vitest';
import { GROUP_SUGGESTIONS, READINESS_KEYS, STATUSES } from '@/domain/constants';
import { GLOSSARY_TERMS, STEPS, type Field } from '@/domain/questions';
import { LANGUAGES, hasKey, i18n, loadLanguage } from '@/i18n/i18n';
// Every English word: the home page's own groups and the rest, which the wizard and the PDF load.
import '@/i18n/all-words';
import en from '@/i18n/locales/en.json';
import es from '@/i18n/locales/es.json';
import vi from '@/i18n/locales/vi.json';

/** Every key the questions description makes at run time (the type check covers the static ones). */
function expectedKeys(): string[] {
  const keys: string[] = [];
  const options = (f: Field) =>
    f.kind === 'choice' || f.kind === 'select' || f.kind === 'multichoice'
      ? f.options.map((o) => `options.${f.optionSet}.${o}`)
      : [];
  for (const step of STEPS) {
    keys.push(`steps.${step.id}.title`, `steps.${step.id}.heading`, `steps.${step.id}.intro`);
    for (const item of step.items) {
      const base = `items.${step.section}.${item.id}`;
      keys.push(`${base}.label`);
      if (item.kind === 'table') {
        keys.push(`${base}.rowName`, `${base}.addRow`, `${base}.example`);
        for (const col of item.columns)
          keys.push(`${base}.columns.${col.id}.label`, ...options(col));
      } else if (item.kind === 'readiness') {
        keys.push(...READINESS_KEYS.map((k) => `${base}.keys.${k}`), `${base}.noteLabel`);
      } else {
        keys.push(...options(item));
        if (item.kind === 'longtext') keys.push(`${base}.example`);
      }
    }
  }
  keys.push(...GLOSSARY_TERMS.flatMap((t) => [`glossary.${t}.term`, `glossary.${t}.definition`]));
  keys.push(...STATUSES.map((s) => `options.status.${s}`));
  keys.push(...GROUP_SUGGESTIONS.map((g) => `groupSuggestions.${g.key}`));
  return keys;
}

/** Every string of a locale file by its dotted key. */
function flatten(o: unknown, path = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (o && typeof o === 'object' && !Array.isArray(o)) {
    for (const [k, v] of Object.entries(o)) flatten(v, path ? `${path}.${k}` : k, out);
  } else {
    out.set(path, o);
  }
  return out;
}

const PLURAL = /^(.*)_(zero|one|two|few|many|other)$/;

/**
 * The keys a locale must have: a plain key as in English; a plural (`_one`, `_other`) with exactly
 * the forms the language's plural rules use (i18next picks them with Intl.PluralRules), so
 * Spanish has `_one`, `_many`, `_other` and Vietnamese only `_other`.
 */
function requiredKeys(language: string): Map<string, string> {
  const forms = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const english = flatten(en);
  const required = new Map<string, string>(); // key → the English key it is compared with
  for (const key of english.keys()) {
    const plural = PLURAL.exec(key);
    if (!plural) {
      required.set(key, key);
      continue;
    }
    const base = plural[1] ?? '';
    for (const form of forms) {
      const own = `${base}_${form}`;
      required.set(own, english.has(own) ? own : `${base}_other`);
    }
  }
  return required;
}

/** `{{name}}` variables and `$t(key)` nestings: what the words must keep, whatever the language. */
function placeholders(text: string): string[] {
  const vars = [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => `{{${m[1]}}}`);
  const nested = [...text.matchAll(/\$t\(([^),]+)/g)].map((m) => `$t(${m[1]})`);
  return [...new Set([...vars, ...nested])].sort();
}

/**
 * Values that may equal the English: numbers and years in examples, a dash, short forms that are
 * not English words, and words spelled the same in that language ("No", "Plan" in Spanish).
 * Anything else equal to the English was left untranslated.
 */
const SAME_IN_EVERY_LANGUAGE = [
  'items.meta.budgetAmount.example',
  'items.meta.fiscalYear.example',
  'pdf.table.empty',
  'list.id',
  'list.exported',
  // Only placeholders: "{{question}}: {{answer}}".
  'flow.depth.recommend.reason',
];
const SAME_AS_ENGLISH: Record<string, ReadonlySet<string>> = {
  es: new Set([
    ...SAME_IN_EVERY_LANGUAGE,
    'options.partly.no',
    'options.yesNo.no',
    'options.readinessAnswer.no',
    'flow.depth.triage.enforcement.options.no',
    'flow.depth.triage.councilVote.options.no',
    'pdf.answer.no',
    'pdf.answer.plan',
    'review.plan',
  ]),
  vi: new Set(SAME_IN_EVERY_LANGUAGE),
};

const LOCALES = { es, vi } as const;

describe('English words', () => {
  it('has a word for every prompt, hint, option and glossary term the app builds keys for', () => {
    const missing = expectedKeys().filter((k) => !hasKey(k));
    expect(missing).toEqual([]);
  });

  it('has exactly the plural forms English uses', () => {
    const keys = [...flatten(en).keys()];
    expect(keys.filter((k) => !requiredKeys('en').has(k))).toEqual([]);
    expect([...requiredKeys('en').keys()].filter((k) => !keys.includes(k))).toEqual([]);
  });
});

describe.each(Object.entries(LOCALES))('the %s words', (language, words) => {
  const mine = flatten(words);
  const english = flatten(en);
  const required = requiredKeys(language);

  beforeAll(async () => {
    await loadLanguage(language as (typeof LANGUAGES)[number]);
  });

  it('is one of the languages the app offers', () => {
    expect(LANGUAGES).toContain(language);
  });

  it('has every key of en.json and no other (plurals by its own rules)', () => {
    const missing = [...required.keys()].filter((k) => !mine.has(k));
    const extra = [...mine.keys()].filter((k) => !required.has(k));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it('keeps every placeholder and nested key of the English, and adds none', () => {
    const differ: string[] = [];
    for (const [key, from] of required) {
      const own = mine.get(key);
      const source = english.get(from);
      if (typeof own !== 'string' || typeof source !== 'string') continue;
      if (placeholders(own).join() !== placeholders(source).join()) differ.push(key);
    }
    expect(differ).toEqual([]);
  });

  it('has no empty strings and nothing but strings', () => {
    const bad = [...mine].filter(([, v]) => typeof v !== 'string' || v.trim() === '');
    expect(bad.map(([k]) => k)).toEqual([]);
  });

  it('leaves nothing in English but the listed values', () => {
    const same = [...required]
      .filter(([key, from]) => mine.get(key) === english.get(from))
      .map(([key]) => key)
      .filter((k) => !SAME_AS_ENGLISH[language]?.has(k));
    expect(same).toEqual([]);
  });

  it('has a word for every key the app builds at run time', () => {
    const missing = expectedKeys().filter(
      (k) => !i18n.exists(k, { lng: language, fallbackLng: false }),
    );
    expect(missing).toEqual([]);
  });
});

describe('English as the fallback', () => {
  it('has no empty strings', () => {
    const empty = [...flatten(en)].filter(([, v]) => typeof v !== 'string' || v.trim() === '');
    expect(empty.map(([k]) => k)).toEqual([]);
  });
});
