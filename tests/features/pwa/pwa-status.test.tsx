import '@/i18n/i18n';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OFFLINE_READY_KEY } from '@/features/pwa/offline-ready-flag';
import { PwaStatus } from '@/features/pwa/pwa-status';
import type { RegisterServiceWorker, ServiceWorkerEvents } from '@/features/pwa/register-sw';

/** A stand-in for the service worker registration that the test drives by hand. */
function fakeServiceWorker() {
  let events: ServiceWorkerEvents | undefined;
  const activateUpdate = vi.fn(() => Promise.resolve());
  const register: RegisterServiceWorker = (e) => {
    events = e;
    return { activateUpdate, dispose: () => undefined };
  };
  const fire = (name: keyof ServiceWorkerEvents) =>
    act(() => {
      if (!events) throw new Error('PwaStatus did not register the service worker');
      events[name](undefined);
    });
  return { register, activateUpdate, fire };
}

function setOnline(online: boolean) {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
  act(() => {
    window.dispatchEvent(new Event(online ? 'online' : 'offline'));
  });
}

beforeEach(() => {
  localStorage.clear();
});
afterEach(() => {
  setOnline(true);
});

describe('PwaStatus updates', () => {
  it('shows no banner until a new version is waiting', () => {
    const sw = fakeServiceWorker();
    render(<PwaStatus register={sw.register} flush={() => Promise.resolve()} reload={vi.fn()} />);
    expect(screen.queryByRole('heading', { name: 'A new version is ready' })).toBeNull();
  });

  it('finishes the pending save before it lets the new version take over', async () => {
    const user = userEvent.setup();
    const sw = fakeServiceWorker();
    const order: string[] = [];
    let finishSave: () => void = () => undefined;
    const flush = vi.fn(
      () =>
        new Promise<void>((resolve) => {
          order.push('flush started');
          finishSave = () => {
            order.push('flush done');
            resolve();
          };
        }),
    );
    sw.activateUpdate.mockImplementation(() => {
      order.push('update');
      return Promise.resolve();
    });
    const reload = vi.fn();
    render(<PwaStatus register={sw.register} flush={flush} reload={reload} />);

    sw.fire('onNeedRefresh');
    expect(screen.getByRole('heading', { name: 'A new version is ready' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Update now' }));

    expect(screen.getByText('Saving your work…')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Update now' })).toBeDisabled();
    expect(sw.activateUpdate).not.toHaveBeenCalled();

    await act(async () => finishSave());
    expect(order).toEqual(['flush started', 'flush done', 'update']);
    expect(screen.getByText('Updating…')).toBeVisible();

    // The tab reloads only when the new version has taken over, because the user asked for it.
    expect(reload).not.toHaveBeenCalled();
    sw.fire('onNeedReload');
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('says so and does not update when the save fails', async () => {
    const user = userEvent.setup();
    const sw = fakeServiceWorker();
    const reload = vi.fn();
    const flush = vi.fn(() => Promise.reject(new Error('QuotaExceededError')));
    render(<PwaStatus register={sw.register} flush={flush} reload={reload} />);

    sw.fire('onNeedRefresh');
    await user.click(screen.getByRole('button', { name: 'Update now' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      /could not be saved, so the app was not updated/,
    );
    expect(sw.activateUpdate).not.toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();
    // The choice is still there, to try again later.
    expect(screen.getByRole('button', { name: 'Update now' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Later' })).toBeEnabled();
  });

  it('"Later" hides the banner and changes nothing', async () => {
    const user = userEvent.setup();
    const sw = fakeServiceWorker();
    const flush = vi.fn(() => Promise.resolve());
    render(<PwaStatus register={sw.register} flush={flush} reload={vi.fn()} />);

    sw.fire('onNeedRefresh');
    await user.click(screen.getByRole('button', { name: 'Later' }));

    expect(screen.queryByRole('heading', { name: 'A new version is ready' })).toBeNull();
    expect(flush).not.toHaveBeenCalled();
    expect(sw.activateUpdate).not.toHaveBeenCalled();
  });

  it('never reloads by itself when another tab started the new version', async () => {
    const user = userEvent.setup();
    const sw = fakeServiceWorker();
    const reload = vi.fn();
    const flush = vi.fn(() => Promise.resolve());
    render(<PwaStatus register={sw.register} flush={flush} reload={reload} />);

    sw.fire('onNeedRefresh');
    sw.fire('onNeedReload');
    expect(reload).not.toHaveBeenCalled();
    expect(screen.getByRole('heading', { name: 'Updated in another tab' })).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Reload this tab' }));
    expect(flush).toHaveBeenCalledTimes(1);
    expect(reload).toHaveBeenCalledTimes(1);
  });
});

describe('PwaStatus offline', () => {
  it('shows a calm status while the connection is off', () => {
    const sw = fakeServiceWorker();
    render(<PwaStatus register={sw.register} flush={() => Promise.resolve()} reload={vi.fn()} />);
    expect(screen.queryByText(/You are offline/)).toBeNull();

    setOnline(false);
    const status = screen.getByText(/You are offline/).closest('[role="status"]');
    expect(status).not.toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();

    setOnline(true);
    expect(screen.queryByText(/You are offline/)).toBeNull();
  });

  it('says "Ready to work offline" once per device', async () => {
    const user = userEvent.setup();
    const first = fakeServiceWorker();
    const { unmount } = render(
      <PwaStatus register={first.register} flush={() => Promise.resolve()} reload={vi.fn()} />,
    );
    first.fire('onOfflineReady');
    expect(screen.getByText(/Ready to work offline/)).toBeVisible();
    expect(localStorage.getItem(OFFLINE_READY_KEY)).not.toBeNull();

    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/Ready to work offline/)).toBeNull();
    unmount();

    const second = fakeServiceWorker();
    render(
      <PwaStatus register={second.register} flush={() => Promise.resolve()} reload={vi.fn()} />,
    );
    second.fire('onOfflineReady');
    expect(screen.queryByText(/Ready to work offline/)).toBeNull();
  });
});
