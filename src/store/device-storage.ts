/**
 * What the screens may know of the device's storage beyond the store's state: how full it is, and
 * the error an import raises when an assessment changed while the import was being prepared.
 */
export { ImportConflictError, readStorageEstimate, type StorageEstimate } from '@/storage/backup';
export type { LoadProblem } from '@/storage/assessment-repository';
