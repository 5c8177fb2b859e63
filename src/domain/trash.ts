/** How long a deleted assessment stays in the trash before it is deleted for good. */
export const TRASH_DAYS = 30;
export const DAY_MS = 24 * 60 * 60 * 1000;

export function trashExpiresAt(deletedAt: string): Date {
  return new Date(new Date(deletedAt).getTime() + TRASH_DAYS * DAY_MS);
}

/** Days left, counted up, before a trashed assessment is deleted for good (0 once it is due). */
export function daysLeft(deletedAt: string, now: Date): number {
  return Math.max(0, Math.ceil((trashExpiresAt(deletedAt).getTime() - now.getTime()) / DAY_MS));
}
