import { recordSchemas } from '@/domain/record-schemas';
import type { VersionSnapshot } from '@/domain/versions';
import { getDb } from './db';

/**
 * Exported versions, kept read-only: one row per assessment and version, written when the version
 * is exported and never changed after. Rows are read through migrate() and the schema like every
 * stored record; a row that no longer parses is left out (and left where it is).
 */
export async function putVersion(snapshot: VersionSnapshot): Promise<void> {
  await getDb().versions.put({
    id: snapshot.id,
    version: snapshot.version,
    exportedAt: snapshot.exportedAt,
    contentFingerprint: snapshot.contentFingerprint,
    record: structuredClone(snapshot.assessment),
  });
}

type ParseStored = Awaited<ReturnType<typeof recordSchemas>>['parseStored'];

function toSnapshot(
  parseStored: ParseStored,
  row: {
    id: string;
    version: number;
    exportedAt: string;
    contentFingerprint: string;
    record: unknown;
  },
): VersionSnapshot | undefined {
  const parsed = parseStored(row.record);
  if (!parsed.ok) return undefined;
  return {
    id: row.id,
    version: row.version,
    exportedAt: row.exportedAt,
    contentFingerprint: row.contentFingerprint,
    assessment: parsed.assessment,
  };
}

/** Every kept version of one assessment, newest first. */
export async function listVersions(id: string): Promise<VersionSnapshot[]> {
  const rows = await getDb()
    .versions.where('[id+version]')
    .between([id, 0], [id, Number.MAX_SAFE_INTEGER])
    .reverse()
    .toArray();
  const { parseStored } = await recordSchemas();
  return rows
    .map((r) => toSnapshot(parseStored, r))
    .filter((s): s is VersionSnapshot => s !== undefined);
}

/** Every kept version of these assessments (for a backup), oldest first per assessment. */
export async function listVersionsOf(ids: readonly string[]): Promise<VersionSnapshot[]> {
  if (ids.length === 0) return [];
  const rows = await getDb().versions.where('id').anyOf(ids).toArray();
  const { parseStored } = await recordSchemas();
  return rows
    .map((r) => toSnapshot(parseStored, r))
    .filter((s): s is VersionSnapshot => s !== undefined)
    .sort((a, b) => a.id.localeCompare(b.id) || a.version - b.version);
}

export async function latestVersion(id: string): Promise<VersionSnapshot | undefined> {
  return (await listVersions(id))[0];
}

export async function readVersion(
  id: string,
  version: number,
): Promise<VersionSnapshot | undefined> {
  const row = await getDb().versions.get([id, version]);
  return row ? toSnapshot((await recordSchemas()).parseStored, row) : undefined;
}

/** Forgets the versions of assessments deleted for good. */
export async function deleteVersionsOf(ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await getDb().versions.where('id').anyOf(ids).delete();
}
