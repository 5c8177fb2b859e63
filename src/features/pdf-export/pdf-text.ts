import { i18n } from '@/i18n/i18n';

/**
 * Words for the PDF. Every string drawn goes through `nfc` so what was typed prints exactly as
 * stored; `lookup` reads keys built at run time (items.<section>.<id>.label …) without casts.
 */
export const nfc = (s: string): string => s.normalize('NFC');

export function lookup(key: string): string | undefined {
  const value: unknown = i18n.getResource(i18n.language, 'translation', key);
  return typeof value === 'string' ? nfc(value) : undefined;
}

/** A run-time key's words, or the fallback (often the raw value) when the locale lacks it. */
export function lookupOr(key: string, fallback: string): string {
  return lookup(key) ?? nfc(fallback);
}

export function formatDate(isoDate: string, language = i18n.language): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return isoDate;
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

export function formatDateTime(date: Date, language = i18n.language): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    date,
  );
}
