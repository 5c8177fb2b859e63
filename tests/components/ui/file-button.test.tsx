import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FileButton } from '@/components/ui/file-button';

const file = () => new File(['{}'], 'backup.json', { type: 'application/json' });

describe('FileButton', () => {
  it('opens the file chooser from its button and hands over each chosen file, the same one again too', async () => {
    const onFile = vi.fn();
    render(<FileButton label="Import" accept=".json" onFile={onFile} />);
    const input = screen.getByLabelText<HTMLInputElement>('Import');
    expect(input.type).toBe('file');
    expect(input.multiple).toBe(false);
    expect(input.accept).toBe('.json');
    const opened = vi.spyOn(input, 'click');
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(opened).toHaveBeenCalledTimes(1);

    const chosen = file();
    await userEvent.upload(input, chosen);
    await userEvent.upload(input, chosen);
    expect(onFile).toHaveBeenCalledTimes(2);
    expect(onFile).toHaveBeenLastCalledWith(chosen);
  });

  it('with onFiles, lets several files be chosen at once and hands them all over', async () => {
    const onFiles = vi.fn();
    render(<FileButton label="Review" accept=".pdf" onFiles={onFiles} />);
    const input = screen.getByLabelText<HTMLInputElement>('Review');
    expect(input.multiple).toBe(true);
    const files = ['a.pdf', 'b.pdf', 'c.pdf'].map((n) => new File(['%PDF-'], n));
    await userEvent.upload(input, files);
    expect(onFiles).toHaveBeenCalledTimes(1);
    expect(onFiles).toHaveBeenLastCalledWith(files);
  });

  it('while busy says so and opens nothing', async () => {
    render(<FileButton label="Open" busyLabel="Reading…" busy accept=".pdf" onFile={vi.fn()} />);
    const button = screen.getByRole('button', { name: 'Reading…' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    const opened = vi.spyOn(screen.getByLabelText<HTMLInputElement>('Open'), 'click');
    await userEvent.click(button);
    expect(opened).not.toHaveBeenCalled();
  });
});
