/**
 * The record's schemas, loaded on first use: classic zod with every question's field schemas, the
 * migrations and the factory (about 30 KB gzip). The home page reads the list's summaries and
 * shows progress without them (those use `zod/mini`), so they are not part of its first load.
 * Storage and the store call this before they validate, migrate or create a record, outside any
 * IndexedDB transaction (a transaction does not stay open across a module load).
 */
export async function recordSchemas() {
  const [{ AssessmentSchema }, { parseStored }, { newAssessment, duplicateAssessment }] =
    await Promise.all([import('./assessment'), import('./migrations'), import('./factory')]);
  return { AssessmentSchema, parseStored, newAssessment, duplicateAssessment };
}
