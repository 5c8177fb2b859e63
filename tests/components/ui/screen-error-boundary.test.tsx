import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { navigate } from 'wouter/use-browser-location';
import { lazyScreen } from '@/components/ui/lazy-screen';
import { ScreenBoundary } from '@/components/ui/screen-error-boundary';
import { i18n } from '@/i18n/i18n';

const t = i18n.t.bind(i18n);
const RAW = 'Cannot read properties of undefined (reading "rows")';

/**
 * React reports an error a boundary caught with console.error (or one wrapping it as its cause,
 * as a failed screen load is); anything else still fails.
 */
let thrown: unknown[];
const ours = (a: unknown) => thrown.includes(a) || (a instanceof Error && thrown.includes(a.cause));
beforeEach(() => {
  thrown = [];
  window.history.replaceState(null, '', '/somewhere');
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    if (!args.some(ours)) throw new Error(`console.error: ${args.join(' ')}`);
  });
});

function crash(message = RAW): never {
  const error = new TypeError(message);
  thrown.push(error);
  throw error;
}

let broken = true;
function Screen() {
  if (broken) crash();
  return <h1>The screen</h1>;
}

describe('screen error boundary', () => {
  beforeEach(() => {
    broken = true;
  });

  it('shows a calm message, moves focus to its heading and keeps the raw error folded away', async () => {
    const user = userEvent.setup();
    render(
      <ScreenBoundary>
        <Screen />
      </ScreenBoundary>,
    );
    const heading = screen.getByRole('heading', { level: 1, name: t('screenError.title') });
    expect(screen.getByText(t('screenError.text'))).toBeVisible();
    expect(screen.getByText(t('screenError.saved'))).toBeVisible();
    await waitFor(() => expect(heading).toHaveFocus());
    expect(document.title).toContain(t('screenError.title'));

    // The error's own words are only in the folded "Technical details".
    const raw = screen.getByText(`TypeError: ${RAW}`);
    expect(raw).not.toBeVisible();
    await user.click(screen.getByText(t('screenError.detailsSummary')));
    expect(raw).toBeVisible();
    expect(screen.getByText(t('screenError.detailsIntro'))).toBeVisible();

    expect(screen.getByRole('link', { name: t('app.backToList') })).toHaveAttribute('href', '/');
  });

  it('"Try again" renders the screen again', async () => {
    const user = userEvent.setup();
    render(
      <ScreenBoundary>
        <Screen />
      </ScreenBoundary>,
    );
    const retry = screen.getByRole('button', { name: t('screenError.retry') });
    // Still broken: the message comes back.
    await user.click(retry);
    expect(screen.getByRole('heading', { name: t('screenError.title') })).toBeInTheDocument();
    broken = false;
    await user.click(screen.getByRole('button', { name: t('screenError.retry') }));
    expect(screen.getByRole('heading', { name: 'The screen' })).toBeInTheDocument();
    expect(screen.queryByText(t('screenError.title'))).not.toBeInTheDocument();
  });

  it('leaves the message behind when the address changes', async () => {
    render(
      <ScreenBoundary>
        <Screen />
      </ScreenBoundary>,
    );
    expect(screen.getByRole('heading', { name: t('screenError.title') })).toBeInTheDocument();
    broken = false;
    act(() => navigate('/elsewhere'));
    expect(await screen.findByRole('heading', { name: 'The screen' })).toBeInTheDocument();
  });
});

describe('a screen whose code fails to load', () => {
  it('says the page could not be loaded, and "Try again" loads it again', async () => {
    const user = userEvent.setup();
    const offline = new TypeError('Failed to fetch dynamically imported module: /assets/x.js');
    const load = vi
      .fn<() => Promise<() => React.ReactNode>>()
      .mockRejectedValueOnce(offline)
      .mockResolvedValue(() => <h1>Loaded screen</h1>);
    const Lazy = lazyScreen(load);
    thrown.push(offline);

    render(
      <ScreenBoundary>
        <Lazy />
      </ScreenBoundary>,
    );
    const heading = await screen.findByRole('heading', {
      level: 1,
      name: t('screenError.notLoadedTitle'),
    });
    expect(screen.getByText(t('screenError.notLoadedText'))).toBeVisible();
    await waitFor(() => expect(heading).toHaveFocus());
    expect(load).toHaveBeenCalledTimes(1); // no retry until asked
    expect(screen.getByText(/Failed to fetch dynamically imported module/)).not.toBeVisible();

    await user.click(screen.getByRole('button', { name: t('screenError.retry') }));
    expect(await screen.findByRole('heading', { name: 'Loaded screen' })).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('loads the page again when "Try again" fails too (a browser that keeps a failed import)', async () => {
    const user = userEvent.setup();
    const kept = new TypeError('Failed to fetch dynamically imported module: /assets/x.js');
    const load = vi.fn<() => Promise<() => React.ReactNode>>().mockRejectedValue(kept);
    const reload = vi.fn();
    const Lazy = lazyScreen(load, reload);
    thrown.push(kept);

    render(
      <ScreenBoundary>
        <Lazy />
      </ScreenBoundary>,
    );
    await screen.findByRole('heading', { level: 1, name: t('screenError.notLoadedTitle') });
    // The first failure shows the message; nothing reloads by itself.
    expect(reload).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: t('screenError.retry') }));
    await waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
    expect(load).toHaveBeenCalledTimes(2);
    // Once: the page is going away, and nothing asks again meanwhile.
    await new Promise((ok) => setTimeout(ok, 50));
    expect(reload).toHaveBeenCalledTimes(1);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
