import { AssessmentSchema, type Assessment } from './assessment';
import { SCHEMA_VERSION } from './constants';
import { titleWithSuffix } from './text';

/** The short readable id: EQ-<year>-<4-digit sequence>, unique on this device. */
export function formatReadableId(year: number, sequence: number): string {
  return `EQ-${year}-${String(sequence).padStart(4, '0')}`;
}

export function nextSequence(existingReadableIds: readonly string[], year: number): number {
  const prefix = `EQ-${year}-`;
  const used = existingReadableIds
    .filter((r) => r.startsWith(prefix))
    .map((r) => Number(r.slice(prefix.length)))
    .filter((n) => Number.isFinite(n));
  return used.length === 0 ? 1 : Math.max(...used) + 1;
}

export function newAssessment(opts: { id: string; readableId: string; now: Date }): Assessment {
  const at = opts.now.toISOString();
  return AssessmentSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    id: opts.id,
    readableId: opts.readableId,
    createdAt: at,
    updatedAt: at,
  });
}

/** A copy with a new identity; the version count and export date start again. */
export function duplicateAssessment(
  source: Assessment,
  opts: { id: string; readableId: string; now: Date; titleSuffix: string },
): Assessment {
  const at = opts.now.toISOString();
  return AssessmentSchema.parse({
    ...structuredClone(source),
    id: opts.id,
    readableId: opts.readableId,
    status: 'draft',
    createdAt: at,
    updatedAt: at,
    version: 0,
    lastExportedAt: null,
    meta: { ...source.meta, title: titleWithSuffix(source.meta.title, opts.titleSuffix) },
  });
}
