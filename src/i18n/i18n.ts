import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';

export const DEFAULT_LANGUAGE = 'en';
export const resources = { en: { translation: en } } as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: (typeof resources)['en'];
  }
}

/** One i18next instance for the whole app (and the PDF worker, which imports it too). */
export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  resources,
  interpolation: { escapeValue: false }, // React escapes; the PDF draws text, not HTML
  returnNull: false,
  initAsync: false,
});

/**
 * Words whose key is built at run time from the questions description (`items.q1.proposal.label`).
 * A test checks that every such key exists in every locale.
 */
export function tKey(key: string, options?: Record<string, string | number>): string {
  const t = i18n.t as unknown as (k: string, o?: Record<string, string | number>) => string;
  return t(key, options);
}

export function hasKey(key: string): boolean {
  return i18n.exists(key);
}
