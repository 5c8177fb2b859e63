import { z } from 'zod';
import { AssessmentSchema, type Assessment } from './assessment';
import { titleWithSuffix } from './text';
import { readableIdFor } from './readable-id';
import { canonicalJson, fingerprint } from './fingerprint';
import { MigrationError, migrate } from './migrations';

/**
 * The "assessment package": the versioned JSON file a backup writes and an import reads.
 * Change PACKAGE_FORMAT_VERSION only together with a reader for the older format here.
 */
export const PACKAGE_FORMAT_NAME = 'equity-decision-tool/assessment-package';
export const PACKAGE_FORMAT_VERSION = 1;
/** 20 MB, as people count it (and as the message shows it). */
export const MAX_PACKAGE_BYTES = 20_000_000;

export interface PackageEntry {
  /** SHA-256 of the canonical JSON of `assessment`, exactly as written in the file. */
  fingerprint: string;
  assessment: Assessment;
}

export interface AssessmentPackage {
  formatName: typeof PACKAGE_FORMAT_NAME;
  formatVersion: number;
  appVersion: string;
  exportedAt: string;
  assessments: PackageEntry[];
}

export async function buildPackage(
  assessments: readonly Assessment[],
  opts: { appVersion: string; now: Date },
): Promise<AssessmentPackage> {
  const entries = await Promise.all(
    assessments.map(async (a) => {
      const assessment = AssessmentSchema.parse(a);
      return { fingerprint: await fingerprint(assessment), assessment };
    }),
  );
  return {
    formatName: PACKAGE_FORMAT_NAME,
    formatVersion: PACKAGE_FORMAT_VERSION,
    appVersion: opts.appVersion,
    exportedAt: opts.now.toISOString(),
    assessments: entries,
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

export type PackageError =
  | { kind: 'empty' }
  | { kind: 'tooLarge'; bytes: number; maxBytes: number }
  | { kind: 'notJson' }
  | { kind: 'notPackage' }
  | { kind: 'newerFormat'; formatVersion: number }
  | {
      kind: 'invalidContent';
      /** 1-based position of the assessment in the file. */
      position: number;
      /** The assessment's readable id or title when the file has one, else ''. */
      label: string;
      /** Where in the assessment: `q1.results[0].indicator`, or '' for the whole record. */
      field: string;
      problem: FieldProblem;
    }
  | { kind: 'damaged'; position: number; label: string }
  | { kind: 'duplicateId'; position: number; label: string };

export type PackageResult =
  | { ok: true; package: AssessmentPackage }
  | { ok: false; error: PackageError; messageKey: `backup.errors.${PackageErrorKind}` };

const fail = (error: PackageError): PackageResult => ({
  ok: false,
  error,
  messageKey: `backup.errors.${error.kind}`,
});

/** The outer shape of a package of any version: only what is needed to decide how to read it. */
const EnvelopeSchema = z.object({
  formatName: z.literal(PACKAGE_FORMAT_NAME),
  formatVersion: z.number().int().min(1),
});

const V1Schema = z.object({
  formatName: z.literal(PACKAGE_FORMAT_NAME),
  formatVersion: z.literal(1),
  appVersion: z.string().max(200),
  exportedAt: z.string().datetime(),
  assessments: z.array(
    z.object({ fingerprint: z.string().regex(/^[0-9a-f]{64}$/), assessment: z.unknown() }),
  ),
});

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

/**
 * Reads an assessment package. Never throws: every way a file can be wrong comes back as an error
 * with a kind and a message key, and nothing is half-read: either every assessment is valid or the
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
  const v1 = V1Schema.safeParse(json);
  if (!v1.success) {
    const issue = v1.error.issues[0];
    const path = issue?.path ?? [];
    // A problem inside one entry is that assessment's problem; anything else is a broken package.
    if (path[0] === 'assessments' && typeof path[1] === 'number') {
      const position = path[1] + 1;
      return fail({
        kind: 'invalidContent',
        position,
        label: '',
        field: fieldPath(path.slice(2)),
        problem: problemOf(issue),
      });
    }
    return fail({ kind: 'notPackage' });
  }
  if (v1.data.assessments.length === 0) return fail({ kind: 'empty' });

  const entries: PackageEntry[] = [];
  const seen = new Set<string>();
  for (const [index, entry] of v1.data.assessments.entries()) {
    const position = index + 1;
    const label = labelOf(entry.assessment);
    if ((await fingerprint(entry.assessment)) !== entry.fingerprint) {
      return fail({ kind: 'damaged', position, label });
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
      return fail({ kind: 'invalidContent', position, label, field: '', problem: 'wrongType' });
    }
    const parsed = AssessmentSchema.safeParse(migrated);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return fail({
        kind: 'invalidContent',
        position,
        label,
        field: fieldPath(issue?.path ?? []),
        problem: problemOf(issue),
      });
    }
    if (seen.has(parsed.data.id)) return fail({ kind: 'duplicateId', position, label });
    seen.add(parsed.data.id);
    entries.push({ fingerprint: entry.fingerprint, assessment: parsed.data });
  }

  return {
    ok: true,
    package: {
      formatName: PACKAGE_FORMAT_NAME,
      formatVersion: v1.data.formatVersion,
      appVersion: v1.data.appVersion,
      exportedAt: v1.data.exportedAt,
      assessments: entries,
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
}

export interface PlanOptions {
  now: Date;
  newId: () => string;
  /** Appended to the title of a kept-both copy, e.g. "(imported copy)". */
  copySuffix: string;
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
  };
}
