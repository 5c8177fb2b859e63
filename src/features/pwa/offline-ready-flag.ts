/** Remembers that "Ready to work offline" was shown, so it appears once per device. */
export const OFFLINE_READY_KEY = 'equity-decision-tool:offline-ready-shown';

export function offlineReadyShown(): boolean {
  try {
    return localStorage.getItem(OFFLINE_READY_KEY) !== null;
  } catch {
    return false;
  }
}

export function markOfflineReadyShown(): void {
  try {
    localStorage.setItem(OFFLINE_READY_KEY, new Date().toISOString());
  } catch {
    // Storage unavailable: the notice may show again next time, which is harmless.
  }
}
