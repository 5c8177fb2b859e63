import { registerSW } from 'virtual:pwa-register';

/** What the service worker tells the page. */
export interface ServiceWorkerEvents {
  /** The app was cached for the first time: it now works offline. */
  onOfflineReady: () => void;
  /** A new version is installed and waiting for the user's go-ahead. */
  onNeedRefresh: () => void;
  /** The new version took control of this tab (after "Update now" here or in another tab). */
  onNeedReload: () => void;
  onRegisterError: (error: unknown) => void;
}

export interface ServiceWorkerControls {
  /** Lets the waiting version take over (SKIP_WAITING). Never reloads by itself. */
  activateUpdate: () => Promise<void>;
  /** Stops delivering events to these handlers. */
  dispose: () => void;
}

export type RegisterServiceWorker = (events: ServiceWorkerEvents) => ServiceWorkerControls;

/** While online, look for a new version this often (the browser also checks on each visit). */
export const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

type EventName = keyof ServiceWorkerEvents;

let updateServiceWorker: ((reloadPage?: boolean) => Promise<void>) | undefined;
let handlers: ServiceWorkerEvents | undefined;
/** Events that arrived while no component listened (e.g. between StrictMode's unmount and mount). */
const missed: { name: EventName; error?: unknown }[] = [];

function emit(name: EventName, error?: unknown): void {
  if (handlers) handlers[name](error);
  else missed.push({ name, error });
}

function checkForUpdates(registration: ServiceWorkerRegistration): void {
  const check = () => {
    if (!navigator.onLine || registration.installing) return;
    registration.update().catch(() => undefined); // offline or server down: try again later
  };
  window.setInterval(check, UPDATE_CHECK_INTERVAL_MS);
  window.addEventListener('online', check);
}

/**
 * Reports when a new version takes control of this page. Not the plugin's own signal: that one
 * stays silent when the page had no controller at registration (a first visit, claimed later).
 */
function watchController(): void {
  let hadController = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // The first install claiming this page is not an update.
    if (hadController) emit('onNeedReload');
    hadController = true;
  });
}

/**
 * Registers the service worker once per page (`virtual:pwa-register`, registerType "prompt") and
 * forwards its events to the latest handlers.
 */
export const registerServiceWorker: RegisterServiceWorker = (events) => {
  handlers = events;
  for (const { name, error } of missed.splice(0)) events[name](error);
  if (!updateServiceWorker && 'serviceWorker' in navigator) watchController();
  updateServiceWorker ??= registerSW({
    onOfflineReady: () => emit('onOfflineReady'),
    onNeedRefresh: () => emit('onNeedRefresh'),
    // Replaces the plugin's `window.location.reload()`; watchController() reports the change.
    onNeedReload: () => undefined,
    onRegisteredSW: (_url, registration) => {
      if (registration) checkForUpdates(registration);
    },
    onRegisterError: (error: unknown) => emit('onRegisterError', error),
  });
  const update = updateServiceWorker;
  return {
    activateUpdate: () => update(true),
    dispose: () => {
      if (handlers === events) handlers = undefined;
    },
  };
};
