/**
 * The kept exported versions, for the screens (features never reach storage themselves): read-only,
 * written only by `recordExport`.
 */
export { listVersions, readVersion } from '@/storage/versions';
