import { nfc } from '@/domain/text';
import '@/i18n/all-words';
import { i18n } from '@/i18n/i18n';
import { formatIsoDate } from '@/lib/format';

/**
 * Words read at run time for the review page and the PDF. Every string goes through `nfc` so what
 * was typed prints exactly as stored; `lookup` reads keys built at run time
 * (items.<section>.<id>.label …) without casts.
 */
export function lookup(key: string): string | undefined {
  const value: unknown = i18n.getResource(i18n.language, 'translation', key);
  return typeof value === 'string' ? nfc(value) : undefined;
}

/** A run-time key's words, or the fallback (often the raw value) when the locale lacks it. */
export function lookupOr(key: string, fallback: string): string {
  return lookup(key) ?? nfc(fallback);
}

/** A stored YYYY-MM-DD date in the reader's language; anything else as typed. */
export function formatDate(isoDate: string): string {
  return formatIsoDate(isoDate, i18n.language);
}
