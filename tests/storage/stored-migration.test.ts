import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AssessmentSchema } from '@/domain/assessment';
import { SCHEMA_VERSION } from '@/domain/constants';
import { migrate } from '@/domain/migrations';
import { parsePackage } from '@/domain/package';
import { loadAll } from '@/storage/assessment-repository';
import { EquityDb, getDb, setDbForTests, type StoredRecord } from '@/storage/db';
import packageV1 from '../fixtures/package-v1.json';
import storedV1 from '../fixtures/stored-v1.json';
import storedV2 from '../fixtures/stored-v2.json';

/** Every released stored shape, frozen as written by that version of the app. */
const STORED_FIXTURES: Record<string, unknown> = {
  'stored-v1.json': storedV1,
  'stored-v2.json': storedV2,
};

/** A fixture holds one stored record, or a list of them, exactly as that version stored them. */
function fixture(name: string): StoredRecord[] {
  const parsed = STORED_FIXTURES[name];
  return (Array.isArray(parsed) ? parsed : [parsed]).map((r) => structuredClone(r) as StoredRecord);
}

let n = 0;
beforeEach(() => setDbForTests(new EquityDb(`migration-test-${++n}`)));
afterEach(async () => {
  await getDb().delete();
  setDbForTests(undefined);
});

describe.each(Object.keys(STORED_FIXTURES))('stored shape %s', (name) => {
  it('opens, migrates and validates every record', async () => {
    const records = fixture(name);
    expect(records.length).toBeGreaterThan(0);
    for (const r of records) await getDb().assessments.put(r);
    const { assessments, problems } = await loadAll();
    expect(problems).toEqual([]);
    expect(assessments).toHaveLength(records.length);
  });
});

describe('rewriting migrated records', () => {
  it('keeps the original of a record of an older shape next to the migrated one', async () => {
    const [first] = fixture('stored-v1.json');
    // The first shape was allowed to lack the field: it is written back with it.
    const legacy = { ...first!, schemaVersion: undefined };
    await getDb().assessments.put(legacy);
    const { assessments } = await loadAll();
    expect(assessments[0]?.schemaVersion).toBe(SCHEMA_VERSION);
    const stored = await getDb().assessments.get(legacy.id);
    expect(stored?.schemaVersion).toBe(SCHEMA_VERSION);
    expect(stored?.readableId).toBe(assessments[0]?.readableId);
    expect(stored?.formerReadableIds).toEqual([first!.readableId]);
    const kept = await getDb().legacy.where('id').equals(legacy.id).toArray();
    expect(kept.map((k) => k.record)).toEqual([legacy]);
  });

  it('leaves current records alone', async () => {
    const [first] = fixture('stored-v1.json');
    await getDb().assessments.put(AssessmentSchema.parse(migrate(first)));
    await loadAll();
    expect(await getDb().legacy.count()).toBe(0);
  });
});

describe('package fixtures', () => {
  it('reads a version 1 package file', async () => {
    const r = await parsePackage(JSON.stringify(packageV1));
    expect(r.ok).toBe(true);
  });
});
