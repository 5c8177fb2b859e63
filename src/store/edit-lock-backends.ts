import { TAB_ID } from './tab-channel';

const EDIT_PREFIX = 'edit:';

/** The name of the lock a tab holds while it edits assessment `id`. */
export const lockName = (id: string): string => `${EDIT_PREFIX}${id}`;

/** A held lock. `release()` lets it go; losing it to another tab calls the `onLost` given at acquire. */
export interface LockHandle {
  release: () => void;
}

export interface LockBackend {
  /** `steal: false` takes the lock only if it is free; `steal: true` takes it from any holder. */
  acquire: (
    name: string,
    opts: { steal: boolean },
    onLost: () => void,
  ) => Promise<LockHandle | undefined>;
  /**
   * Waits until the lock is free and takes it (a read-only tab becomes the editing tab when the
   * editing tab closes or leaves the assessment). Resolves `undefined` when `signal` aborts first.
   */
  wait: (name: string, signal: AbortSignal, onLost: () => void) => Promise<LockHandle | undefined>;
}

/** Web Locks: held for as long as the callback's promise is pending; the browser frees it on close. */
export function webLocksBackend(locks: LockManager): LockBackend {
  return {
    acquire: (name, { steal }, onLost) =>
      new Promise((resolve) => {
        let release: () => void = () => undefined;
        const held = new Promise<void>((r) => (release = r));
        locks
          .request(name, steal ? { steal: true } : { ifAvailable: true }, async (lock) => {
            if (!lock) {
              resolve(undefined);
              return;
            }
            resolve({ release });
            await held;
          })
          .catch(() => {
            // AbortError: another tab stole the lock.
            resolve(undefined);
            onLost();
          });
      }),
    wait: (name, signal, onLost) =>
      new Promise((resolve) => {
        let granted = false;
        let release: () => void = () => undefined;
        const held = new Promise<void>((r) => (release = r));
        locks
          .request(name, { signal }, async () => {
            granted = true;
            resolve({ release });
            await held;
          })
          .catch(() => {
            // Before the grant: our own abort. After it: another tab stole the lock.
            resolve(undefined);
            if (granted) onLost();
          });
      }),
  };
}

/** Lease lengths of the localStorage fallback. */
export const LEASE_MS = 6000;
export const HEARTBEAT_MS = 2000;
const PREFIX = 'equity-decision-tool:lock:';

interface Lease {
  tab: string;
  until: number;
}

function readLease(key: string): Lease | undefined {
  try {
    const raw = localStorage.getItem(key);
    if (!raw) return undefined;
    const v: unknown = JSON.parse(raw);
    if (typeof v !== 'object' || v === null) return undefined;
    const tab: unknown = Reflect.get(v, 'tab');
    const until: unknown = Reflect.get(v, 'until');
    return typeof tab === 'string' && typeof until === 'number' ? { tab, until } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Fallback when Web Locks are missing: a lease in localStorage that the holder renews every
 * HEARTBEAT_MS. A tab that closes without releasing frees it after LEASE_MS.
 */
export function leaseBackend(opts: { tabId?: string; now?: () => number } = {}): LockBackend {
  const tab = opts.tabId ?? TAB_ID;
  const now = opts.now ?? Date.now;
  const backend: LockBackend = {
    wait: async (name, signal, onLost) => {
      // Leases expire rather than being released on a crash: look again at every heartbeat.
      while (!signal.aborted) {
        const handle = await backend.acquire(name, { steal: false }, onLost);
        if (handle) {
          if (!signal.aborted) return handle;
          handle.release();
          return undefined;
        }
        await new Promise<void>((r) => {
          const timer = setTimeout(r, HEARTBEAT_MS);
          signal.addEventListener('abort', () => (clearTimeout(timer), r()), { once: true });
        });
      }
      return undefined;
    },
    acquire: async (name, { steal }, onLost) => {
      const key = PREFIX + name;
      const current = readLease(key);
      if (!steal && current && current.tab !== tab && current.until > now()) return undefined;
      const write = () =>
        localStorage.setItem(key, JSON.stringify({ tab, until: now() + LEASE_MS }));
      try {
        write();
      } catch {
        return undefined;
      }
      let active = true;
      const stop = () => {
        active = false;
        clearInterval(timer);
        window.removeEventListener('storage', onStorage);
        window.removeEventListener('pagehide', release);
      };
      const check = () => {
        if (!active) return;
        if (readLease(key)?.tab !== tab) {
          stop();
          onLost();
          return;
        }
        write();
      };
      const onStorage = (e: StorageEvent) => {
        if (e.key === key) check();
      };
      const release = () => {
        if (!active) return;
        stop();
        if (readLease(key)?.tab === tab) localStorage.removeItem(key);
      };
      const timer = setInterval(check, HEARTBEAT_MS);
      window.addEventListener('storage', onStorage);
      window.addEventListener('pagehide', release);
      return { release };
    },
  };
  return backend;
}

export function defaultBackend(): LockBackend | undefined {
  if (typeof navigator !== 'undefined' && navigator.locks) return webLocksBackend(navigator.locks);
  try {
    localStorage.getItem(PREFIX);
    return leaseBackend();
  } catch {
    return undefined;
  }
}

/**
 * The assessments some tab is editing right now (their edit lock is held): at start, what those
 * tabs journaled is theirs and still live, not left over from a crash.
 */
export async function heldEditIds(now = Date.now()): Promise<Set<string>> {
  const ids = new Set<string>();
  try {
    const snapshot = await navigator.locks?.query();
    for (const l of snapshot?.held ?? [])
      if (l.name?.startsWith(EDIT_PREFIX)) ids.add(l.name.slice(EDIT_PREFIX.length));
  } catch {
    // No Web Locks: the leases below are all there is.
  }
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (!key?.startsWith(PREFIX + EDIT_PREFIX)) continue;
      const lease = readLease(key);
      if (lease && lease.until > now) ids.add(key.slice((PREFIX + EDIT_PREFIX).length));
    }
  } catch {
    // No localStorage: nothing to add.
  }
  return ids;
}
