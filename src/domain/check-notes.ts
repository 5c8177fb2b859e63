import type { Assessment } from './assessment';
import { MAX_ANSWER_LENGTH } from './constants';

/**
 * "Not applicable" notes on readiness and consistency checks: pure, and apart from the checks
 * themselves so the store can keep notes without loading every check.
 */

/**
 * Identifies a check and, where it can be open in several places, the place: `burdenNoHarm:<row id>`.
 * Notes ("Not applicable" with a reason) are kept by this key, so they follow rows when rows move.
 */
export type CheckKey = string;

export type MarkNotApplicableResult =
  { ok: true; assessment: Assessment } | { ok: false; error: 'reasonRequired' | 'reasonTooLong' };

/** Marks a check (by its key) not applicable with a reason. A blank reason changes nothing. */
export function markNotApplicable(
  a: Assessment,
  key: CheckKey,
  reason: string,
): MarkNotApplicableResult {
  const text = reason.normalize('NFC');
  if (text.trim() === '') return { ok: false, error: 'reasonRequired' };
  if (text.length > MAX_ANSWER_LENGTH) return { ok: false, error: 'reasonTooLong' };
  return {
    ok: true,
    assessment: { ...a, checkNotes: { ...a.checkNotes, [key]: { reason: text } } },
  };
}

/** Opens a check again: its note is removed. */
export function reopenCheck(a: Assessment, key: CheckKey): Assessment {
  if (!Object.hasOwn(a.checkNotes, key)) return a;
  const checkNotes = Object.fromEntries(Object.entries(a.checkNotes).filter(([k]) => k !== key));
  return { ...a, checkNotes };
}
