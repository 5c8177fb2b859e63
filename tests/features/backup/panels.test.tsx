import '@/i18n/i18n';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BackupPanel } from '@/features/backup/backup-panel';
import { ReadOnlyNotice } from '@/features/backup/read-only-notice';
import { StorageFailureBanner } from '@/features/backup/storage-failure-banner';
import { TrashPanel } from '@/features/backup/trash-panel';
import { fingerprint } from '@/domain/fingerprint';
import { parsePackage } from '@/domain/package';
import { EquityDb, getDb, setDbForTests } from '@/storage/db';
import { putSubmission } from '@/storage/reviews';
import { useAssessmentStore } from '@/store/assessment-store';
import { typicalAssessment } from '../../fixtures/assessments';

let n = 0;
let downloaded: Blob[] = [];
beforeEach(async () => {
  downloaded = [];
  URL.createObjectURL = vi.fn((b: Blob) => {
    downloaded.push(b);
    return 'blob:test';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  setDbForTests(new EquityDb(`panels-test-${++n}`));
  useAssessmentStore.setState({
    byId: {},
    loaded: false,
    trash: [],
    storageFailure: undefined,
    lastBackupAt: undefined,
  });
  await getDb().assessments.put(structuredClone(typicalAssessment()));
  await useAssessmentStore.getState().load();
});
afterEach(async () => {
  await getDb().delete();
  setDbForTests(undefined);
});

describe('BackupPanel', () => {
  it('reminds gently, backs everything up to one file and remembers when', async () => {
    const user = userEvent.setup();
    render(<BackupPanel />);
    expect(screen.getByText('No backup has been made on this device yet.')).toBeVisible();
    expect(screen.getByText(/kept only in this browser/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Back up all' }));
    expect(
      await screen.findByText(/Backup downloaded: equity-assessments-\d{4}-\d{2}-\d{2}\.json/),
    ).toBeVisible();
    expect(screen.getByText(/^Last backup:/)).toBeVisible();
    expect(screen.queryByText(/kept only in this browser/)).not.toBeInTheDocument();
    const file = downloaded[0];
    if (!file) throw new Error('nothing downloaded');
    const parsed = await parsePackage(await file.text());
    expect(parsed.ok && parsed.package.assessments.map((e) => e.assessment)).toEqual([
      typicalAssessment(),
    ]);
  });

  it('backs up a reviewer’s device that holds submissions and no assessment of its own', async () => {
    await getDb().assessments.clear();
    await getDb().summaries.clear();
    await useAssessmentStore.getState().load();
    const { unmount } = render(<BackupPanel />);
    expect(screen.getByRole('button', { name: 'Back up all' })).toBeDisabled();
    expect(screen.getByText('There is nothing to back up yet.')).toBeVisible();
    unmount();

    const received = { ...typicalAssessment(), version: 1, status: 'submitted' as const };
    await putSubmission({
      assessment: received,
      fingerprint: await fingerprint(received),
      receivedAt: '2026-03-05T12:00:00.000Z',
    });
    render(<BackupPanel />);
    const button = await screen.findByRole('button', { name: 'Back up all' });
    await waitFor(() => expect(button).toBeEnabled());
    await userEvent.setup().click(button);
    await screen.findByText(/Backup downloaded:/);
    const file = downloaded[0];
    if (!file) throw new Error('nothing downloaded');
    const parsed = await parsePackage(await file.text());
    if (!parsed.ok) throw new Error(parsed.messageKey);
    expect(parsed.package.assessments).toEqual([]);
    expect(parsed.package.submissions.map((s) => s.assessment)).toEqual([received]);
  });
});

describe('TrashPanel', () => {
  it('lists deleted assessments with the days left, restores one, and empties after confirming', async () => {
    const user = userEvent.setup();
    const a = typicalAssessment();
    await useAssessmentStore.getState().remove(a.id);
    render(<TrashPanel />);
    const row = await screen.findByRole('row', { name: new RegExp(a.readableId) });
    expect(row).toHaveTextContent('30 days');
    await user.click(within(row).getByRole('button', { name: `Restore ${a.meta.title}` }));
    expect(await screen.findByText('The trash is empty.')).toBeVisible();
    expect(useAssessmentStore.getState().summaries[a.id]).toBeDefined();

    await useAssessmentStore.getState().remove(a.id);
    await user.click(await screen.findByRole('button', { name: 'Empty trash' }));
    const dialog = screen.getByRole('dialog', { name: 'Empty the trash?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete for good' }));
    expect(await screen.findByText('The trash is empty.')).toBeVisible();
    expect(await getDb().trash.count()).toBe(0);
  });
});

describe('StorageFailureBanner', () => {
  it('stays until the failure is resolved and offers a backup download', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<StorageFailureBanner />);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    useAssessmentStore.setState({
      storageFailure: {
        kind: 'writeFailed',
        message: 'QuotaExceededError: full',
        since: new Date().toISOString(),
      },
    });
    rerender(<StorageFailureBanner />);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading')).toHaveTextContent('Not saved on this device');
    expect(alert).toHaveTextContent(
      'Your latest changes exist only in this tab. Download a backup now.',
    );
    // The browser's words once, folded under the details.
    expect(alert.textContent?.split('QuotaExceededError')).toHaveLength(2);
    expect(within(alert).getByText('QuotaExceededError: full').closest('details')).not.toBeNull();
    await user.click(within(alert).getByRole('button', { name: 'Download a backup now' }));
    // The backup is written asynchronously: wait for what the user sees when it is done.
    expect(await within(alert).findByText(/^Backup downloaded: /)).toBeVisible();
    expect(downloaded).toHaveLength(1);
    useAssessmentStore.setState({ storageFailure: undefined });
    rerender(<StorageFailureBanner />);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('ReadOnlyNotice', () => {
  it('explains and offers to take over while another tab edits', async () => {
    const user = userEvent.setup();
    const takeOver = vi.fn();
    const { rerender } = render(<ReadOnlyNotice mode="readOnly" onTakeOver={takeOver} />);
    expect(screen.getByText(/being edited in another tab/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Take over editing' }));
    expect(takeOver).toHaveBeenCalledOnce();
    rerender(<ReadOnlyNotice mode="editing" onTakeOver={takeOver} />);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
