import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AssessmentSchema, SECTION_KEYS, type Assessment } from '@/domain/assessment';
import { TRIAGE } from '@/domain/questions';
import { canonicalJson } from '@/domain/fingerprint';
import { migrate } from '@/domain/migrations';
import { readableIdFor } from '@/domain/readable-id';
import packageV1 from '../fixtures/package-v1.json';
import storedV1 from '../fixtures/stored-v1.json';
import { stressAssessment, typicalInput } from '../fixtures/assessments';

/**
 * Stored data loads exactly as before the schema was derived from the questions description:
 * every fixture parses to the same canonical JSON (sorted keys, the bytes the fingerprint hashes)
 * as the hand-written schema of version 1 gave. The expected hashes were written once by that
 * schema (`WRITE_SCHEMA_GOLDEN=1`); never regenerate them to make this test pass.
 *
 * Fields added since, each with a default that old records get when read, are listed in
 * `withoutAdditions`: everything else must stay exactly as it was.
 */
const GOLDEN = resolve(process.cwd(), 'tests/fixtures/parsed-golden.json');

const minimal = {
  schemaVersion: 1,
  id: '0b7c2f0e-4d1a-4a57-9d55-0f5c8e2b6a10',
  readableId: 'EQ-2026-0007',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

/** The shared fixtures as they were written in shape 1, with the readable ids of that shape. */
function asShape1(a: object, readableId: string): Record<string, unknown> {
  return { ...a, schemaVersion: 1, readableId };
}

function inputs(): Record<string, unknown> {
  const out: Record<string, unknown> = {
    typical: asShape1(typicalInput(), 'EQ-2026-0042'),
    stress: asShape1(stressAssessment(), 'EQ-2026-0999'),
    minimal,
    'stored-v1': storedV1,
  };
  packageV1.assessments.forEach((p, i) => (out[`package-v1#${i}`] = p.assessment));
  return out;
}

/** The parsed record without the fields added after the golden hashes were written. */
function withoutAdditions(a: Assessment): unknown {
  const { checkNotes, depth, formerReadableIds, ...rest } = a;
  // Shape 2 gave readable ids that follow from the UUID and kept the old one: put it back.
  expect(formerReadableIds).toHaveLength(1);
  expect(rest.schemaVersion).toBe(2);
  expect(rest.readableId).toBe(readableIdFor(rest.id, Number(rest.readableId.slice(3, 7))));
  const shape1 = { ...rest, schemaVersion: 1, readableId: formerReadableIds[0] };
  expect(checkNotes).toEqual({}); // no fixture has any yet: they are the added default
  // Depth (Quick or Full) came later: no choice and no triage answer, so old records run Full.
  expect(depth).toEqual({ chosen: '', triage: Object.fromEntries(TRIAGE.map((q) => [q.id, ''])) });
  const copy = structuredClone(shape1);
  for (const key of SECTION_KEYS) {
    for (const entry of Object.values(copy[key].notKnown)) {
      // "Not known yet" gained a due date, '' in every record written before it.
      expect(entry.date).toBe('');
      Reflect.deleteProperty(entry, 'date');
    }
  }
  return copy;
}

const hash = (s: string) => createHash('sha256').update(s).digest('hex');

function parsedHashes(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(inputs()).map(([name, raw]) => [
      name,
      hash(canonicalJson(withoutAdditions(AssessmentSchema.parse(migrate(raw))))),
    ]),
  );
}

describe('stored data parses byte for byte as before', () => {
  it('gives every fixture the same canonical JSON as the version 1 schema', () => {
    const actual = parsedHashes();
    if (process.env.WRITE_SCHEMA_GOLDEN === '1') {
      writeFileSync(GOLDEN, `${JSON.stringify(actual, null, 2)}\n`);
    }
    const expected: unknown = JSON.parse(readFileSync(GOLDEN, 'utf8'));
    expect(actual).toEqual(expected);
  });

  it('keeps a parsed record unchanged when it is parsed again', () => {
    for (const raw of Object.values(inputs())) {
      const once = AssessmentSchema.parse(migrate(raw));
      expect(canonicalJson(AssessmentSchema.parse(once))).toBe(canonicalJson(once));
    }
  });
});
