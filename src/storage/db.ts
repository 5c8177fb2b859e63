import Dexie, { type Table } from 'dexie';

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

export class EquityDb extends Dexie {
  assessments!: Table<StoredRecord, string>;
  trash!: Table<TrashRecord, string>;
  meta!: Table<MetaRecord, string>;
  legacy!: Table<LegacyRecord, string>;

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
