import { describe, expect, it } from 'vitest';
import type { Assessment } from '@/domain/assessment';
import { fingerprint } from '@/domain/fingerprint';
import { readableIdFor } from '@/domain/readable-id';
import {
  PACKAGE_FORMAT_NAME,
  PACKAGE_FORMAT_VERSION,
  buildPackage,
  parsePackage,
  planImport,
  serializePackage,
  type PackageResult,
} from '@/domain/package';
import { typicalAssessment } from '../fixtures/assessments';

const NOW = new Date('2026-04-01T10:00:00.000Z');
let counter = 0;
const opts = {
  now: NOW,
  newId: () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`,
  copySuffix: '(imported copy)',
};

function other(overrides: Partial<Assessment> = {}): Assessment {
  const a = typicalAssessment();
  return {
    ...a,
    id: '9b2f7a3e-5b4d-4e8f-9a6b-1c2d3e4f5a60',
    readableId: 'EQ-2026-KCQQ-MFJV',
    ...overrides,
  };
}

async function packageText(list: Assessment[]): Promise<string> {
  return serializePackage(await buildPackage(list, { appVersion: '0.1.0', now: NOW }));
}

function errorOf(r: PackageResult) {
  if (r.ok) throw new Error('expected an error');
  return r.error;
}

describe('parsePackage', () => {
  it('reads back what buildPackage wrote, fingerprints included', async () => {
    const a = typicalAssessment();
    const r = await parsePackage(await packageText([a, other()]));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.package.formatName).toBe(PACKAGE_FORMAT_NAME);
    expect(r.package.assessments.map((e) => e.assessment)).toEqual([a, other()]);
    expect(r.package.assessments[0]?.fingerprint).toBe(await fingerprint(a));
  });

  it('says a blank file is empty', async () => {
    expect(errorOf(await parsePackage('  \n')).kind).toBe('empty');
  });

  it('says a package with no assessments is empty', async () => {
    expect(errorOf(await parsePackage(await packageText([]))).kind).toBe('empty');
  });

  it('says text that is not JSON is not JSON', async () => {
    const r = await parsePackage('{"formatName": ');
    expect(errorOf(r).kind).toBe('notJson');
    expect(r.ok ? '' : r.messageKey).toBe('backup.errors.notJson');
  });

  it('says other JSON is not a package', async () => {
    for (const text of ['[]', '42', 'null', '{"hello":1}', JSON.stringify(typicalAssessment())]) {
      expect(errorOf(await parsePackage(text)).kind).toBe('notPackage');
    }
  });

  it('says a newer format is newer', async () => {
    const text = JSON.stringify({
      formatName: PACKAGE_FORMAT_NAME,
      formatVersion: PACKAGE_FORMAT_VERSION + 1,
      whatever: true,
    });
    expect(errorOf(await parsePackage(text))).toEqual({
      kind: 'newerFormat',
      formatVersion: PACKAGE_FORMAT_VERSION + 1,
    });
  });

  it('says an assessment of a newer shape is a newer format', async () => {
    const a = { ...typicalAssessment(), schemaVersion: 99 };
    const text = JSON.stringify({
      formatName: PACKAGE_FORMAT_NAME,
      formatVersion: 1,
      appVersion: 'x',
      exportedAt: NOW.toISOString(),
      assessments: [{ fingerprint: await fingerprint(a), assessment: a }],
    });
    expect(errorOf(await parsePackage(text)).kind).toBe('newerFormat');
  });

  it('rejects a file over the limit before reading it', async () => {
    const text = await packageText([typicalAssessment()]);
    expect(errorOf(await parsePackage(text, { maxBytes: 100 }))).toMatchObject({
      kind: 'tooLarge',
      maxBytes: 100,
    });
  });

  it('names the field and the assessment when content is invalid', async () => {
    const a = typicalAssessment();
    const bad = { ...a, q1: { ...a.q1, results: [{ id: '', result: 'x', indicator: 'y' }] } };
    const text = JSON.stringify({
      formatName: PACKAGE_FORMAT_NAME,
      formatVersion: 1,
      appVersion: 'x',
      exportedAt: NOW.toISOString(),
      assessments: [{ fingerprint: await fingerprint(bad), assessment: bad }],
    });
    expect(errorOf(await parsePackage(text))).toEqual({
      kind: 'invalidContent',
      part: 'assessments',
      position: 1,
      label: `${a.readableId} ${a.meta.title}`,
      field: 'q1.results[0].id',
      problem: 'missing',
    });
  });

  it('says a changed assessment does not match its fingerprint', async () => {
    const text = (await packageText([typicalAssessment()])).replace(
      'Senior Housing Planner',
      'Planner',
    );
    expect(errorOf(await parsePackage(text))).toMatchObject({ kind: 'damaged', position: 1 });
  });

  it('rejects two assessments with the same id', async () => {
    const a = typicalAssessment();
    const text = await packageText([a, { ...a, meta: { ...a.meta, division: 'Another' } }]);
    expect(errorOf(await parsePackage(text))).toMatchObject({ kind: 'duplicateId', position: 2 });
  });

  it('accepts a byte order mark', async () => {
    const r = await parsePackage(`\uFEFF${await packageText([typicalAssessment()])}`);
    expect(r.ok).toBe(true);
  });
});

describe('planImport', () => {
  const a = typicalAssessment();

  it('imports assessments that are not here as new', () => {
    const plan = planImport([], [a], 'skip', opts);
    expect(plan.items).toEqual([{ action: 'new', assessment: a }]);
    expect(plan.counts).toEqual({ new: 1, replaced: 0, skipped: 0 });
  });

  it('skips an assessment that is already here unchanged, whatever the choice', () => {
    for (const choice of ['keepBoth', 'replaceIfNewer', 'skip'] as const) {
      const plan = planImport([a], [structuredClone(a)], choice, opts);
      expect(plan.items[0]).toMatchObject({ action: 'skip', reason: 'identical' });
      expect(plan.conflicts).toBe(0);
    }
  });

  it('replaces only when the file is newer', () => {
    const newer = {
      ...a,
      updatedAt: '2026-03-20T00:00:00.000Z',
      meta: { ...a.meta, division: 'New' },
    };
    const older = {
      ...a,
      updatedAt: '2026-01-01T00:00:00.000Z',
      meta: { ...a.meta, division: 'Old' },
    };
    expect(planImport([a], [newer], 'replaceIfNewer', opts).items[0]).toEqual({
      action: 'replace',
      assessment: newer,
      replaces: a,
    });
    expect(planImport([a], [older], 'replaceIfNewer', opts).items[0]).toMatchObject({
      action: 'skip',
      reason: 'notNewer',
    });
  });

  it('skips a conflicting assessment when asked to', () => {
    const changed = { ...a, meta: { ...a.meta, division: 'Changed' } };
    const plan = planImport([a], [changed], 'skip', opts);
    expect(plan.items[0]).toMatchObject({ action: 'skip', reason: 'chosen' });
    expect(plan.conflicts).toBe(1);
    expect(plan.counts.skipped).toBe(1);
  });

  it('keeps both with a new id, the readable id that follows from it, and the title marked as a copy', () => {
    const changed = { ...a, meta: { ...a.meta, division: 'Changed' } };
    const plan = planImport([a, other()], [changed], 'keepBoth', opts);
    const item = plan.items[0];
    expect(item?.action).toBe('copy');
    if (item?.action !== 'copy') return;
    expect(item.originalId).toBe(a.id);
    expect(item.assessment.id).not.toBe(a.id);
    expect(item.assessment.readableId).toBe(readableIdFor(item.assessment.id, NOW.getFullYear()));
    expect(item.assessment.readableId).not.toBe(a.readableId);
    expect(item.assessment.meta.title).toBe(`${a.meta.title} (imported copy)`);
    expect(item.assessment.meta.division).toBe('Changed');
    expect(plan.counts.new).toBe(1);
  });

  it('never renumbers: an assessment from another device keeps its readable id', () => {
    const incoming = other();
    const item = planImport([a], [incoming], 'skip', opts).items[0];
    expect(item).toEqual({ action: 'new', assessment: incoming });
  });

  it('tells the same assessment by its id, not by its readable id', () => {
    // Same UUID, edited on another device: a conflict, not a new assessment.
    const edited = { ...a, meta: { ...a.meta, division: 'Edited elsewhere' } };
    expect(planImport([a], [edited], 'skip', opts).conflicts).toBe(1);
  });

  it('keeps a copied title within the length limit', () => {
    const long = { ...a, meta: { ...a.meta, title: 'x'.repeat(2000) } };
    const existing = { ...long, meta: { ...long.meta, division: 'Here' } };
    const item = planImport([existing], [long], 'keepBoth', opts).items[0];
    expect(item?.assessment.meta.title.length).toBeLessThanOrEqual(2000);
    expect(item?.assessment.meta.title.endsWith('(imported copy)')).toBe(true);
  });
});
