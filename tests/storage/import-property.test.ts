import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Assessment } from '@/domain/assessment';
import { canonicalJson, fingerprint } from '@/domain/fingerprint';
import { buildPackage, parsePackage, planImport, serializePackage } from '@/domain/package';
import { loadAll, saveAssessment } from '@/storage/assessment-repository';
import { applyImportPlan } from '@/storage/backup';
import { EquityDb, getDb, setDbForTests } from '@/storage/db';
import { typicalAssessment } from '../fixtures/assessments';

let n = 0;
beforeEach(() => setDbForTests(new EquityDb(`property-test-${++n}`)));
afterEach(async () => {
  await getDb().delete();
  setDbForTests(undefined);
});

const existing = typicalAssessment();
const incomingNew: Assessment = {
  ...typicalAssessment(),
  id: '0b6f2a9c-3333-4c39-9d0c-3b7e1f2a9c11',
  readableId: 'EQ-2026-1DQJ-N71K',
};
const incomingChanged: Assessment = {
  ...existing,
  updatedAt: '2026-03-31T00:00:00.000Z',
  meta: { ...existing.meta, division: 'From the file' },
};

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Path = (string | number)[];

/** Every path to a value in a JSON tree. */
function paths(value: unknown, prefix: Path = []): Path[] {
  const out: Path[] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value !== null && typeof value === 'object')
    for (const k of Object.keys(value)) out.push(...paths(Reflect.get(value, k), [...prefix, k]));
  return out;
}

function setAt(root: unknown, path: Path, replacement: Json | undefined): unknown {
  if (path.length === 0) return replacement;
  const copy: unknown = structuredClone(root);
  let node: unknown = copy;
  for (const key of path.slice(0, -1)) {
    // An earlier mutation may have replaced a parent with a plain value: nothing left to change.
    if (typeof node !== 'object' || node === null) return copy;
    node = Reflect.get(node, key);
  }
  const last = path[path.length - 1];
  if (typeof node === 'object' && node !== null && last !== undefined) {
    if (replacement === undefined) Reflect.deleteProperty(node, last);
    else Reflect.set(node, last, replacement);
  }
  return copy;
}

const jsonValue: fc.Arbitrary<Json | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom<Json>(
    null,
    true,
    false,
    0,
    -1,
    1.5,
    '',
    'x',
    'EQ-2026-0001',
    '2026-13-45',
    [],
    {},
  ),
  fc.string({ maxLength: 30 }),
  fc.integer(),
  fc.json().map((s): Json => JSON.parse(s)),
);

/** Fingerprints computed again after mutating, so content problems get past the integrity check. */
async function refingerprint(pkg: unknown): Promise<unknown> {
  if (typeof pkg !== 'object' || pkg === null) return pkg;
  const entries: unknown = Reflect.get(pkg, 'assessments');
  if (!Array.isArray(entries)) return pkg;
  for (const e of entries) {
    if (typeof e === 'object' && e !== null)
      Reflect.set(e, 'fingerprint', await fingerprint(Reflect.get(e, 'assessment')));
  }
  return pkg;
}

async function stateOfDb(): Promise<string> {
  const rows = await getDb().assessments.toArray();
  return canonicalJson(rows.sort((a, b) => a.id.localeCompare(b.id)));
}

describe('importing any mutation of a valid package', () => {
  it('either imports cleanly or is rejected with a message, and never writes part of it', async () => {
    const base: unknown = JSON.parse(
      serializePackage(
        await buildPackage([incomingNew, incomingChanged], {
          appVersion: '0.1.0',
          now: new Date(),
        }),
      ),
    );
    const allPaths = paths(base);
    await saveAssessment(existing);
    const seen = { imported: 0, rejected: 0 };

    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom(...allPaths), jsonValue), { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        fc.constantFrom('keepBoth', 'replaceIfNewer', 'skip') as fc.Arbitrary<
          'keepBoth' | 'replaceIfNewer' | 'skip'
        >,
        fc.option(fc.nat({ max: 4000 }), { nil: undefined }),
        async (mutations, fixPrints, choice, truncateAt) => {
          await getDb().assessments.clear();
          await saveAssessment(existing);
          const before = await stateOfDb();

          let mutated = base;
          for (const [path, value] of mutations) mutated = setAt(mutated, path, value);
          if (fixPrints) mutated = await refingerprint(mutated);
          let text = JSON.stringify(mutated) ?? '';
          if (truncateAt !== undefined) text = text.slice(0, truncateAt);

          const result = await parsePackage(text);
          if (!result.ok) {
            seen.rejected += 1;
            expect(result.messageKey).toMatch(/^backup\.errors\.\w+$/);
            expect(await stateOfDb()).toBe(before);
            return;
          }
          const now = (await loadAll()).assessments;
          const plan = planImport(
            now,
            result.package.assessments.map((e) => e.assessment),
            choice,
            {
              now: new Date(),
              newId: () => crypto.randomUUID(),
              copySuffix: '(copy)',
            },
          );
          const written = await applyImportPlan(plan);
          seen.imported += 1;
          const after = (await loadAll()).assessments;
          expect(after.length).toBe(1 + plan.counts.new);
          for (const w of written) expect(after).toContainEqual(w.assessment);
        },
      ),
      {
        numRuns: 150,
        // Besides the random runs, one harmless edit that must import and one cut file that must
        // not, so both paths are always exercised whatever the random seed.
        examples: [
          [
            [[['assessments', 0, 'assessment', 'q1', 'history'], 'Edited history']],
            true,
            'keepBoth',
            undefined,
          ],
          [[[['appVersion'], '0.1.0']], false, 'skip', 10],
        ],
      },
    );
    // Both paths are exercised, not just the rejections.
    expect(seen.imported).toBeGreaterThan(0);
    expect(seen.rejected).toBeGreaterThan(0);
  }, 60_000);

  it('rolls back completely when the device rejects a write part-way', async () => {
    await saveAssessment(existing);
    const before = await stateOfDb();
    const text = serializePackage(
      await buildPackage([incomingNew, incomingChanged], { appVersion: '0.1.0', now: new Date() }),
    );
    const result = await parsePackage(text);
    if (!result.ok) throw new Error('valid package rejected');
    const plan = planImport(
      [existing],
      result.package.assessments.map((e) => e.assessment),
      'keepBoth',
      {
        now: new Date(),
        newId: () => crypto.randomUUID(),
        copySuffix: '(copy)',
      },
    );
    const table = getDb().assessments;
    const realPut = table.put.bind(table);
    let calls = 0;
    vi.spyOn(table, 'put').mockImplementation((...args) => {
      calls += 1;
      if (calls === 2) throw new DOMException('full', 'QuotaExceededError');
      return realPut(...args);
    });
    await expect(applyImportPlan(plan)).rejects.toThrow();
    vi.restoreAllMocks();
    expect(await stateOfDb()).toBe(before);
  });
});
