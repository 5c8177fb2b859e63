import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Assessment } from '@/domain/assessment';
import { buildPackage, serializePackage } from '@/domain/package';
import { listSubmissions } from '@/storage/reviews';
import { typicalAssessment } from '../../fixtures/assessments';
import { freshAppForEachTest, renderApp } from '../../support/render-app';

/**
 * A reviewer's morning: several submitted files chosen at once with "Review a submission". Each
 * good one is kept; a bad one is named with its reason and writes nothing; the others still open.
 */
freshAppForEachTest();

async function packageFile(name: string, department: string): Promise<File> {
  const base = typicalAssessment();
  const a: Assessment = {
    ...base,
    id: crypto.randomUUID(),
    version: 1,
    status: 'submitted',
    meta: { ...base.meta, department, title: name },
  };
  const text = serializePackage(
    await buildPackage([a], { appVersion: '0.1.0', now: new Date('2026-04-01T10:00:00.000Z') }),
  );
  return new File([text], `${name}.json`, { type: 'application/json' });
}

const choose = async (files: File[]) => {
  const app = renderApp('/');
  const input = await screen.findByLabelText<HTMLInputElement>('Review a submission');
  expect(input.multiple).toBe(true);
  await app.user.upload(input, files);
  return app;
};

describe('opening several submissions at once', () => {
  it('opens every good file and names each refused one, with what it lacks', async () => {
    const files = [
      await packageFile('Pool hours', 'Parks'),
      new File(['%PDF-1.7 broken'], 'damaged.pdf', { type: 'application/pdf' }),
      await packageFile('Bus lanes', 'Transit'),
    ];
    await choose(files);
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent(
      'damaged.pdf cannot be opened for review: the file is damaged or not made by this app.',
    );
    expect(alert).toHaveTextContent('The other files were opened: 2 submissions.');
    expect(within(alert).getByRole('link', { name: 'Submissions to review' })).toHaveAttribute(
      'href',
      '/portfolio',
    );
    const kept = await listSubmissions();
    expect(kept.map((s) => s.assessment.meta.title).sort()).toEqual(['Bus lanes', 'Pool hours']);
  });

  it('goes to the portfolio when every file opened', async () => {
    await choose([
      await packageFile('Pool hours', 'Parks'),
      await packageFile('Bus lanes', 'Transit'),
      await packageFile('Rent relief', 'Housing'),
    ]);
    await screen.findByRole(
      'heading',
      { level: 1, name: 'Submissions to review' },
      { timeout: 10_000 },
    );
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(4));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
