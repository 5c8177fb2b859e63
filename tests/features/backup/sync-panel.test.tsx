import '@/i18n/i18n';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SyncEntry } from '@/features/backup/sync-entry';
import { conflictFieldName } from '@/features/backup/sync-panel';
import { SYNC_SETTINGS_KEY, readSyncSettings } from '@/store/sync-settings';
import { INITIAL_SYNC_STATUS, useSyncStatus } from '@/store/sync-status';

const startSync = vi.fn(() => Promise.resolve());
const dismissRestored = vi.fn();
vi.mock('@/store/sync-engine', () => ({
  startSync,
  dismissRestored,
  stopSync: vi.fn(() => Promise.resolve()),
  resolveConflict: vi.fn(),
  keptCopies: vi.fn(() => Promise.resolve([])),
}));

beforeEach(() => {
  localStorage.clear();
  startSync.mockClear();
  useSyncStatus.setState(INITIAL_SYNC_STATUS);
});

async function openPanel() {
  const user = userEvent.setup();
  render(<SyncEntry />);
  expect(screen.getByRole('heading', { name: 'Sync with a team server' })).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Set up sync' }));
  await screen.findByRole('textbox', { name: /^Database address/ });
  return user;
}

describe('Sync with a team server', () => {
  it('refuses a plain HTTP address with a message at the field, and starts nothing', async () => {
    const user = await openPanel();
    const url = screen.getByRole('textbox', { name: /^Database address/ });
    await user.type(url, 'http://couch.example.gov/housing');
    await user.click(screen.getByRole('button', { name: 'Turn on sync' }));
    expect(url).toHaveAttribute('aria-invalid', 'true');
    expect(url).toHaveAccessibleDescription(/The address must start with https:\/\//);
    expect(url).toHaveFocus();
    expect(startSync).not.toHaveBeenCalled();
    expect(localStorage.getItem(SYNC_SETTINGS_KEY)).toBeNull();
  });

  it('turns sync on for an HTTPS address and keeps the password out of storage unless asked', async () => {
    const user = await openPanel();
    await user.type(
      screen.getByRole('textbox', { name: /^Database address/ }),
      'https://couch.example.gov/housing',
    );
    await user.type(screen.getByRole('textbox', { name: /^User name/ }), 'maria');
    await user.type(screen.getByLabelText('Password'), 'secret-1');
    await user.click(screen.getByRole('button', { name: 'Turn on sync' }));
    await vi.waitFor(() =>
      expect(startSync).toHaveBeenCalledWith('https://couch.example.gov/housing', {
        username: 'maria',
        password: 'secret-1',
      }),
    );
    expect(readSyncSettings()).toEqual({
      enabled: true,
      url: 'https://couch.example.gov/housing',
      remember: false,
    });
    expect(localStorage.getItem(SYNC_SETTINGS_KEY)).not.toContain('secret-1');

    await user.click(
      screen.getByRole('checkbox', { name: 'Remember the user name and password on this device' }),
    );
    await user.click(screen.getByRole('button', { name: 'Save and connect again' }));
    expect(localStorage.getItem(SYNC_SETTINGS_KEY)).toContain('secret-1');
    expect(screen.getByRole('status')).toHaveTextContent('Sync: off.');
  });
});

describe('deleted assessments that came back', () => {
  it('are listed with a link each until the person dismisses the list', async () => {
    const ids = ['0b7f6a9e-1c2d-4e5f-8a9b-0c1d2e3f4a5b', '1c8a7b0f-2d3e-4f50-9b0c-1d2e3f4a5b6c'];
    useSyncStatus.setState({
      phase: 'upToDate',
      restored: [
        { assessmentId: ids[0]!, title: 'Giờ mở cửa hồ bơi' },
        { assessmentId: ids[1]!, title: '  ' },
      ],
    });
    const user = await openPanel();
    const region = screen.getByRole('region', { name: '2 deleted assessments are back' });
    expect(region).toHaveTextContent(/changed these on another device after they were deleted/);
    const links = screen.getAllByRole('link').filter((a) => region.contains(a));
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Giờ mở cửa hồ bơi', `/assessments/${ids[0]!}/details`],
      ['Untitled assessment', `/assessments/${ids[1]!}/details`],
    ]);
    await user.click(screen.getByRole('button', { name: 'Got it' }));
    await vi.waitFor(() => expect(dismissRestored).toHaveBeenCalledOnce());
  });
});

describe('a conflicting field', () => {
  it('is named as the wizard names it, or by its path when no question does', () => {
    expect(conflictFieldName(['meta', 'title'])).toBe('Details: Title');
    expect(conflictFieldName(['q1', 'proposal'])).toBe('Proposal: What is the proposal?');
    expect(conflictFieldName(['q1', 'results'])).toBe(
      'Proposal: What results do you want for the community?',
    );
    expect(conflictFieldName(['status'])).toBe('status');
  });
});
