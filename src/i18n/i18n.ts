import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import * as homeWords from './home-words';
import type en from './locales/en.json';

/** The languages the app and its PDF speak. English is the source: its file types the keys. */
export const LANGUAGES = ['en', 'es', 'vi'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

/**
 * Each language's name in that language (an endonym), the same in every locale: a reader looks
 * for their own language's name, not its name in the language they cannot read.
 */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  es: 'Español',
  vi: 'Tiếng Việt',
};

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** One i18next instance for the whole app (and the PDF worker, which imports it too). */
export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  // A plain copy: later bundles (all-words.ts) are merged into it, and a module namespace is frozen.
  resources: { en: { translation: { ...homeWords } } },
  interpolation: { escapeValue: false }, // React escapes; the PDF draws text, not HTML
  returnNull: false,
  initAsync: false,
});

/**
 * English ships with the home page (its words; `all-words.ts` adds the rest); Spanish and Vietnamese are separate chunks, fetched the first
 * time they are chosen (the service worker precaches them, so this works offline too).
 */
const loaders: Readonly<Record<Exclude<Language, 'en'>, () => Promise<{ default: unknown }>>> = {
  es: () => import('./locales/es.json'),
  vi: () => import('./locales/vi.json'),
};

/** Makes a language's words available, without switching to it. */
export async function loadLanguage(language: Language): Promise<void> {
  if (language === 'en' || i18n.hasResourceBundle(language, 'translation')) return;
  const { default: words } = await loaders[language]();
  i18n.addResourceBundle(language, 'translation', words);
}

/** Switches every word (and Intl dates and numbers, which read `i18n.language`) to a language. */
export async function changeLanguage(language: Language): Promise<void> {
  await loadLanguage(language);
  if (i18n.language !== language) await i18n.changeLanguage(language);
}

/** The language in use, as one of the three. */
export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}

/**
 * Words whose key is built at run time from the questions description (`items.q1.proposal.label`).
 * A test checks that every such key exists in every locale.
 */
export function tKey(key: string, options?: Record<string, string | number>): string {
  if (options === undefined) return plainWord(key);
  const t = i18n.t as unknown as (k: string, o?: Record<string, string | number>) => string;
  return t(key, options);
}

/**
 * Words asked without options, by key, in the current language: a step asks for hundreds of labels
 * and hints each time it opens, and i18next resolves each one afresh (nesting, fallbacks, context).
 * Emptied when the language changes or words are added (the wizard's words, another language).
 */
let plainWords = new Map<string, string>();
let keysThere = new Map<string, boolean>();
const forgetWords = () => {
  plainWords = new Map();
  keysThere = new Map();
};
i18n.on('languageChanged', forgetWords);
i18n.store.on('added', forgetWords);
i18n.store.on('removed', forgetWords);

/** `i18n.t(key)` without options, remembered until the words change. */
export function plainWord(key: string): string {
  let word = plainWords.get(key);
  if (word === undefined) {
    word = (i18n.t as unknown as (k: string) => string)(key);
    plainWords.set(key, word);
  }
  return word;
}

export function hasKey(key: string): boolean {
  let has = keysThere.get(key);
  if (has === undefined) {
    has = i18n.exists(key);
    keysThere.set(key, has);
  }
  return has;
}
