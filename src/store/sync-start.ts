import { readSyncCredentials, readSyncSettings } from './sync-settings';

/**
 * Starts team sync at app start when this device turned it on. The sync code (and PouchDB) is a
 * chunk of its own, fetched only then: nothing changes for anyone who never turns sync on.
 */
export function startSyncIfOn(): void {
  const settings = readSyncSettings();
  if (!settings.enabled || !settings.url) return;
  void import('./sync-engine')
    .then((m) => m.startSync(settings.url, readSyncCredentials()))
    .catch(() => undefined);
}
