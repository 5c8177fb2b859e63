import { SECTION_KEYS, type Assessment, type SectionKey } from '@/domain/assessment';
import { parseStored } from '@/domain/migrations';
import type { LoadProblem } from '@/storage/assessment-repository';
import type { ReadCrashCopy, UnreadableCrashCopy } from '@/storage/crash-copy';
import type { JournalRecord } from '@/storage/db';

/** What came back at start from the journal or a crash copy: the value and its sequence number. */
export interface Recovery {
  assessment: Assessment;
  seq: number;
  /** The section the last recovered change was in (for "… were recovered", with a link). */
  section: SectionKey | undefined;
}

export interface RecoveryPlan {
  recovered: Recovery[];
  /** Entries and copies that could not be read: kept aside and listed, never dropped. */
  unreadable: (Omit<LoadProblem, 'raw'> & { raw: unknown; source: 'journal' | 'crashCopy' })[];
}

function isEntry(raw: unknown): raw is JournalRecord {
  if (typeof raw !== 'object' || raw === null) return false;
  const r = raw as Record<string, unknown>;
  return (
    typeof r.id === 'string' &&
    typeof r.seq === 'number' &&
    Number.isFinite(r.seq) &&
    typeof r.whole === 'boolean' &&
    typeof r.patch === 'object' &&
    r.patch !== null &&
    !Array.isArray(r.patch)
  );
}

function lastSection(keys: readonly string[]): SectionKey | undefined {
  return [...keys].reverse().find((k): k is SectionKey => SECTION_KEYS.includes(k as SectionKey));
}

function firstChangedSection(
  before: Assessment | undefined,
  after: Assessment,
): SectionKey | undefined {
  if (!before) return undefined;
  return SECTION_KEYS.find((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}

/**
 * Works out what the journal and the crash copies hold beyond the stored records. Everything is
 * compared by each assessment's sequence number: an entry or copy at or below the stored head is
 * already in the record, or older than a deletion or an import, and never comes back. `live` are
 * assessments another open tab is editing: theirs, not left over from a crash.
 */
export function planRecovery(input: {
  stored: Readonly<Record<string, Assessment>>;
  heads: ReadonlyMap<string, number>;
  journal: readonly unknown[];
  copies: readonly ReadCrashCopy[];
  unreadableCopies: readonly UnreadableCrashCopy[];
  live: ReadonlySet<string>;
}): RecoveryPlan {
  const { stored, heads, live } = input;
  const unreadable: RecoveryPlan['unreadable'] = input.unreadableCopies.map((u) => ({
    id: u.key,
    error: u.error,
    source: 'crashCopy',
    raw: u.raw,
  }));
  const best = new Map<string, Recovery>();

  // The journal: each assessment's entries above its head, applied in sequence order.
  const byId = new Map<string, JournalRecord[]>();
  for (const raw of input.journal) {
    if (!isEntry(raw)) {
      unreadable.push({ id: '?', error: 'not a journal entry', source: 'journal', raw });
      continue;
    }
    if (live.has(raw.id) || raw.seq <= (heads.get(raw.id) ?? 0)) continue;
    byId.set(raw.id, [...(byId.get(raw.id) ?? []), raw]);
  }
  for (const [id, entries] of byId) {
    entries.sort((a, b) => a.seq - b.seq);
    let value: Record<string, unknown> | undefined = stored[id];
    const keys: string[] = [];
    let error: string | undefined;
    for (const e of entries) {
      if (e.whole) value = { ...e.patch };
      else if (value) value = { ...value, ...e.patch };
      else {
        error = 'a change to an assessment that is not stored';
        break;
      }
      keys.push(...Object.keys(e.patch));
    }
    const parsed = error ? undefined : parseStored(value);
    const last = entries[entries.length - 1];
    if (parsed?.ok && last) {
      best.set(id, {
        assessment: parsed.assessment,
        seq: last.seq,
        section: entries.some((e) => e.whole) ? undefined : lastSection(keys),
      });
    } else {
      const why = error ?? (parsed && !parsed.ok ? parsed.error : 'invalid');
      for (const e of entries) unreadable.push({ id, error: why, source: 'journal', raw: e });
    }
  }

  // Crash copies (kept while writes failed): newer than the head and than what the journal gave.
  for (const c of input.copies) {
    const id = c.assessment.id;
    if (live.has(id)) continue;
    const current = best.get(id);
    const base = current?.assessment ?? stored[id];
    const newer =
      c.seq === undefined
        ? // A copy from before sequence numbers: the old rule, by time.
          !heads.has(id) && (!base || c.assessment.updatedAt > base.updatedAt)
        : c.seq > (heads.get(id) ?? 0) && c.seq > (current?.seq ?? 0);
    if (!newer) continue;
    best.set(id, {
      assessment: c.assessment,
      seq: c.seq ?? (heads.get(id) ?? 0) + 1,
      section: firstChangedSection(stored[id], c.assessment),
    });
  }
  return { recovered: [...best.values()], unreadable };
}
