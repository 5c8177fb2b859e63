/** Every string is stored and printed in Unicode NFC, so the same words always compare and print the same. */
import { MAX_SHORT_LENGTH } from './constants';

export const nfc = (s: string): string => s.normalize('NFC');

/**
 * A title with a suffix such as "(copy)", cut so the whole stays within the stored length: a
 * 2,000-character title still gets its suffix and still saves.
 */
export function titleWithSuffix(title: string, suffix: string): string {
  const room = MAX_SHORT_LENGTH - suffix.length - 1;
  return `${title.slice(0, Math.max(0, room))} ${suffix}`.trim();
}

/** Is this a real calendar date written YYYY-MM-DD (not 2026-02-30)? */
export function isRealDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
