import { screen, waitFor, within } from '@testing-library/react';
import type { ComponentProps } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as ListModule from '@/features/assessment-list/assessment-list-page';
import type * as WizardModule from '@/features/wizard/wizard-page';
import type * as NotFoundModule from '@/components/ui/not-found';
import { i18n } from '@/i18n/i18n';
import { saveAssessment } from '@/storage/assessment-repository';
import type { EquityDb } from '@/storage/db';
import { useAssessmentStore } from '@/store/assessment-store';
import { typicalAssessment } from '../fixtures/assessments';
import { forgetMemory, renderApp, useFreshDb } from '../support/render-app';

const t = i18n.t.bind(i18n);

/** Which screens throw while rendering in this test. (A screen whose code fails to load:
 * tests/components/ui/screen-error-boundary.test.tsx and tests/e2e/screen-error.e2e.test.ts.) */
const broken = vi.hoisted(() => ({
  list: false,
  wizard: false,
  notFound: false,
  errors: [] as unknown[],
}));

function crash(where: string): never {
  const error = new RangeError(`Invalid array length in ${where}`);
  broken.errors.push(error);
  throw error;
}

vi.mock('@/features/assessment-list/assessment-list-page', async (importOriginal) => {
  const real = await importOriginal<typeof ListModule>();
  return {
    AssessmentListPage: () => {
      if (broken.list) crash('the list');
      return <real.AssessmentListPage />;
    },
  };
});

vi.mock('@/features/wizard/wizard-page', async (importOriginal) => {
  const real = await importOriginal<typeof WizardModule>();
  return {
    WizardPage: (props: ComponentProps<typeof real.WizardPage>) => {
      if (broken.wizard) crash('the wizard');
      return <real.WizardPage {...props} />;
    },
  };
});

vi.mock('@/components/ui/not-found', async (importOriginal) => {
  const real = await importOriginal<typeof NotFoundModule>();
  return {
    NotFound: () => {
      if (broken.notFound) crash('the not-found page');
      return <real.NotFound />;
    },
  };
});

let db: EquityDb;
beforeEach(() => {
  db = useFreshDb();
  forgetMemory();
  Object.assign(broken, { list: false, wizard: false, notFound: false, errors: [] });
  // React reports an error a boundary caught with console.error; anything else still fails.
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    const ours = args.some((a) => broken.errors.includes(a));
    if (!ours) throw new Error(`console.error: ${args.map(String).join(' ')}`);
  });
});
afterEach(async () => {
  await useAssessmentStore.getState().flush();
  db.close();
});

describe('a screen that stops working', () => {
  it('the list: a calm message with focus on it; the way back works once it is fixed', async () => {
    broken.list = true;
    const { user } = renderApp('/');
    const heading = await screen.findByRole('heading', { level: 1, name: t('screenError.title') });
    await waitFor(() => expect(heading).toHaveFocus());
    // The header and footer stay; no English from the error is in view.
    expect(screen.getByRole('link', { name: t('app.name') })).toBeVisible();
    expect(screen.getByText(/Invalid array length/)).not.toBeVisible();

    broken.list = false;
    await user.click(screen.getByRole('button', { name: t('screenError.retry') }));
    expect(
      await screen.findByRole('heading', { level: 1, name: t('list.heading') }),
    ).toBeInTheDocument();
  });

  it('the wizard: the message replaces only the screen, and the link goes back to the list', async () => {
    const a = typicalAssessment();
    await saveAssessment(a);
    broken.wizard = true;
    const { user } = renderApp(`/assessments/${a.id}/q2`);
    const heading = await screen.findByRole('heading', { level: 1, name: t('screenError.title') });
    await waitFor(() => expect(heading).toHaveFocus());
    const main = screen.getByRole('main');
    await user.click(within(main).getByRole('link', { name: t('app.backToList') }));
    expect(
      await screen.findByRole('heading', { level: 1, name: t('list.heading') }),
    ).toBeInTheDocument();
    expect(window.location.pathname).toBe('/');
  });

  it('the not-found page: the message, and "Try again" shows the page', async () => {
    broken.notFound = true;
    const { user } = renderApp('/no/such/page');
    const heading = await screen.findByRole('heading', { level: 1, name: t('screenError.title') });
    await waitFor(() => expect(heading).toHaveFocus());
    broken.notFound = false;
    await user.click(screen.getByRole('button', { name: t('screenError.retry') }));
    const notFound = await screen.findByRole('heading', { level: 1, name: t('app.notFoundTitle') });
    await waitFor(() => expect(notFound).toHaveFocus());
  });
});
