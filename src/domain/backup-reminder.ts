/** Remind when the newest change is more than this many days newer than the last backup. */
export const BACKUP_REMINDER_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

export type BackupReminder =
  | { due: false }
  | { due: true; reason: 'never' }
  | { due: true; reason: 'stale'; newestChange: string };

/**
 * Pure: whether to remind gently about a backup. Never backed up with something to lose → remind;
 * otherwise only when there are changes more than BACKUP_REMINDER_DAYS newer than the last backup.
 */
export function backupReminder(opts: {
  lastBackupAt: string | undefined;
  updatedAts: readonly string[];
}): BackupReminder {
  if (opts.updatedAts.length === 0) return { due: false };
  if (!opts.lastBackupAt) return { due: true, reason: 'never' };
  const newestChange = opts.updatedAts.reduce((a, b) => (b > a ? b : a));
  const gap = Date.parse(newestChange) - Date.parse(opts.lastBackupAt);
  return gap > BACKUP_REMINDER_DAYS * DAY_MS
    ? { due: true, reason: 'stale', newestChange }
    : { due: false };
}
