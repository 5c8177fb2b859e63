import type { Assessment } from './assessment';
import { fingerprint } from './fingerprint';

/**
 * Versions. An assessment's version is the number of its last exported version (0: never exported).
 * A new version starts only when the content changed since the last exported one: exporting the
 * same answers again gives the same version and the same PDF fingerprint. Each exported version is
 * kept as a read-only snapshot (storage/versions.ts) that can be opened and exported again.
 */

/** Fields that say where and when an assessment is, not what it says: not part of its content. */
const BOOKKEEPING = [
  'schemaVersion',
  'id',
  'readableId',
  'formerReadableIds',
  'status',
  'createdAt',
  'updatedAt',
  'version',
  'lastExportedAt',
] as const satisfies readonly (keyof Assessment)[];

type Bookkeeping = (typeof BOOKKEEPING)[number];
export type AssessmentContent = Omit<Assessment, Bookkeeping>;

export function contentOf(a: Assessment): AssessmentContent {
  const copy: Partial<Assessment> = { ...a };
  for (const key of BOOKKEEPING) delete copy[key];
  return copy as AssessmentContent;
}

/** SHA-256 of the content alone: equal exactly when two records say the same thing. */
export function contentFingerprint(a: Assessment): Promise<string> {
  return fingerprint(contentOf(a));
}

/** A kept, read-only exported version. */
export interface VersionSnapshot {
  id: string;
  version: number;
  exportedAt: string;
  contentFingerprint: string;
  assessment: Assessment;
}

/** One assessment's one version: how kept versions and received submissions are told apart. */
export function versionKey(id: string, version: number): string {
  return `${id}@${version}`;
}

/** Statuses after which the exported version is frozen: editing starts a new version. */
export const FROZEN_STATUSES: readonly Assessment['status'][] = ['submitted', 'reviewed'];

export function isFrozen(a: Assessment): boolean {
  return a.version > 0 && FROZEN_STATUSES.includes(a.status);
}

/**
 * What an export of `current` makes: the latest snapshot again when the content is the same, or
 * the next version (numbered after both the record and the newest snapshot) stamped `at`.
 */
export function planExport(
  current: Assessment,
  currentContent: string,
  latest: VersionSnapshot | undefined,
  at: string,
): { kind: 'same'; snapshot: VersionSnapshot } | { kind: 'new'; assessment: Assessment } {
  if (latest && latest.contentFingerprint === currentContent)
    return { kind: 'same', snapshot: latest };
  return {
    kind: 'new',
    assessment: {
      ...current,
      version: Math.max(current.version, latest?.version ?? 0) + 1,
      lastExportedAt: at,
      updatedAt: at,
    },
  };
}
