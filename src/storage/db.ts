import Dexie, { type Table } from 'dexie';
import type { AssessmentSummary } from '@/domain/summary';

export const DB_NAME = 'equity-decision-tool';

/**
 * One record per assessment, stored as plain JSON exactly as the schema outputs it. Records are
 * typed `unknown` on purpose: every read goes through migrate() and the zod schema.
 */
export interface StoredRecord {
  id: string;
  [key: string]: unknown;
}

/** A deleted assessment, kept for TRASH_DAYS: the record exactly as it was stored. */
export interface TrashRecord {
  id: string;
  /** ISO date-time of the deletion. */
  deletedAt: string;
  record: StoredRecord;
}

/** Small facts about this device's data (the last backup time…). */
export interface MetaRecord {
  key: string;
  value: unknown;
}

/**
 * An original record kept when opening it migrated it to a newer shape: written in the same
 * transaction as the migrated record, so the original is never lost before the new one exists.
 */
export interface LegacyRecord {
  /** `<id>@v<schemaVersion>` */
  key: string;
  id: string;
  fromVersion: number;
  keptAt: string;
  record: StoredRecord;
}

/**
 * One change not yet compacted into its assessment's record (the write-ahead journal): the
 * top-level fields it changed (a whole section, the status…), or the whole assessment when it was
 * created. `seq` counts the changes of one assessment; see write-ahead-journal.ts.
 */
export interface JournalRecord {
  id: string;
  seq: number;
  /** The changed top-level fields; with `whole`, the whole assessment. */
  patch: Record<string, unknown>;
  whole: boolean;
  at: string;
}

/**
 * The sequence number of the last change an assessment's stored record holds, or that its deletion
 * or an import covered: a journal entry or crash copy at or below it is older than what is stored.
 */
export interface HeadRecord {
  id: string;
  seq: number;
}

/** An exported version, kept read-only (storage/versions.ts). `record` is the stored assessment. */
export interface VersionRecord {
  id: string;
  version: number;
  exportedAt: string;
  contentFingerprint: string;
  record: StoredRecord;
}

/** A submitted version opened by a reviewer: the assessment as received, read-only. */
export interface SubmissionRecord {
  assessmentId: string;
  version: number;
  /** SHA-256 of the received record (the PDF's fingerprint). */
  fingerprint: string;
  receivedAt: string;
  record: StoredRecord;
}

/** A review (domain/review.ts), kept by the reviewer who writes it and by the author who gets it back. */
export interface ReviewRecord {
  id: string;
  assessmentId: string;
  version: number;
  [key: string]: unknown;
}

/** Something that could not be read at start (a crash copy, a journal entry), kept for help desks. */
export interface SetAsideRecord {
  key?: number;
  source: 'crashCopy' | 'journal';
  keptAt: string;
  error: string;
  raw: unknown;
}

/**
 * The list facts of one assessment (see domain/summary.ts), written in the same transaction as its
 * record: the list loads these at start, the record only when the assessment is opened.
 */
export type SummaryRecord = AssessmentSummary;

/** The tables of version 3, which later versions extend. */
const V3_STORES = {
  assessments: 'id, updatedAt',
  trash: 'id, deletedAt',
  meta: 'key',
  legacy: 'key, id',
  journal: '[id+seq], id',
  heads: 'id',
  setAside: '++key',
};

export class EquityDb extends Dexie {
  assessments!: Table<StoredRecord, string>;
  trash!: Table<TrashRecord, string>;
  meta!: Table<MetaRecord, string>;
  legacy!: Table<LegacyRecord, string>;
  journal!: Table<JournalRecord, [string, number]>;
  heads!: Table<HeadRecord, string>;
  setAside!: Table<SetAsideRecord, number>;
  versions!: Table<VersionRecord, [string, number]>;
  submissions!: Table<SubmissionRecord, [string, number]>;
  reviews!: Table<ReviewRecord, string>;
  summaries!: Table<SummaryRecord, string>;

  constructor(name = DB_NAME) {
    super(name);
    // Released shapes: never edit a step, add the next one.
    this.version(1).stores({ assessments: 'id, updatedAt' });
    this.version(2).stores({
      assessments: 'id, updatedAt',
      trash: 'id, deletedAt',
      meta: 'key',
      legacy: 'key, id',
    });
    // Adds tables only: every stored record loads as before, no record is rewritten.
    this.version(3).stores(V3_STORES);
    // Adds the kept exported versions: nothing is rewritten.
    this.version(4).stores({ ...V3_STORES, versions: '[id+version], id' });
    // Adds the equity team's side: submissions opened for review, and reviews.
    this.version(5).stores({
      ...V3_STORES,
      versions: '[id+version], id',
      submissions: '[assessmentId+version], assessmentId',
      reviews: 'id, [assessmentId+version], assessmentId',
    });
    // Adds the list summaries. The first start after it builds one for every record already there
    // (loadSummaries rebuilds any that is missing), so the upgrade itself needs no record schema
    // and the home page does not load one.
    this.version(6).stores({
      ...V3_STORES,
      versions: '[id+version], id',
      submissions: '[assessmentId+version], assessmentId',
      reviews: 'id, [assessmentId+version], assessmentId',
      summaries: 'id',
    });
  }
}

let instance: EquityDb | undefined;
export function getDb(): EquityDb {
  instance ??= new EquityDb();
  return instance;
}

/** Tests use a fresh database each time. */
export function setDbForTests(db: EquityDb | undefined): void {
  instance = db;
}
