import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';
import type { ServiceWorkerEvents } from '@/features/pwa/register-sw';

const plugin = vi.hoisted(() => ({
  options: undefined as RegisterSWOptions | undefined,
  updateSW: undefined as unknown as (reload?: boolean) => Promise<void>,
  calls: 0,
}));
vi.mock('virtual:pwa-register', () => ({
  registerSW: (options: RegisterSWOptions) => {
    plugin.calls += 1;
    plugin.options = options;
    return plugin.updateSW;
  },
}));

/** A stand-in for navigator.serviceWorker: an event target with a controller. */
function fakeContainer(controller: object | null) {
  const container = Object.assign(new EventTarget(), { controller });
  Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: container });
  return container;
}

function handlers() {
  return {
    onOfflineReady: vi.fn<() => void>(),
    onNeedRefresh: vi.fn<() => void>(),
    onNeedReload: vi.fn<() => void>(),
    onRegisterError: vi.fn<(error: unknown) => void>(),
  } satisfies ServiceWorkerEvents;
}

/** register-sw.ts keeps one registration per page: load a fresh copy for each test. */
async function load() {
  vi.resetModules();
  return import('@/features/pwa/register-sw');
}

beforeEach(() => {
  plugin.calls = 0;
  plugin.options = undefined;
  plugin.updateSW = vi.fn(() => Promise.resolve());
});
afterEach(() => {
  Reflect.deleteProperty(navigator, 'serviceWorker');
});

describe('registerServiceWorker', () => {
  it('registers once per page and forwards events to the latest handlers', async () => {
    fakeContainer({});
    const { registerServiceWorker } = await load();
    const first = handlers();
    const second = handlers();
    registerServiceWorker(first).dispose();
    const controls = registerServiceWorker(second);
    expect(plugin.calls).toBe(1);

    plugin.options?.onNeedRefresh?.();
    expect(first.onNeedRefresh).not.toHaveBeenCalled();
    expect(second.onNeedRefresh).toHaveBeenCalledTimes(1);

    await controls.activateUpdate();
    expect(plugin.updateSW).toHaveBeenCalledWith(true);
  });

  it('keeps events that arrive while nothing listens, and replays them', async () => {
    fakeContainer({});
    const { registerServiceWorker } = await load();
    registerServiceWorker(handlers()).dispose();
    plugin.options?.onOfflineReady?.();
    const later = handlers();
    registerServiceWorker(later);
    expect(later.onOfflineReady).toHaveBeenCalledTimes(1);
  });

  it('replaces the plugin’s own reload, so a takeover is reported once and never reloads', async () => {
    fakeContainer({});
    const { registerServiceWorker } = await load();
    const h = handlers();
    registerServiceWorker(h);
    expect(plugin.options?.onNeedReload).toBeTypeOf('function'); // else the plugin reloads the tab
    plugin.options?.onNeedReload?.();
    expect(h.onNeedReload).not.toHaveBeenCalled();
  });

  it('reports a new version taking over, but not the first install claiming the page', async () => {
    const container = fakeContainer(null); // a first visit: no controller yet
    const { registerServiceWorker } = await load();
    const h = handlers();
    registerServiceWorker(h);

    container.controller = {};
    container.dispatchEvent(new Event('controllerchange')); // the first install claims the page
    expect(h.onNeedReload).not.toHaveBeenCalled();

    container.dispatchEvent(new Event('controllerchange')); // "Update now": version B takes over
    expect(h.onNeedReload).toHaveBeenCalledTimes(1);
  });

  it('reports the takeover on a page that was controlled from the start', async () => {
    const container = fakeContainer({});
    const { registerServiceWorker } = await load();
    const h = handlers();
    registerServiceWorker(h);
    container.dispatchEvent(new Event('controllerchange'));
    expect(h.onNeedReload).toHaveBeenCalledTimes(1);
  });
});
