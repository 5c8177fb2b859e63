import { describe, expect, it } from 'vitest';
import { backupReminder } from '@/domain/backup-reminder';

describe('backupReminder', () => {
  it('stays quiet when there is nothing to back up', () => {
    expect(backupReminder({ lastBackupAt: undefined, updatedAts: [] })).toEqual({ due: false });
  });

  it('reminds when nothing was ever backed up', () => {
    expect(
      backupReminder({ lastBackupAt: undefined, updatedAts: ['2026-01-01T00:00:00.000Z'] }),
    ).toEqual({
      due: true,
      reason: 'never',
    });
  });

  it('stays quiet for changes up to seven days newer than the last backup', () => {
    const r = backupReminder({
      lastBackupAt: '2026-01-01T00:00:00.000Z',
      updatedAts: ['2025-12-01T00:00:00.000Z', '2026-01-08T00:00:00.000Z'],
    });
    expect(r).toEqual({ due: false });
  });

  it('reminds when a change is more than seven days newer than the last backup', () => {
    const r = backupReminder({
      lastBackupAt: '2026-01-01T00:00:00.000Z',
      updatedAts: ['2026-01-08T00:00:00.001Z', '2025-12-01T00:00:00.000Z'],
    });
    expect(r).toEqual({ due: true, reason: 'stale', newestChange: '2026-01-08T00:00:00.001Z' });
  });
});
