import { z } from 'zod';
import { AssessmentSchema, type Assessment } from './assessment';
import { titleWithSuffix } from './text';
import { readableIdFor } from './readable-id';
import { canonicalJson, fingerprint } from './fingerprint';
import { MigrationError, migrate } from './migrations';
import type { Review } from './review';
import { versionKey } from './versions';

/**
 * The "assessment package": the versioned JSON file a backup writes and an import reads.
 * Change PACKAGE_FORMAT_VERSION only together with a reader for the older format here.
 *
 * Format 1: the assessments. Format 2 adds what else the device keeps about them: the exported
 * versions, the submissions a reviewer received, and the reviews. A format 1 file reads as a
 * format 2 file that holds none of those.
 */
export const PACKAGE_FORMAT_NAME = 'equity-decision-tool/assessment-package';
export const PACKAGE_FORMAT_VERSION = 2;
/** 20 MB, as people count it (and as the message shows it). */
export const MAX_PACKAGE_BYTES = 20_000_000;

export interface PackageEntry {
  /** SHA-256 of the canonical JSON of `assessment`, exactly as written in the file. */
  fingerprint: string;
  assessment: Assessment;
}

/** A kept exported version (read-only); its id and number are its assessment's. */
export interface PackageVersionEntry extends PackageEntry {
  exportedAt: string;
  /** The content fingerprint kept with the version (domain/versions.ts), exactly as kept. */
  contentFingerprint: string;
}

/** A submitted version a reviewer received. */
export interface PackageSubmissionEntry extends PackageEntry {
  receivedAt: string;
  /** The fingerprint the received PDF carried, exactly as kept. */
  receivedFingerprint: string;
}

/** Everything a package carries besides the assessments (none in a format 1 file). */
export interface PackageRecords {
  versions: PackageVersionEntry[];
  submissions: PackageSubmissionEntry[];
  reviews: Review[];
}

export interface AssessmentPackage extends PackageRecords {
  formatName: typeof PACKAGE_FORMAT_NAME;
  formatVersion: number;
  appVersion: string;
  exportedAt: string;
  assessments: PackageEntry[];
}

export const NO_RECORDS: PackageRecords = { versions: [], submissions: [], reviews: [] };

/** What buildPackage is given besides the assessments. */
export interface RecordsInput {
  versions: readonly {
    exportedAt: string;
    contentFingerprint: string;
    assessment: Assessment;
  }[];
  submissions: readonly { receivedAt: string; fingerprint: string; assessment: Assessment }[];
  reviews: readonly Review[];
}

async function entryOf(a: Assessment): Promise<PackageEntry> {
  const assessment = AssessmentSchema.parse(a);
  return { fingerprint: await fingerprint(assessment), assessment };
}

/** The review schema loads only for a file with reviews: it stays off the home page. */
async function parseReviews(reviews: readonly unknown[]): Promise<Review[]> {
  if (reviews.length === 0) return [];
  const { ReviewSchema } = await import('./review');
  return reviews.map((r) => ReviewSchema.parse(r));
}

export async function buildPackage(
  assessments: readonly Assessment[],
  opts: { appVersion: string; now: Date },
  records: RecordsInput = NO_RECORDS,
): Promise<AssessmentPackage> {
  return {
    formatName: PACKAGE_FORMAT_NAME,
    formatVersion: PACKAGE_FORMAT_VERSION,
    appVersion: opts.appVersion,
    exportedAt: opts.now.toISOString(),
    assessments: await Promise.all(assessments.map(entryOf)),
    versions: await Promise.all(
      records.versions.map(async (v) => ({
        ...(await entryOf(v.assessment)),
        exportedAt: v.exportedAt,
        contentFingerprint: v.contentFingerprint,
      })),
    ),
    submissions: await Promise.all(
      records.submissions.map(async (s) => ({
        ...(await entryOf(s.assessment)),
        receivedAt: s.receivedAt,
        receivedFingerprint: s.fingerprint,
      })),
    ),
    reviews: await parseReviews(records.reviews),
  };
}

export function serializePackage(pkg: AssessmentPackage): string {
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

// ---------------------------------------------------------------------------------------------
// Reading a package

export type PackageErrorKind =
  | 'empty'
  | 'tooLarge'
  | 'notJson'
  | 'notPackage'
  | 'newerFormat'
  | 'invalidContent'
  | 'damaged'
  | 'duplicateId';

/** What a zod issue says went wrong, reduced to a few kinds the UI has words for. */
export type FieldProblem =
  'missing' | 'wrongType' | 'tooLong' | 'notAllowed' | 'badFormat' | 'invalid';

/** Which list of the file a problem is in. */
export type PackagePart = 'assessments' | 'versions' | 'submissions' | 'reviews';

export type PackageError =
  | { kind: 'empty' }
  | { kind: 'tooLarge'; bytes: number; maxBytes: number }
  | { kind: 'notJson' }
  | { kind: 'notPackage' }
  | { kind: 'newerFormat'; formatVersion: number }
  | {
      kind: 'invalidContent';
      part: PackagePart;
      /** 1-based position of the record in its list in the file. */
      position: number;
      /** The record's readable id or title when the file has one, else ''. */
      label: string;
      /** Where in the record: `q1.results[0].indicator`, or '' for the whole record. */
      field: string;
      problem: FieldProblem;
    }
  | { kind: 'damaged'; part: PackagePart; position: number; label: string }
  | { kind: 'duplicateId'; part: PackagePart; position: number; label: string };

export type PackageResult =
  | { ok: true; package: AssessmentPackage }
  | { ok: false; error: PackageError; messageKey: `backup.errors.${PackageErrorKind}` };

const fail = (error: PackageError): Extract<PackageResult, { ok: false }> => ({
  ok: false,
  error,
  messageKey: `backup.errors.${error.kind}`,
});

/** The outer shape of a package of any version: only what is needed to decide how to read it. */
const EnvelopeSchema = z.object({
  formatName: z.literal(PACKAGE_FORMAT_NAME),
  formatVersion: z.number().int().min(1),
});

const EntrySchema = z.object({
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
  assessment: z.unknown(),
});

/**
 * Formats 1 and 2 in one reader: format 1 has no `versions`, `submissions` or `reviews`, and
 * migrates to format 2 by reading each as empty; a format 2 file must have all three.
 */
const PackageSchema = z
  .object({
    formatName: z.literal(PACKAGE_FORMAT_NAME),
    formatVersion: z.union([z.literal(1), z.literal(2)]),
    appVersion: z.string().max(200),
    exportedAt: z.string().datetime(),
    assessments: z.array(EntrySchema),
    versions: z
      .array(
        EntrySchema.extend({
          exportedAt: z.string().datetime(),
          contentFingerprint: z.string().regex(/^[0-9a-f]{64}$/),
        }),
      )
      .optional(),
    submissions: z
      .array(
        EntrySchema.extend({
          receivedAt: z.string().datetime(),
          receivedFingerprint: z.string().regex(/^[0-9a-f]{64}$/),
        }),
      )
      .optional(),
    reviews: z.array(z.unknown()).optional(),
  })
  .refine(
    (p) =>
      p.formatVersion === 1 ||
      (p.versions !== undefined && p.submissions !== undefined && p.reviews !== undefined),
  );

export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}

function problemOf(issue: { code: string; message: string } | undefined): FieldProblem {
  if (!issue) return 'invalid';
  if (issue.message.endsWith('received undefined')) return 'missing';
  switch (issue.code) {
    case 'invalid_type':
      return 'wrongType';
    case 'too_big':
      return 'tooLong';
    case 'too_small':
      return 'missing';
    case 'invalid_value':
    case 'invalid_union':
      return 'notAllowed';
    case 'invalid_format':
      return 'badFormat';
    default:
      return 'invalid';
  }
}

function labelOf(raw: unknown): string {
  if (typeof raw !== 'object' || raw === null) return '';
  const readableId: unknown = Reflect.get(raw, 'readableId');
  const meta: unknown = Reflect.get(raw, 'meta');
  const title: unknown =
    typeof meta === 'object' && meta !== null ? Reflect.get(meta, 'title') : undefined;
  const parts = [readableId, title].filter(
    (s): s is string => typeof s === 'string' && s.trim() !== '',
  );
  return parts.map((s) => (s.length > 80 ? `${s.slice(0, 79)}…` : s)).join(' ');
}

type Failure = Extract<PackageResult, { ok: false }>;

/** A record zod refused: where (`path`, by default the issue's own) and what is wrong. */
function invalidRecord(
  part: PackagePart,
  position: number,
  label: string,
  issue: { code: string; message: string; path: readonly PropertyKey[] } | undefined,
  path: readonly PropertyKey[] = issue?.path ?? [],
): Failure {
  return fail({
    kind: 'invalidContent',
    part,
    position,
    label,
    field: fieldPath(path),
    problem: problemOf(issue),
  });
}

/** One record of the file that carries an assessment: its fingerprint checked, migrated, parsed. */
async function readEntry(
  entry: { fingerprint: string; assessment: unknown },
  part: PackagePart,
  position: number,
): Promise<Assessment | Failure> {
  const label = labelOf(entry.assessment);
  if ((await fingerprint(entry.assessment)) !== entry.fingerprint) {
    return fail({ kind: 'damaged', part, position, label });
  }
  let migrated: Record<string, unknown>;
  try {
    migrated = migrate(entry.assessment);
  } catch (e) {
    if (e instanceof MigrationError && e.reason === 'newer') {
      const version: unknown =
        typeof entry.assessment === 'object' && entry.assessment !== null
          ? Reflect.get(entry.assessment, 'schemaVersion')
          : undefined;
      return fail({
        kind: 'newerFormat',
        formatVersion: typeof version === 'number' ? version : 0,
      });
    }
    return fail({
      kind: 'invalidContent',
      part,
      position,
      label,
      field: '',
      problem: 'wrongType',
    });
  }
  const parsed = AssessmentSchema.safeParse(migrated);
  return parsed.success
    ? parsed.data
    : invalidRecord(part, position, label, parsed.error.issues[0]);
}

const isFailure = (x: unknown): x is Failure =>
  typeof x === 'object' && x !== null && Reflect.get(x, 'ok') === false;

/**
 * Reads the records of one list of the file in order; the first bad or repeated record fails the
 * whole list. `key` says when two records are the same one.
 */
async function readList<In extends { fingerprint: string; assessment: unknown }, Out>(
  list: readonly In[],
  part: PackagePart,
  key: (a: Assessment) => string,
  make: (entry: In, assessment: Assessment) => Out,
): Promise<Out[] | Failure> {
  const out: Out[] = [];
  const seen = new Set<string>();
  for (const [index, entry] of list.entries()) {
    const read = await readEntry(entry, part, index + 1);
    if (isFailure(read)) return read;
    const k = key(read);
    if (seen.has(k)) {
      return fail({ kind: 'duplicateId', part, position: index + 1, label: labelOf(read) });
    }
    seen.add(k);
    out.push(make(entry, read));
  }
  return out;
}

/** The file's reviews, each through the review schema (loaded only for a file with reviews). */
async function readReviews(list: readonly unknown[]): Promise<Review[] | Failure> {
  if (list.length === 0) return [];
  const { ReviewSchema } = await import('./review');
  const out: Review[] = [];
  const ids = new Set<string>();
  for (const [index, raw] of list.entries()) {
    const position = index + 1;
    const label = labelOf(raw);
    const parsed = ReviewSchema.safeParse(raw);
    if (!parsed.success) return invalidRecord('reviews', position, label, parsed.error.issues[0]);
    if (ids.has(parsed.data.id)) {
      return fail({ kind: 'duplicateId', part: 'reviews', position, label });
    }
    ids.add(parsed.data.id);
    out.push(parsed.data);
  }
  return out;
}

const byVersion = (a: Assessment) => versionKey(a.id, a.version);

/**
 * Reads an assessment package. Never throws: every way a file can be wrong comes back as an error
 * with a kind and a message key, and nothing is half-read: either every record is valid or the
 * whole file is rejected.
 */
export async function parsePackage(
  text: string,
  opts: { maxBytes?: number } = {},
): Promise<PackageResult> {
  const maxBytes = opts.maxBytes ?? MAX_PACKAGE_BYTES;
  // Cheap check first: a UTF-8 byte is at least a quarter of a UTF-16 unit count.
  if (text.length > maxBytes) return fail({ kind: 'tooLarge', bytes: byteLength(text), maxBytes });
  const bytes = byteLength(text);
  if (bytes > maxBytes) return fail({ kind: 'tooLarge', bytes, maxBytes });
  if (text.replace(/^\uFEFF/, '').trim() === '') return fail({ kind: 'empty' });

  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail({ kind: 'notJson' });
  }

  const envelope = EnvelopeSchema.safeParse(json);
  if (!envelope.success) return fail({ kind: 'notPackage' });
  if (envelope.data.formatVersion > PACKAGE_FORMAT_VERSION) {
    return fail({ kind: 'newerFormat', formatVersion: envelope.data.formatVersion });
  }
  const outer = PackageSchema.safeParse(json);
  if (!outer.success) {
    const issue = outer.error.issues[0];
    const path = issue?.path ?? [];
    // A problem inside one record is that record's problem; anything else is a broken package.
    const part = path[0];
    if (
      (part === 'assessments' || part === 'versions' || part === 'submissions') &&
      typeof path[1] === 'number'
    ) {
      return invalidRecord(part, path[1] + 1, '', issue, path.slice(2));
    }
    return fail({ kind: 'notPackage' });
  }
  const file = outer.data;
  const counted =
    file.assessments.length +
    (file.versions?.length ?? 0) +
    (file.submissions?.length ?? 0) +
    (file.reviews?.length ?? 0);
  if (counted === 0) return fail({ kind: 'empty' });

  const assessments = await readList(
    file.assessments,
    'assessments',
    (a) => a.id,
    (e, assessment) => ({ fingerprint: e.fingerprint, assessment }),
  );
  if (isFailure(assessments)) return assessments;
  const versions = await readList(file.versions ?? [], 'versions', byVersion, (e, assessment) => ({
    fingerprint: e.fingerprint,
    exportedAt: e.exportedAt,
    contentFingerprint: e.contentFingerprint,
    assessment,
  }));
  if (isFailure(versions)) return versions;
  const submissions = await readList(
    file.submissions ?? [],
    'submissions',
    byVersion,
    (e, assessment) => ({
      fingerprint: e.fingerprint,
      receivedAt: e.receivedAt,
      receivedFingerprint: e.receivedFingerprint,
      assessment,
    }),
  );
  if (isFailure(submissions)) return submissions;

  const reviews = await readReviews(file.reviews ?? []);
  if (isFailure(reviews)) return reviews;

  return {
    ok: true,
    package: {
      formatName: PACKAGE_FORMAT_NAME,
      formatVersion: file.formatVersion,
      appVersion: file.appVersion,
      exportedAt: file.exportedAt,
      assessments,
      versions,
      submissions,
      reviews,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Planning an import

/** What to do when an assessment in the file has the same id as one on this device. */
export type ConflictChoice = 'keepBoth' | 'replaceIfNewer' | 'skip';
export const CONFLICT_CHOICES: readonly ConflictChoice[] = ['keepBoth', 'replaceIfNewer', 'skip'];

export type PlanItem =
  | { action: 'new'; assessment: Assessment }
  | { action: 'copy'; assessment: Assessment; originalId: string }
  | { action: 'replace'; assessment: Assessment; replaces: Assessment }
  | { action: 'skip'; assessment: Assessment; reason: 'identical' | 'notNewer' | 'chosen' };

export interface ImportPlan {
  items: PlanItem[];
  /** How many incoming assessments share an id with one on this device (identical ones excluded). */
  conflicts: number;
  counts: { new: number; replaced: number; skipped: number };
  /**
   * The file's other records this device lacks: versions and submissions it does not hold (one
   * per assessment and version: a kept one is never changed), and reviews it does not hold or
   * holds in an older state.
   */
  records: PackageRecords;
}

/** The keys of the records of a package already on this device. */
export interface RecordsOnDevice {
  /** `versionKey` of every kept version. */
  versions: ReadonlySet<string>;
  /** `versionKey` of every received submission. */
  submissions: ReadonlySet<string>;
  /** Review id → its `updatedAt`. */
  reviews: ReadonlyMap<string, string>;
}

export const NOTHING_ON_DEVICE: RecordsOnDevice = {
  versions: new Set(),
  submissions: new Set(),
  reviews: new Map(),
};

export interface PlanOptions {
  now: Date;
  newId: () => string;
  /** Appended to the title of a kept-both copy, e.g. "(imported copy)". */
  copySuffix: string;
  /** The file's records besides its assessments, and which of them this device holds. */
  records?: PackageRecords;
  onDevice?: RecordsOnDevice;
}

/** Which of a file's other records an import writes (see ImportPlan.records). */
export function planRecords(
  records: PackageRecords,
  onDevice: RecordsOnDevice = NOTHING_ON_DEVICE,
): PackageRecords {
  const key = (e: PackageEntry) => versionKey(e.assessment.id, e.assessment.version);
  return {
    versions: records.versions.filter((v) => !onDevice.versions.has(key(v))),
    submissions: records.submissions.filter((s) => !onDevice.submissions.has(key(s))),
    reviews: records.reviews.filter((r) => {
      const kept = onDevice.reviews.get(r.id);
      return kept === undefined || r.updatedAt > kept;
    }),
  };
}

/**
 * Decides, for every assessment in a package, what an import will do. Pure: nothing is written.
 * `existing` is everything on this device, including the trash.
 */
export function planImport(
  existing: readonly Assessment[],
  incoming: readonly Assessment[],
  choice: ConflictChoice,
  opts: PlanOptions,
): ImportPlan {
  // The same assessment is the same UUID; its readable id follows from it, so nothing is renumbered.
  const byId = new Map(existing.map((a) => [a.id, a]));
  const items: PlanItem[] = [];
  let conflicts = 0;
  for (const a of incoming) {
    const current = byId.get(a.id);
    if (!current) {
      items.push({ action: 'new', assessment: a });
      continue;
    }
    if (canonicalJson(current) === canonicalJson(a)) {
      items.push({ action: 'skip', assessment: a, reason: 'identical' });
      continue;
    }
    conflicts += 1;
    if (choice === 'skip') {
      items.push({ action: 'skip', assessment: a, reason: 'chosen' });
    } else if (choice === 'replaceIfNewer') {
      if (a.updatedAt > current.updatedAt)
        items.push({ action: 'replace', assessment: a, replaces: current });
      else items.push({ action: 'skip', assessment: a, reason: 'notNewer' });
    } else {
      const copyId = opts.newId();
      const copy = AssessmentSchema.parse({
        ...structuredClone(a),
        id: copyId,
        readableId: readableIdFor(copyId, opts.now.getFullYear()),
        formerReadableIds: [],
        meta: { ...a.meta, title: titleWithSuffix(a.meta.title, opts.copySuffix) },
      });
      items.push({ action: 'copy', assessment: copy, originalId: a.id });
    }
  }
  return {
    items,
    conflicts,
    counts: {
      new: items.filter((i) => i.action === 'new' || i.action === 'copy').length,
      replaced: items.filter((i) => i.action === 'replace').length,
      skipped: items.filter((i) => i.action === 'skip').length,
    },
    records: planRecords(versionsFollowCopies(opts.records ?? NO_RECORDS, items), opts.onDevice),
  };
}

/**
 * An assessment kept as a copy takes its exported versions with it: they are its history, and
 * the assessment of the same id on this device has its own. Each version is kept as it was but
 * under the copy's id and readable id (neither is part of its content fingerprint). Reviews stay
 * with the id they were written for, as do submissions (a reviewer's inbox).
 */
function versionsFollowCopies(records: PackageRecords, items: readonly PlanItem[]): PackageRecords {
  const copies = new Map<string, Assessment>();
  for (const item of items)
    if (item.action === 'copy') copies.set(item.originalId, item.assessment);
  if (copies.size === 0) return records;
  return {
    ...records,
    versions: records.versions.map((v) => {
      const copy = copies.get(v.assessment.id);
      if (!copy) return v;
      return {
        ...v,
        assessment: {
          ...v.assessment,
          id: copy.id,
          readableId: copy.readableId,
          formerReadableIds: [],
        },
      };
    }),
  };
}
