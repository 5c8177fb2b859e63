import { beforeEach, describe, expect, it } from 'vitest';
import {
  readSyncCredentials,
  readSyncSettings,
  SYNC_SETTINGS_KEY,
  writeSyncSettings,
} from '@/store/sync-settings';

const OFF = { enabled: false, url: '', remember: false };
const store = (value: unknown) =>
  localStorage.setItem(
    SYNC_SETTINGS_KEY,
    typeof value === 'string' ? value : JSON.stringify(value),
  );

beforeEach(() => {
  localStorage.clear();
  // Credentials typed in this session live in memory: forget them between tests.
  writeSyncSettings(OFF, undefined);
  localStorage.clear();
});

describe('sync settings on this device', () => {
  it('are off when nothing is stored', () => {
    expect(readSyncSettings()).toEqual(OFF);
    expect(readSyncCredentials()).toBeUndefined();
  });

  it('read back what was saved, credentials only when remembered', () => {
    const on = { enabled: true, url: 'https://couch.example.gov/eq', remember: true };
    writeSyncSettings(on, { username: 'ana', password: 'Mật khẩu' });
    expect(readSyncSettings()).toEqual(on);
    expect(readSyncCredentials()).toEqual({ username: 'ana', password: 'Mật khẩu' });
    expect(JSON.parse(localStorage.getItem(SYNC_SETTINGS_KEY) ?? '')).toEqual({
      ...on,
      username: 'ana',
      password: 'Mật khẩu',
    });

    writeSyncSettings({ ...on, remember: false }, { username: 'ana', password: 'x' });
    expect(localStorage.getItem(SYNC_SETTINGS_KEY)).not.toContain('ana');
  });

  it('fill in what an older copy did not store', () => {
    store({ enabled: true });
    expect(readSyncSettings()).toEqual({ enabled: true, url: '', remember: false });
  });

  it.each([
    ['not JSON', '{enabled'],
    ['a list', '[true]'],
    ['"enabled" that is text', { enabled: 'yes', url: 'https://a.example' }],
    ['an address that is too long', { enabled: true, url: `https://${'a'.repeat(2000)}` }],
    ['a user name that is not text', { enabled: true, url: 'https://a.example', username: 5 }],
  ])('are off, not half-read, when what is stored is %s', (_what, value) => {
    store(value);
    expect(readSyncSettings()).toEqual(OFF);
  });
});
