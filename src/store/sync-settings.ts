import { z } from 'zod';

/**
 * Team sync settings on this device (no sync code: the home page reads these to know whether to
 * load sync at all). Credentials stay in memory unless the user ticks "Remember on this device";
 * they are never part of a backup, a PDF or a replicated document.
 */
export const SYNC_SETTINGS_KEY = 'equity-decision-tool.sync';

const SettingsSchema = z.object({
  enabled: z.boolean().default(false),
  url: z.string().max(2000).default(''),
  remember: z.boolean().default(false),
  username: z.string().max(500).optional(),
  password: z.string().max(500).optional(),
});

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

function readRaw(): z.output<typeof SettingsSchema> {
  try {
    const text = localStorage.getItem(SYNC_SETTINGS_KEY);
    const parsed = SettingsSchema.safeParse(text ? JSON.parse(text) : {});
    return parsed.success ? parsed.data : SettingsSchema.parse({});
  } catch {
    return SettingsSchema.parse({});
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
