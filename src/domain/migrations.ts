import { AssessmentSchema, type Assessment } from './assessment';
import { SCHEMA_VERSION } from './constants';
import { legacyYear, readableIdFor } from './readable-id';

/**
 * Brings any stored or imported shape up to the current one. Each released shape gets a step here
 * (and a fixture in tests/fixtures/stored-v<N>.json); never edit a released step.
 */
type Step = (record: Record<string, unknown>) => Record<string, unknown>;
const STEPS: Record<number, Step> = {
  // 1 → 2: readable ids unique across devices. `EQ-2026-0001` (a per-device counter) becomes the id
  // that follows from the record's UUID and the same year; the old one is kept for search. The same
  // record migrates to the same id on every device, so backups and links by UUID keep working.
  1: (r) => {
    const old = r.readableId;
    const year = typeof old === 'string' ? legacyYear(old) : undefined;
    if (typeof old !== 'string' || year === undefined || typeof r.id !== 'string') {
      return { ...r, schemaVersion: 2 };
    }
    let readableId: string;
    try {
      readableId = readableIdFor(r.id, year);
    } catch {
      return { ...r, schemaVersion: 2 }; // not a UUID: the schema says so
    }
    return { ...r, schemaVersion: 2, readableId, formerReadableIds: [old] };
  },
};

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly reason: 'notObject' | 'newer' | 'unknownVersion',
  ) {
    super(message);
  }
}

export function migrate(raw: unknown): Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new MigrationError('Not an assessment record', 'notObject');
  }
  let record = { ...(raw as Record<string, unknown>) };
  let version = typeof record.schemaVersion === 'number' ? record.schemaVersion : 1;
  if (version > SCHEMA_VERSION) {
    throw new MigrationError(`Made by a newer version of this app (shape ${version})`, 'newer');
  }
  while (version < SCHEMA_VERSION) {
    const step = STEPS[version];
    if (!step) throw new MigrationError(`No migration from shape ${version}`, 'unknownVersion');
    record = step(record);
    version += 1;
  }
  return { ...record, schemaVersion: SCHEMA_VERSION };
}

export type ParseResult = { ok: true; assessment: Assessment } | { ok: false; error: string };

/** migrate() then validate with the one schema: the way every stored or imported record is read. */
export function parseStored(raw: unknown): ParseResult {
  try {
    const result = AssessmentSchema.safeParse(migrate(raw));
    if (result.success) return { ok: true, assessment: result.data };
    const first = result.error.issues[0];
    return {
      ok: false,
      error: first ? `${first.path.join('.') || 'record'}: ${first.message}` : 'invalid',
    };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
