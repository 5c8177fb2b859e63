import '@/i18n/i18n';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Assessment } from '@/domain/assessment';
import { canonicalJson, fingerprint } from '@/domain/fingerprint';
import { PACKAGE_FORMAT_NAME, buildPackage, serializePackage } from '@/domain/package';
import { ImportButton } from '@/features/backup/import-button';
import { ImportDropZone } from '@/features/backup/import-drop-zone';
import { EquityDb, getDb, setDbForTests } from '@/storage/db';
import { useAssessmentStore } from '@/store/assessment-store';
import { typicalAssessment } from '../../fixtures/assessments';

let n = 0;
beforeEach(async () => {
  setDbForTests(new EquityDb(`import-ui-test-${++n}`));
  useAssessmentStore.setState({ byId: {}, loaded: false, trash: [], storageFailure: undefined });
  await getDb().assessments.put(structuredClone(typicalAssessment()));
  await useAssessmentStore.getState().load();
});
afterEach(async () => {
  await getDb().delete();
  setDbForTests(undefined);
});

const other: Assessment = {
  ...typicalAssessment(),
  id: '7e1f2a9c-1111-4c39-9d0c-3b7e1f2a9c11',
  readableId: 'EQ-2026-FRFJ-N70H',
  meta: { ...typicalAssessment().meta, title: 'Library hours' },
};

async function dbState(): Promise<string> {
  return canonicalJson(await getDb().assessments.toArray());
}

function file(text: string, name = 'backup.json'): File {
  return new File([text], name, { type: 'application/json' });
}

function renderImport() {
  const user = userEvent.setup();
  render(
    <ImportDropZone>
      <h1>Assessments</h1>
      <ImportButton />
    </ImportDropZone>,
  );
  return { user, choose: (f: File) => user.upload(screen.getByLabelText('Import'), f) };
}

describe('importing a bad file', () => {
  const cases: [string, () => Promise<string> | string, RegExp][] = [
    ['text that is not JSON', () => 'this is not json', /is not JSON text/],
    ['an empty file', () => '', /The file is empty/],
    [
      'JSON that is not a backup',
      () => JSON.stringify({ hello: 'world' }),
      /not a backup from this app/,
    ],
    [
      'a newer format',
      () => JSON.stringify({ formatName: PACKAGE_FORMAT_NAME, formatVersion: 7 }),
      /newer version of this app \(format 7\)/,
    ],
    [
      'an assessment with a broken field',
      async () => {
        const a = { ...typicalAssessment(), status: 'lost' };
        return JSON.stringify({
          formatName: PACKAGE_FORMAT_NAME,
          formatVersion: 1,
          appVersion: '0.1.0',
          exportedAt: '2026-04-01T00:00:00.000Z',
          assessments: [{ fingerprint: await fingerprint(a), assessment: a }],
        });
      },
      /Assessment 1 in the file \(EQ-2026-5WE7-MFJV .*\) has a problem in the field "status": the value is not one of the allowed choices/,
    ],
    [
      'a file changed after the backup',
      async () => (await packageOf([other])).replace('Library hours', 'Library days'),
      /changed or damaged after it was backed up/,
    ],
  ];

  it.each(cases)(
    'says what is wrong with %s and changes nothing',
    async (_name, make, expected) => {
      const before = await dbState();
      const { choose } = renderImport();
      await choose(file(await make(), 'broken.json'));
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('broken.json cannot be imported');
      expect(alert).toHaveTextContent(expected);
      expect(alert).toHaveTextContent('Nothing was imported');
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
      expect(await dbState()).toBe(before);
    },
  );

  it('says a file over 20 MB is too large without reading it', async () => {
    const { choose } = renderImport();
    const big = file('{}', 'huge.json');
    Object.defineProperty(big, 'size', { value: 21_000_000 });
    await choose(big);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /The file is 21 MB, over the limit of 20 MB/,
    );
  });
});

async function packageOf(list: Assessment[]): Promise<string> {
  return serializePackage(
    await buildPackage(list, { appVersion: '0.1.0', now: new Date('2026-04-01T10:00:00.000Z') }),
  );
}

describe('importing a backup', () => {
  it('previews what will happen and writes only after confirming', async () => {
    const changed = {
      ...typicalAssessment(),
      updatedAt: '2026-03-31T00:00:00.000Z',
      meta: { ...typicalAssessment().meta, division: 'Changed in the file' },
    };
    const { user, choose } = renderImport();
    await choose(file(await packageOf([changed, other])));

    const dialog = await screen.findByRole('dialog', { name: 'Import from backup.json' });
    expect(
      within(dialog).getByText('This file holds 2 assessments, backed up on', { exact: false }),
    ).toBeVisible();
    expect(within(dialog).getByText('Added: 1')).toBeVisible();
    expect(within(dialog).getByText('Replaced: 1')).toBeVisible();
    const rows = within(dialog).getAllByRole('row');
    expect(rows[1]).toHaveTextContent(/Will replace the one on this device/);
    expect(rows[2]).toHaveTextContent(/Library hours.*Will be added/);

    // Keeping both turns the replacement into a copy.
    await user.click(within(dialog).getByRole('radio', { name: 'Keep both: import it as a copy' }));
    expect(within(dialog).getByText('Added: 2')).toBeVisible();
    expect(within(dialog).getByText('Replaced: 0')).toBeVisible();
    expect(await getDb().assessments.count()).toBe(1);

    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    expect(
      await screen.findByText('Import finished: 2 added, 0 replaced, 0 skipped.'),
    ).toBeVisible();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await getDb().assessments.count()).toBe(3);
    // On the list by their summaries (records are read when opened).
    const titles = Object.values(useAssessmentStore.getState().summaries).map((s) => s.title);
    expect(titles).toContain(`${typicalAssessment().meta.title} (imported copy)`);
  });

  it('writes nothing when cancelled', async () => {
    const before = await dbState();
    const { user, choose } = renderImport();
    await choose(file(await packageOf([other])));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await dbState()).toBe(before);
  });

  it('imports a file dropped on the list', async () => {
    renderImport();
    const zone = screen.getByTestId('import-drop-zone');
    const dropped = file(await packageOf([other]), 'dropped.json');
    const { fireEvent } = await import('@testing-library/react');
    fireEvent.drop(zone, { dataTransfer: { files: [dropped], types: ['Files'] } });
    expect(
      await screen.findByRole('dialog', { name: 'Import from dropped.json' }),
    ).toBeInTheDocument();
  });
});
