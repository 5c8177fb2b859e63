import type { Assessment } from '@/domain/assessment';
import { recordSchemas } from '@/domain/record-schemas';
import type { ImportPlan, RecordsOnDevice } from '@/domain/package';
import { versionKey } from '@/domain/versions';
import { summarize } from '@/domain/summary';
import { deleteVersionsOf } from './versions';
import { getDb } from './db';
import type { Table } from 'dexie';
import { DAY_MS, TRASH_DAYS } from '@/domain/trash';
import { forgetJournal } from './write-ahead-journal';

/** How long a deleted assessment stays in the trash. */
const LAST_BACKUP_KEY = 'lastBackupAt';

/** Writes a row of one assessment's one version unless that version's row is stored. */
async function putIfAbsent<T>(
  table: Table<T, [string, number]>,
  key: { id: string; version: number },
  row: T,
): Promise<void> {
  if ((await table.get([key.id, key.version])) === undefined) await table.put(row);
}

export class ImportConflictError extends Error {
  constructor(readonly id: string) {
    super(`Assessment ${id} changed on this device while the import was being prepared`);
    this.name = 'ImportConflictError';
  }
}

/**
 * Writes an import plan in ONE transaction: every new, copied and replaced assessment, and the
 * file's versions, submissions and reviews this device lacks, or nothing. Before writing it checks
 * that the device still holds what the plan was made against (another tab may have changed it
 * since), and aborts the whole import if not. A version or submission already kept is never
 * rewritten, and a review only by a newer state of itself: importing a file twice adds nothing.
 */
export async function applyImportPlan(
  plan: ImportPlan,
): Promise<{ assessment: Assessment; seq: number }[]> {
  const db = getDb();
  const written: { assessment: Assessment; seq: number }[] = [];
  const { AssessmentSchema, parseStored } = await recordSchemas();
  // Checked again before the transaction opens (awaiting a module inside it would end it); the
  // review schema loads only when a file brings reviews, off the home page.
  const reviews =
    plan.records.reviews.length === 0
      ? []
      : await import('@/domain/review').then(({ ReviewSchema }) =>
          plan.records.reviews.map((r) => ReviewSchema.parse(r)),
        );
  const tables = [
    db.assessments,
    db.summaries,
    db.trash,
    db.heads,
    db.journal,
    db.versions,
    db.submissions,
    db.reviews,
  ];
  await db.transaction('rw', tables, async () => {
    const { versions, submissions } = plan.records;
    // Kept versions and received submissions are never rewritten: one per assessment and version.
    for (const v of versions) {
      const record = AssessmentSchema.parse(v.assessment);
      await putIfAbsent(db.versions, record, {
        id: record.id,
        version: record.version,
        exportedAt: v.exportedAt,
        contentFingerprint: v.contentFingerprint,
        record: structuredClone(record),
      });
    }
    for (const s of submissions) {
      const record = AssessmentSchema.parse(s.assessment);
      await putIfAbsent(db.submissions, record, {
        assessmentId: record.id,
        version: record.version,
        fingerprint: s.receivedFingerprint,
        receivedAt: s.receivedAt,
        record: structuredClone(record),
      });
    }
    for (const review of reviews) {
      const kept = (await db.reviews.get(review.id))?.['updatedAt'];
      if (typeof kept === 'string' && kept >= review.updatedAt) continue;
      await db.reviews.put(structuredClone(review));
    }
    for (const item of plan.items) {
      if (item.action === 'skip') continue;
      const record = AssessmentSchema.parse(item.assessment);
      const stored =
        (await db.assessments.get(record.id)) ?? (await db.trash.get(record.id))?.record;
      if (item.action === 'replace') {
        const current = stored ? parseStored(stored) : undefined;
        if (!current?.ok || current.assessment.updatedAt !== item.replaces.updatedAt) {
          throw new ImportConflictError(record.id);
        }
        await db.trash.delete(record.id);
      } else if (stored) {
        throw new ImportConflictError(record.id);
      }
      await db.assessments.put(structuredClone(record));
      await db.summaries.put(summarize(record));
      // What this device had journaled for it is older than the import: it never comes back.
      const head = await forgetJournal(record.id);
      await db.heads.put({ id: record.id, seq: head + 1 });
      written.push({ assessment: record, seq: head + 1 });
    }
  });
  return written;
}

/** Which versions, submissions and reviews this device holds (to plan an import). */
export async function readRecordsOnDevice(): Promise<RecordsOnDevice> {
  const db = getDb();
  const [versions, submissions, reviews] = await Promise.all([
    db.versions.toCollection().primaryKeys(),
    db.submissions.toCollection().primaryKeys(),
    db.reviews.toArray(),
  ]);
  return {
    versions: new Set(versions.map(([id, version]) => versionKey(id, version))),
    submissions: new Set(submissions.map(([id, version]) => versionKey(id, version))),
    reviews: new Map(
      reviews.map((r) => [r.id, typeof r['updatedAt'] === 'string' ? r['updatedAt'] : '']),
    ),
  };
}

/** How many submissions and reviews this device keeps, readable or not (for "Back up all"). */
export async function countSubmissionsAndReviews(): Promise<number> {
  const db = getDb();
  const [submissions, reviews] = await Promise.all([db.submissions.count(), db.reviews.count()]);
  return submissions + reviews;
}

// ---------------------------------------------------------------------------------------------
// Trash

export interface TrashItem {
  assessment: Assessment;
  deletedAt: string;
}

/**
 * Moves an assessment to the trash in one transaction; returns false when it wasn't stored. Its
 * journal entries go, and its head rises to `seq` (the last change made to it), so a crash copy
 * of it never brings it back to the list.
 */
export async function moveToTrash(id: string, now = new Date(), seq = 0): Promise<boolean> {
  const db = getDb();
  const tables = [db.assessments, db.summaries, db.trash, db.heads, db.journal];
  return db.transaction('rw', tables, async () => {
    const record = await db.assessments.get(id);
    if (!record) return false;
    await db.trash.put({ id, deletedAt: now.toISOString(), record });
    await db.assessments.delete(id);
    await db.summaries.delete(id);
    await forgetJournal(id, seq);
    return true;
  });
}

/** Brings an assessment back from the trash (migrated and validated like any stored record). */
export async function restoreFromTrash(id: string): Promise<Assessment> {
  const db = getDb();
  const { parseStored } = await recordSchemas();
  return db.transaction('rw', [db.assessments, db.summaries, db.trash], async () => {
    const entry = await db.trash.get(id);
    if (!entry) throw new Error('Not in the trash');
    const parsed = parseStored(entry.record);
    if (!parsed.ok) throw new Error(parsed.error);
    if (await db.assessments.get(id))
      throw new Error('An assessment with this id is already on the list');
    await db.assessments.put(structuredClone(parsed.assessment));
    await db.summaries.put(summarize(parsed.assessment));
    await db.trash.delete(id);
    return parsed.assessment;
  });
}

export interface TrashProblem {
  id: string;
  error: string;
  raw: unknown;
}

/**
 * Trashed assessments, newest deletion first. Records that no longer parse are listed apart, as
 * `problems`, and left where they are.
 */
export async function listTrash(): Promise<{ items: TrashItem[]; problems: TrashProblem[] }> {
  const rows = await getDb().trash.orderBy('deletedAt').reverse().toArray();
  const items: TrashItem[] = [];
  const problems: TrashProblem[] = [];
  if (rows.length === 0) return { items, problems };
  const { parseStored } = await recordSchemas();
  for (const r of rows) {
    const parsed = parseStored(r.record);
    if (parsed.ok) items.push({ assessment: parsed.assessment, deletedAt: r.deletedAt });
    else problems.push({ id: r.id, error: parsed.error, raw: r });
  }
  return { items, problems };
}

export async function emptyTrash(): Promise<void> {
  const db = getDb();
  await db.transaction('rw', [db.trash, db.heads, db.journal, db.versions], async () => {
    const ids = await db.trash.toCollection().primaryKeys();
    for (const id of ids) await forgetJournal(id);
    await deleteVersionsOf(ids);
    await db.trash.clear();
  });
}

/** Deletes for good what has been in the trash longer than TRASH_DAYS. Returns how many. */
export async function purgeTrash(now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - TRASH_DAYS * DAY_MS).toISOString();
  const db = getDb();
  return db.transaction('rw', [db.trash, db.versions], async () => {
    const old = db.trash.where('deletedAt').below(cutoff);
    await deleteVersionsOf(await old.primaryKeys());
    return old.delete();
  });
}

// ---------------------------------------------------------------------------------------------
// Last backup

export async function readLastBackupAt(): Promise<string | undefined> {
  const row = await getDb().meta.get(LAST_BACKUP_KEY);
  const value = row?.value;
  return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : undefined;
}

export async function writeLastBackupAt(at: string): Promise<void> {
  await getDb().meta.put({ key: LAST_BACKUP_KEY, value: at });
}

/** Reads one stored assessment (for other tabs' changes); undefined when gone or unreadable. */
export async function readAssessment(id: string): Promise<Assessment | undefined> {
  const row = await getDb().assessments.get(id);
  if (!row) return undefined;
  const { parseStored } = await recordSchemas();
  const parsed = parseStored(row);
  return parsed.ok ? parsed.assessment : undefined;
}

export interface StorageEstimate {
  usage: number;
  quota: number;
}

export async function readStorageEstimate(): Promise<StorageEstimate | undefined> {
  try {
    if (!navigator.storage?.estimate) return undefined;
    const { usage, quota } = await navigator.storage.estimate();
    return usage === undefined || quota === undefined ? undefined : { usage, quota };
  } catch {
    return undefined;
  }
}
