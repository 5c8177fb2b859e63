import Dexie, { type Table } from 'dexie';

/** Change only together with a Dexie version step below (and a test of the upgrade). */
export const DB_NAME = 'equity-decision-tool';
export const DB_VERSION = 1;

/**
 * One record per assessment, stored as plain JSON exactly as the schema outputs it. Records are
 * typed `unknown` on purpose: every read goes through migrate() and the zod schema.
 */
export interface StoredRecord {
  id: string;
  [key: string]: unknown;
}

export class EquityDb extends Dexie {
  assessments!: Table<StoredRecord, string>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(DB_VERSION).stores({ assessments: 'id, updatedAt' });
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
