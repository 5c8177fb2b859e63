/**
 * The record's schemas, loaded on first use: classic zod with every question's field schemas, the
 * migrations and the factory (about 30 KB gzip). The home page reads the list's summaries and
 * shows progress without them (checked field by field, see summary.ts), so they are not part of
 * its first load. Storage and the store call this before they validate, migrate or create a
 * record, outside any IndexedDB transaction (a transaction does not stay open across a module load).
 */
function load() {
  return Promise.all([import('./assessment'), import('./migrations'), import('./factory')]).then(
    ([{ AssessmentSchema }, { parseStored }, { newAssessment, duplicateAssessment }]) => ({
      AssessmentSchema,
      parseStored,
      newAssessment,
      duplicateAssessment,
    }),
  );
}

let loading: ReturnType<typeof load> | undefined;

/**
 * Loaded once: every later call (each autosave write among them) gets the same promise. A load
 * that failed (the chunk could not be fetched) is tried again next time.
 */
export function recordSchemas(): ReturnType<typeof load> {
  loading ??= load().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
