import '@/i18n/i18n';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Router } from 'wouter';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { LoadProblems } from '@/features/assessment-list/load-problems';
import { RecoveryNotice } from '@/features/backup/recovery-notice';
import { useAssessmentStore } from '@/store/assessment-store';

let downloaded: Blob[] = [];
beforeEach(() => {
  downloaded = [];
  URL.createObjectURL = vi.fn((b: Blob) => {
    downloaded.push(b);
    return 'blob:test';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
});

describe('RecoveryNotice', () => {
  it('names the assessment and the step, links to it, and is said once', async () => {
    const user = userEvent.setup();
    useAssessmentStore.setState({ recovered: [{ id: 'a1', title: 'Bus route 12', step: 'q3' }] });
    render(
      <Router>
        <RecoveryNotice />
      </Router>,
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'Your last changes to “Bus route 12” (Community) were recovered after the browser closed unexpectedly.',
    );
    const link = screen.getByRole('link', { name: 'Open “Bus route 12”' });
    expect(link).toHaveAttribute('href', '/assessments/a1/q3');
    await user.click(screen.getByRole('button', { name: 'Close this message' }));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(useAssessmentStore.getState().recovered).toEqual([]);
  });
});

describe('LoadProblems', () => {
  it('lists every unreadable thing with where it was, and downloads them all as one file', async () => {
    const user = userEvent.setup();
    const raw = { id: 'r1', meta: 5 };
    useAssessmentStore.setState({
      problems: [
        { id: 'r1', error: 'meta: bad', source: 'record', raw },
        { id: 't1', error: 'id: bad', source: 'trash', raw: { id: 't1' } },
        { id: '?', error: 'Unexpected end of JSON input', source: 'crashCopy', raw: '{"v":2' },
      ],
    });
    render(<LoadProblems />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('3 items stored on this device could not be read');
    expect(alert).toHaveTextContent('assessment in the trash t1: id: bad');
    expect(alert).toHaveTextContent(
      'copy kept while saving failed ?: Unexpected end of JSON input',
    );
    await user.click(screen.getByRole('button', { name: 'Download these as a file' }));
    expect(downloaded).toHaveLength(1);
    const file = JSON.parse(await downloaded[0]!.text()) as { items: unknown[] };
    expect(file.items).toEqual([
      { source: 'record', id: 'r1', error: 'meta: bad', raw },
      { source: 'trash', id: 't1', error: 'id: bad', raw: { id: 't1' } },
      { source: 'crashCopy', id: '?', error: 'Unexpected end of JSON input', raw: '{"v":2' },
    ]);
  });
});
