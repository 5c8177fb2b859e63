import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EquityDb } from '@/storage/db';
import { useAssessmentStore } from '@/store/assessment-store';
import { forgetMemory, renderApp, useFreshDb } from '../../support/render-app';

/**
 * An assessment deleted while it is open here (in another tab, or on another device through team
 * sync) says it is in the trash and can be restored from its own page; a restore brings its words
 * back. An address that was never an assessment still says "Page not found".
 */
let db: EquityDb;
beforeEach(() => {
  db = useFreshDb();
  forgetMemory();
});
afterEach(async () => {
  await useAssessmentStore.getState().flush();
  db.close();
});

describe('an open assessment deleted elsewhere', () => {
  it('says it is in the trash, and Restore opens it again with its words', async () => {
    await useAssessmentStore.getState().load();
    const a = await useAssessmentStore.getState().create();
    useAssessmentStore.getState().updateSection(a.id, 'meta', { ...a.meta, title: 'Giờ mở cửa' });
    const { user } = renderApp(`/assessments/${a.id}/details`);
    const title = () => screen.getByRole('textbox', { name: /^Title/ });
    await waitFor(() => expect(title()).toBeEnabled(), { timeout: 10_000 });

    // Deleted as another tab or team sync deletes it: the record leaves the list.
    await useAssessmentStore.getState().remove(a.id);
    const heading = await screen.findByRole('heading', {
      level: 1,
      name: '“Giờ mở cửa” is in the trash',
    });
    expect(heading).toBeVisible();
    expect(screen.getByText(/stays in the trash for 30 more days/)).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(title()).toHaveValue('Giờ mở cửa'), { timeout: 10_000 });
    expect(useAssessmentStore.getState().trash).toEqual([]);
  }, 30_000);

  it('still says "Page not found" for an address that was never an assessment', async () => {
    await useAssessmentStore.getState().load();
    renderApp('/assessments/0b7f6a9e-1c2d-4e5f-8a9b-0c1d2e3f4a5b/details');
    await screen.findByRole('heading', { level: 1, name: 'Page not found' }, { timeout: 10_000 });
  }, 30_000);
});
