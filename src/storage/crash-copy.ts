import type { Assessment } from '@/domain/assessment';
import { recordSchemas } from '@/domain/record-schemas';

/**
 * The synchronous safety net when IndexedDB cannot be written (quota, private modes): a copy of
 * every assessment not yet on disk, in localStorage, rewritten on every change while writes fail
 * and as the page is hidden. One key per tab, so two failing tabs never overwrite each other.
 * Each copy carries the change's sequence number, compared with the stored head at the next start.
 */
export const CRASH_COPY_KEY = 'equity-decision-tool:pending';

export interface CrashCopyEntry {
  seq: number;
  assessment: Assessment;
}

export interface ReadCrashCopy {
  key: string;
  /** Undefined for copies written before sequence numbers (a plain array of assessments). */
  seq: number | undefined;
  assessment: Assessment;
}

export interface UnreadableCrashCopy {
  key: string;
  error: string;
  raw: unknown;
}

const keyOf = (tabId: string) => `${CRASH_COPY_KEY}:${tabId}`;

/** Writes this tab's copy (removes it when nothing is pending). Returns false when it failed. */
export function writeCrashCopy(tabId: string, entries: readonly CrashCopyEntry[]): boolean {
  try {
    if (entries.length === 0) localStorage.removeItem(keyOf(tabId));
    else localStorage.setItem(keyOf(tabId), JSON.stringify({ v: 2, entries }));
    return true;
  } catch {
    // Storage full or unavailable: nothing else to do here; the banner already says so.
    return false;
  }
}

function copyKeys(): string[] {
  const keys: string[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const k = localStorage.key(i);
    if (k === CRASH_COPY_KEY || k?.startsWith(`${CRASH_COPY_KEY}:`)) keys.push(k);
  }
  return keys;
}

function rawEntries(value: unknown): { seq: number | undefined; raw: unknown }[] | undefined {
  // Copies written before sequence numbers: a plain array of assessments.
  if (Array.isArray(value)) return value.map((raw) => ({ seq: undefined, raw }));
  if (typeof value !== 'object' || value === null) return undefined;
  const entries: unknown = Reflect.get(value, 'entries');
  if (Reflect.get(value, 'v') !== 2 || !Array.isArray(entries)) return undefined;
  return entries.map((e: unknown) => {
    const seq: unknown = typeof e === 'object' && e !== null ? Reflect.get(e, 'seq') : undefined;
    const raw: unknown = typeof e === 'object' && e !== null ? Reflect.get(e, 'assessment') : e;
    return { seq: typeof seq === 'number' && Number.isFinite(seq) ? seq : Number.NaN, raw };
  });
}

/**
 * Every tab's copy (and the older shared one), each entry checked; what fails is reported. The
 * record schemas load only when there is a copy to check (a start after a failure).
 */
export async function readCrashCopies(): Promise<{
  copies: ReadCrashCopy[];
  unreadable: UnreadableCrashCopy[];
}> {
  const copies: ReadCrashCopy[] = [];
  const unreadable: UnreadableCrashCopy[] = [];
  let keys: string[];
  try {
    keys = copyKeys();
  } catch {
    return { copies, unreadable };
  }
  if (keys.length === 0) return { copies, unreadable };
  const { parseStored } = await recordSchemas();
  for (const key of keys) {
    let text: string | null = null;
    try {
      text = localStorage.getItem(key);
      if (text === null) continue;
      const entries = rawEntries(JSON.parse(text));
      if (!entries) {
        unreadable.push({ key, error: 'not a crash copy', raw: text });
        continue;
      }
      for (const { seq, raw } of entries) {
        const parsed = parseStored(raw);
        if (parsed.ok && !Number.isNaN(seq))
          copies.push({ key, seq, assessment: parsed.assessment });
        else
          unreadable.push({
            key,
            error: parsed.ok ? 'no sequence number' : parsed.error,
            raw: seq === undefined ? raw : { seq, assessment: raw },
          });
      }
    } catch (e) {
      unreadable.push({ key, error: e instanceof Error ? e.message : String(e), raw: text });
    }
  }
  return { copies, unreadable };
}

export function removeCrashCopies(keys: Iterable<string>): void {
  try {
    for (const k of keys) localStorage.removeItem(k);
  } catch {
    // ignore
  }
}
