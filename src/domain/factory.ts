import { AssessmentSchema, type Assessment } from './assessment';
import { SCHEMA_VERSION } from './constants';
import { readableIdFor } from './readable-id';
import { titleWithSuffix } from './text';

/** `id` is a random UUID; the readable id follows from it and the year (see readable-id.ts). */
export function newAssessment(opts: { id: string; now: Date }): Assessment {
  const at = opts.now.toISOString();
  return AssessmentSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    id: opts.id,
    readableId: readableIdFor(opts.id, opts.now.getFullYear()),
    createdAt: at,
    updatedAt: at,
  });
}

/** A copy with a new identity; the version count and export date start again. */
export function duplicateAssessment(
  source: Assessment,
  opts: { id: string; now: Date; titleSuffix: string },
): Assessment {
  const at = opts.now.toISOString();
  return AssessmentSchema.parse({
    ...structuredClone(source),
    id: opts.id,
    readableId: readableIdFor(opts.id, opts.now.getFullYear()),
    formerReadableIds: [],
    status: 'draft',
    createdAt: at,
    updatedAt: at,
    version: 0,
    lastExportedAt: null,
    meta: { ...source.meta, title: titleWithSuffix(source.meta.title, opts.titleSuffix) },
  });
}
