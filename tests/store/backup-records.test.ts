import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Assessment } from '@/domain/assessment';
import { fingerprint } from '@/domain/fingerprint';
import {
  PACKAGE_FORMAT_NAME,
  buildPackage,
  parsePackage,
  planImport,
  serializePackage,
  type AssessmentPackage,
  type ConflictChoice,
  type PackageResult,
} from '@/domain/package';
import { newReview, type Review } from '@/domain/review';
import { contentFingerprint, planExport } from '@/domain/versions';
import { loadAll, saveAssessment } from '@/storage/assessment-repository';
import { applyImportPlan } from '@/storage/backup';
import { EquityDb, getDb, setDbForTests } from '@/storage/db';
import { listReviews, listSubmissions, putReview, putSubmission } from '@/storage/reviews';
import { latestVersion, listVersions, putVersion, readVersion } from '@/storage/versions';
import { backupRecords, readRecordsOnDevice } from '@/store/backup-records';
import { listSubmissionsWithReviews } from '@/store/review-store';
import packageV1 from '../fixtures/package-v1.json';
import { typicalAssessment } from '../fixtures/assessments';

const NOW = new Date('2026-04-01T10:00:00.000Z');
const planOpts = { now: NOW, newId: () => crypto.randomUUID(), copySuffix: '(copy)' };

let n = 0;
const dbs: EquityDb[] = [];
/** A device of its own: a fresh database. */
function device(): void {
  const db = new EquityDb(`backup-records-test-${++n}`);
  dbs.push(db);
  setDbForTests(db);
}
beforeEach(device);
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
  setDbForTests(undefined);
});

/** The author's assessment at version 2, with both exported versions kept. */
function authored(): { current: Assessment; v1: Assessment; v2: Assessment } {
  const base = typicalAssessment();
  const v1: Assessment = {
    ...base,
    version: 1,
    status: 'submitted',
    lastExportedAt: '2026-02-01T00:00:00.000Z',
    updatedAt: '2026-02-01T00:00:00.000Z',
  };
  const v2: Assessment = {
    ...v1,
    version: 2,
    meta: { ...v1.meta, division: 'Second version' },
    lastExportedAt: '2026-03-01T00:00:00.000Z',
    updatedAt: '2026-03-01T00:00:00.000Z',
  };
  return { current: { ...v2, status: 'reviewed' }, v1, v2 };
}

/** A submission someone else sent this reviewer, with its review. */
function received(): { assessment: Assessment; review: Review } {
  const assessment: Assessment = {
    ...typicalAssessment(),
    id: '0b6f2a9c-3333-4c39-9d0c-3b7e1f2a9c11',
    readableId: 'EQ-2026-1DQJ-N71K',
    version: 3,
    status: 'submitted',
    lastExportedAt: '2026-03-05T00:00:00.000Z',
  };
  const review: Review = {
    ...newReview({
      id: '5d0c7e21-8f3a-4b6e-9c1d-2e3f4a5b6c7d',
      assessmentId: assessment.id,
      readableId: assessment.readableId,
      version: 3,
      assessmentFingerprint: 'a'.repeat(64),
      submittedAt: '2026-03-05T00:00:00.000Z',
      now: new Date('2026-03-06T00:00:00.000Z'),
    }),
    scores: { A: 3, B: 4 },
    reviewerName: 'Trần Văn Bình',
  };
  return { assessment, review };
}

async function fillDevice() {
  const { current, v1, v2 } = authored();
  await saveAssessment(current);
  for (const [v, at] of [
    [v1, '2026-02-01T00:00:00.000Z'],
    [v2, '2026-03-01T00:00:00.000Z'],
  ] as const) {
    await putVersion({
      id: v.id,
      version: v.version,
      exportedAt: at,
      contentFingerprint: await contentFingerprint(v),
      assessment: v,
    });
  }
  // The review the author got back for version 2.
  const back = newReview({
    id: '1a2b3c4d-1111-4e5f-8a9b-0c1d2e3f4a5b',
    assessmentId: current.id,
    readableId: current.readableId,
    version: 2,
    assessmentFingerprint: await fingerprint(v2),
    submittedAt: null,
    now: new Date('2026-03-10T00:00:00.000Z'),
  });
  await putReview({ ...back, decision: 'returned', comments: [] });
  const { assessment, review } = received();
  await putSubmission({
    assessment,
    fingerprint: await fingerprint(assessment),
    receivedAt: '2026-03-05T12:00:00.000Z',
  });
  await putReview(review);
  return { current, v1, v2 };
}

async function backUpAll(): Promise<string> {
  const all = (await loadAll()).assessments;
  const records = await backupRecords(
    all.map((a) => a.id),
    true,
  );
  return serializePackage(await buildPackage(all, { appVersion: 'test', now: NOW }, records));
}

function read(r: PackageResult): AssessmentPackage {
  if (!r.ok) throw new Error(`not read: ${r.messageKey}`);
  return r.package;
}

async function importFile(text: string, choice: ConflictChoice = 'replaceIfNewer') {
  const pkg = read(await parsePackage(text));
  const plan = planImport(
    (await loadAll()).assessments,
    pkg.assessments.map((e) => e.assessment),
    choice,
    { ...planOpts, records: pkg, onDevice: await readRecordsOnDevice() },
  );
  await applyImportPlan(plan);
  return plan;
}

async function snapshotOfDevice() {
  const db = getDb();
  return {
    assessments: (await loadAll()).assessments,
    versions: await db.versions.toArray(),
    submissions: await db.submissions.toArray(),
    reviews: await db.reviews.toArray(),
  };
}

describe('a backup carries versions, submissions and reviews', () => {
  it('brings them all back on a fresh device, the versions re-exportable identically', async () => {
    const { current, v1, v2 } = await fillDevice();
    const before = await snapshotOfDevice();
    const portfolioBefore = await listSubmissionsWithReviews();
    const text = await backUpAll();

    device();
    expect((await loadAll()).assessments).toEqual([]);
    const plan = await importFile(text);
    expect(plan.counts.new).toBe(1);
    expect(plan.records.versions).toHaveLength(2);
    expect(plan.records.submissions).toHaveLength(1);
    expect(plan.records.reviews).toHaveLength(2);

    const after = await snapshotOfDevice();
    expect(after.assessments).toEqual([current]);
    expect(after.versions).toEqual(before.versions);
    expect(after.submissions).toEqual(before.submissions);
    expect(after.reviews.sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      before.reviews.sort((a, b) => a.id.localeCompare(b.id)),
    );
    // The kept versions read as before: the same records, the same PDF fingerprint.
    expect((await listVersions(current.id)).map((s) => s.assessment)).toEqual([v2, v1]);
    const kept = await readVersion(current.id, 1);
    expect(kept && (await fingerprint(kept.assessment))).toBe(await fingerprint(v1));
    // Exporting the unchanged assessment again gives the kept version, not a new one.
    const latest = await latestVersion(current.id);
    expect(
      planExport(current, await contentFingerprint(current), latest, NOW.toISOString()),
    ).toEqual({
      kind: 'same',
      snapshot: latest,
    });
    // The reviewer's portfolio has its row back, with its review.
    expect(await listSubmissionsWithReviews()).toEqual(portfolioBefore);
    expect(portfolioBefore).toHaveLength(1);
    expect(portfolioBefore[0]?.review?.reviewerName).toBe('Trần Văn Bình');
  });

  it('gives a copy kept with "Keep both" its own exported versions; the device’s assessment keeps its own', async () => {
    const { current, v1, v2 } = await fillDevice();
    const text = await backUpAll();
    // Another device holds the same assessment (same id), edited and exported there: its version 1.
    device();
    const theirs: Assessment = { ...v1, meta: { ...v1.meta, division: 'Exported elsewhere' } };
    await saveAssessment({ ...theirs, updatedAt: '2026-05-01T00:00:00.000Z' });
    await putVersion({
      id: theirs.id,
      version: 1,
      exportedAt: '2026-05-01T00:00:00.000Z',
      contentFingerprint: await contentFingerprint(theirs),
      assessment: theirs,
    });
    const plan = await importFile(text, 'keepBoth');
    const copy = plan.items.find((i) => i.action === 'copy')?.assessment;
    if (!copy) throw new Error('expected a copy');
    // The device's own assessment still has exactly its own version 1.
    const own = await listVersions(current.id);
    expect(own.map((v) => [v.version, v.assessment.meta.division])).toEqual([
      [1, 'Exported elsewhere'],
    ]);
    // The copy has the file's versions 1 and 2, as they were exported, under its own id.
    const copied = await listVersions(copy.id);
    expect(copied.map((v) => v.version)).toEqual([2, 1]);
    for (const [kept, original] of [
      [copied[0], v2],
      [copied[1], v1],
    ] as const) {
      expect(kept?.assessment.id).toBe(copy.id);
      expect(kept?.assessment.readableId).toBe(copy.readableId);
      expect(kept?.contentFingerprint).toBe(await contentFingerprint(original));
      expect(kept?.assessment.meta).toEqual(original.meta);
    }
    // Reviews stay with the id they were written for.
    expect((await listReviews()).every((r) => r.assessmentId !== copy.id)).toBe(true);
  });

  it('adds nothing when the same backup is imported twice', async () => {
    await fillDevice();
    const text = await backUpAll();
    device();
    await importFile(text);
    const once = await snapshotOfDevice();
    const again = await importFile(text);
    expect(again.counts).toEqual({ new: 0, replaced: 0, skipped: 1 });
    expect(again.records).toEqual({ versions: [], submissions: [], reviews: [] });
    expect(await snapshotOfDevice()).toEqual(once);
    expect(await listSubmissions()).toHaveLength(1);
    expect(await listSubmissionsWithReviews()).toHaveLength(1);
  });

  it('keeps the newer state of a review, whichever side it is on', async () => {
    await fillDevice();
    const text = await backUpAll();
    device();
    const { review } = received();
    const newer = {
      ...review,
      decision: 'accepted' as const,
      updatedAt: '2026-03-20T00:00:00.000Z',
    };
    await putReview(newer);
    await importFile(text);
    expect((await listReviews()).find((r) => r.id === review.id)).toEqual(newer);

    // The other way round: the file's review is newer than the one kept here.
    device();
    await putReview({ ...review, updatedAt: '2026-03-01T00:00:00.000Z', reviewerName: 'Old' });
    await importFile(text);
    expect((await listReviews()).find((r) => r.id === review.id)).toEqual(review);
  });

  it('writes nothing when a version, a submission or a review in the file is bad', async () => {
    await fillDevice();
    const good = JSON.parse(await backUpAll()) as Record<string, unknown[]>;
    const cases: [string, (p: Record<string, unknown[]>) => void, object][] = [
      [
        'a review with a made-up decision',
        (p) => {
          p['reviews'] = [{ ...(p['reviews']?.[0] as object), decision: 'maybe' }];
        },
        { kind: 'invalidContent', part: 'reviews', position: 1, field: 'decision' },
      ],
      [
        'a version changed after the backup',
        (p) => {
          const v = p['versions']?.[1] as { assessment: { meta: { title: string } } };
          v.assessment.meta.title = 'Changed';
        },
        { kind: 'damaged', part: 'versions', position: 2 },
      ],
      [
        'the same submission twice',
        (p) => {
          p['submissions'] = [p['submissions']?.[0], p['submissions']?.[0]];
        },
        { kind: 'duplicateId', part: 'submissions', position: 2 },
      ],
    ];
    device();
    for (const [, spoil, error] of cases) {
      const copy = structuredClone(good);
      spoil(copy);
      const r = await parsePackage(JSON.stringify(copy));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatchObject(error);
    }
    expect(await snapshotOfDevice()).toEqual({
      assessments: [],
      versions: [],
      submissions: [],
      reviews: [],
    });
  });

  it('reads a format 2 file that holds only a reviewer’s submissions and reviews', async () => {
    await fillDevice();
    const records = await backupRecords([], true);
    const text = serializePackage(await buildPackage([], { appVersion: 't', now: NOW }, records));
    device();
    const plan = await importFile(text);
    expect(plan.items).toEqual([]);
    expect(await listSubmissionsWithReviews()).toHaveLength(1);
  });
});

describe('an older backup (format 1)', () => {
  it('still imports onto a fresh device, with no versions, submissions or reviews', async () => {
    const pkg = read(await parsePackage(JSON.stringify(packageV1)));
    expect(pkg.formatVersion).toBe(1);
    expect(pkg.versions).toEqual([]);
    expect(pkg.submissions).toEqual([]);
    expect(pkg.reviews).toEqual([]);
    const plan = await importFile(JSON.stringify(packageV1));
    expect(plan.counts.new).toBe(packageV1.assessments.length);
    const ids = (await loadAll()).assessments.map((a) => a.id);
    expect(ids).toEqual(packageV1.assessments.map((e) => e.assessment.id));
  });

  it('is the only format that may leave out the other records', async () => {
    const a = typicalAssessment();
    const text = JSON.stringify({
      formatName: PACKAGE_FORMAT_NAME,
      formatVersion: 2,
      appVersion: 'x',
      exportedAt: NOW.toISOString(),
      assessments: [{ fingerprint: await fingerprint(a), assessment: a }],
    });
    const r = await parsePackage(text);
    expect(r.ok ? undefined : r.error).toEqual({ kind: 'notPackage' });
  });
});
