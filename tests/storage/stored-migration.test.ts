import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AssessmentSchema } from '@/domain/assessment';
import { parsePackage } from '@/domain/package';
import { loadAll } from '@/storage/assessment-repository';
import { EquityDb, getDb, setDbForTests } from '@/storage/db';
import packageV1 from '../fixtures/package-v1.json';
import storedV1 from '../fixtures/stored-v1.json';

/** Every released stored shape, frozen as written by that version of the app. */
const STORED_FIXTURES: Record<string, unknown> = { 'stored-v1.json': storedV1 };

/** A fixture holds one stored record, or a list of them. */
function fixture(name: string): unknown[] {
  const parsed = STORED_FIXTURES[name];
  return Array.isArray(parsed) ? parsed : [parsed];
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
    for (const r of records) await getDb().assessments.put(AssessmentSchema.loose().parse(r));
    const { assessments, problems } = await loadAll();
    expect(problems).toEqual([]);
    expect(assessments).toHaveLength(records.length);
  });
});

describe('rewriting migrated records', () => {
  it('keeps the original of a record of an older shape next to the migrated one', async () => {
    const [first] = fixture('stored-v1.json');
    // The first shape was allowed to lack the field: it is written back with it.
    const parsed = AssessmentSchema.loose().parse(first);
    const legacy = { ...parsed, schemaVersion: undefined };
    await getDb().assessments.put(legacy);
    const { assessments } = await loadAll();
    expect(assessments[0]?.schemaVersion).toBe(1);
    const stored = await getDb().assessments.get(legacy.id);
    expect(stored?.schemaVersion).toBe(1);
    const kept = await getDb().legacy.where('id').equals(legacy.id).toArray();
    expect(kept.map((k) => k.record)).toEqual([legacy]);
  });

  it('leaves current records alone', async () => {
    const [first] = fixture('stored-v1.json');
    await getDb().assessments.put(AssessmentSchema.loose().parse(first));
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
