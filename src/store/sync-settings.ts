/**
 * Team sync settings on this device (no sync code: the home page reads these to know whether to
 * load sync at all). Credentials stay in memory unless the user ticks "Remember on this device";
 * they are never part of a backup, a PDF or a replicated document.
 */
export const SYNC_SETTINGS_KEY = 'equity-decision-tool.sync';

export interface SyncCredentials {
  username: string;
  password: string;
}

export interface SyncSettings {
  enabled: boolean;
  url: string;
  remember: boolean;
}

let inMemory: SyncCredentials | undefined;

/** What is stored: the settings, and the credentials when the user asked to remember them. */
interface StoredSettings extends SyncSettings {
  username?: string;
  password?: string;
}

const DEFAULTS: StoredSettings = { enabled: false, url: '', remember: false };
const MAX_URL = 2000;
const MAX_CREDENTIAL = 500;

const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const isOptionalText = (v: unknown, max: number) => v === undefined || isText(v, max);

/**
 * The stored settings, or the defaults (sync off) when there are none or they do not read. Read on
 * the home page at start, so checked by hand rather than with zod (see domain/summary.ts).
 */
function readRaw(): StoredSettings {
  try {
    const text = localStorage.getItem(SYNC_SETTINGS_KEY);
    const raw: unknown = text ? JSON.parse(text) : {};
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return DEFAULTS;
    const stored = raw as Record<string, unknown>;
    const { enabled = false, url = '', remember = false, username, password } = stored;
    if (
      typeof enabled !== 'boolean' ||
      typeof remember !== 'boolean' ||
      !isText(url, MAX_URL) ||
      !isOptionalText(username, MAX_CREDENTIAL) ||
      !isOptionalText(password, MAX_CREDENTIAL)
    )
      return DEFAULTS;
    return {
      enabled,
      url,
      remember,
      ...(typeof username === 'string' && { username }),
      ...(typeof password === 'string' && { password }),
    };
  } catch {
    return DEFAULTS;
  }
}

export function readSyncSettings(): SyncSettings {
  const { enabled, url, remember } = readRaw();
  return { enabled, url, remember };
}

/** The credentials to use: those typed in this session, else those remembered, if any. */
export function readSyncCredentials(): SyncCredentials | undefined {
  if (inMemory) return inMemory;
  const raw = readRaw();
  return raw.remember && raw.username !== undefined
    ? { username: raw.username, password: raw.password ?? '' }
    : undefined;
}

/** Saves the settings; credentials go to storage only when `remember` is on (else memory). */
export function writeSyncSettings(
  settings: SyncSettings,
  credentials: SyncCredentials | undefined,
): void {
  inMemory = credentials;
  const stored = settings.remember && credentials ? { ...settings, ...credentials } : settings;
  localStorage.setItem(SYNC_SETTINGS_KEY, JSON.stringify(stored));
}
