import type { Assessment } from '@/domain/assessment';
import { parseStored } from '@/domain/migrations';

/**
 * A synchronous safety net for the moment a tab closes: `pagehide` writes the pending draft here
 * (localStorage is synchronous, IndexedDB is not), and the next start recovers it if it is newer
 * than the stored record.
 */
const KEY = 'equity-decision-tool:pending';

export function writeJournal(pending: readonly Assessment[]): void {
  try {
    if (pending.length === 0) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, JSON.stringify(pending));
  } catch {
    // Storage full or unavailable: IndexedDB is still the real store; nothing else to do here.
  }
}

export function readJournal(): Assessment[] {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return [];
    const list: unknown = JSON.parse(raw);
    if (!Array.isArray(list)) return [];
    return list.flatMap((r) => {
      const p = parseStored(r);
      return p.ok ? [p.assessment] : [];
    });
  } catch {
    return [];
  }
}

export function clearJournal(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // ignore
  }
}
