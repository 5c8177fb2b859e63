import { describe, expect, it } from 'vitest';
import { GROUP_SUGGESTIONS, READINESS_KEYS, STATUSES } from '@/domain/constants';
import { GLOSSARY_TERMS, STEPS, type Field } from '@/domain/questions';
import { hasKey } from '@/i18n/i18n';
import en from '@/i18n/locales/en.json';

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

describe('English words', () => {
  it('has a word for every prompt, hint, option and glossary term the app builds keys for', () => {
    const missing = expectedKeys().filter((k) => !hasKey(k));
    expect(missing).toEqual([]);
  });

  it('has no empty strings', () => {
    const empty: string[] = [];
    const walk = (o: unknown, path: string) => {
      if (typeof o === 'string') {
        if (o.trim() === '') empty.push(path);
      } else if (o && typeof o === 'object') {
        for (const [k, v] of Object.entries(o)) walk(v, path ? `${path}.${k}` : k);
      }
    };
    walk(en, '');
    expect(empty).toEqual([]);
  });
});
