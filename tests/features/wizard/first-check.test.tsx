import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tKey } from '@/i18n/i18n';
import type { EquityDb } from '@/storage/db';
import type { LockBackend, LockHandle } from '@/store/edit-lock-backends';
import { useAssessmentStore } from '@/store/assessment-store';
import { setLockBackendForTests } from '@/store/tab-coordination';
import { forgetMemory, renderApp, useFreshDb } from '../../support/render-app';

/**
 * A step is drawn once the first edit-lock check has answered, in the mode it answered: never drawn
 * read-only first and then again for editing (a big step cost twice its drawing time that way).
 * A later check, when the user takes over editing from another tab, keeps the step on the page.
 */
let db: EquityDb;
beforeEach(() => {
  db = useFreshDb();
  forgetMemory();
});
afterEach(async () => {
  setLockBackendForTests(null);
  await useAssessmentStore.getState().flush();
  db.close();
});

/** A lock backend whose answers wait until the test gives them. */
function heldBackend(free: boolean) {
  const pending: ((handle: LockHandle | undefined) => void)[] = [];
  const backend: LockBackend = {
    acquire: (_name, { steal }) =>
      new Promise((resolve) => pending.push((h) => resolve(free || steal ? h : undefined))),
    wait: () => new Promise(() => undefined),
  };
  const answer = () => pending.splice(0).forEach((r) => r({ release: () => undefined }));
  return { backend, answer, pending };
}

async function created(): Promise<string> {
  await useAssessmentStore.getState().load();
  const a = await useAssessmentStore.getState().create();
  useAssessmentStore.getState().updateSection(a.id, 'meta', { ...a.meta, title: 'Route 12' });
  return a.id;
}

const title = () => screen.queryByRole('textbox', { name: /^Title/ });

describe('the first edit-lock check', () => {
  it('draws the step only once it is known that this tab edits', async () => {
    const lock = heldBackend(true);
    setLockBackendForTests(lock.backend);
    const id = await created();
    renderApp(`/assessments/${id}/details`);
    await waitFor(() => expect(lock.pending).toHaveLength(1));
    await screen.findByText(tKey('backup.readOnly.checking'), undefined, { timeout: 10_000 });
    expect(title()).toBeNull();
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();

    lock.answer();
    await waitFor(() => expect(title()).toBeEnabled());
    expect(screen.queryByText(tKey('backup.readOnly.checking'))).toBeNull();
    expect(
      screen.getByRole('heading', { level: 1, name: tKey('steps.details.heading') }),
    ).toBeVisible();
  }, 30_000);

  it('keeps the read-only step on the page while a take-over checks again', async () => {
    const lock = heldBackend(false);
    setLockBackendForTests(lock.backend);
    const id = await created();
    const { user } = renderApp(`/assessments/${id}/details`);
    await waitFor(() => expect(lock.pending).toHaveLength(1));
    lock.answer();
    await waitFor(() => expect(title()).toBeDisabled());

    await user.click(screen.getByRole('button', { name: tKey('backup.readOnly.takeOver') }));
    await screen.findByText(tKey('backup.readOnly.checking'));
    // Still there while the other tab is asked to hand over.
    expect(title()).toBeDisabled();
    await waitFor(() => expect(lock.pending.length).toBeGreaterThan(0));
  }, 30_000);
});
