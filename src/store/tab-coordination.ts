import { useCallback, useEffect, useState } from 'react';
import { useAssessmentStore } from './assessment-store';
import { defaultBackend, lockName, type LockBackend, type LockHandle } from './edit-lock-backends';
import { onTabMessage, postTabMessage } from './tab-channel';

/**
 * One tab edits a given assessment at a time. The tab that opens it first holds the lock
 * `edit:<id>` while the screen is open; any other tab shows it read-only (and follows its changes
 * through the tab channel) until the user takes over editing there, or until the editing tab closes
 * or leaves the assessment: then the first tab waiting takes the lock and edits by itself.
 */
export type EditMode = 'checking' | 'editing' | 'readOnly';

/** How long a take-over waits for the editing tab to save and hand over before taking the lock. */
export const HANDOVER_WAIT_MS = 1500;
const POLL_MS = 100;

interface Entry {
  mode: EditMode;
  handle: LockHandle | undefined;
  refs: number;
  listeners: Set<(mode: EditMode) => void>;
  releaseTimer: ReturnType<typeof setTimeout> | undefined;
  /** Set while this tab waits in line for the lock (read-only, until the editing tab lets go). */
  waiting: AbortController | undefined;
}

const entries = new Map<string, Entry>();
let backend: LockBackend | undefined | null = null;
let stopListening: (() => void) | undefined;

function getBackend(): LockBackend | undefined {
  if (backend === null) backend = defaultBackend();
  return backend;
}

/** Tests swap the backend (Web Locks are missing in jsdom). */
export function setLockBackendForTests(b: LockBackend | undefined | null): void {
  for (const [id, entry] of entries) {
    stopWaiting(entry);
    entry.handle?.release();
    entries.delete(id);
  }
  stopListening?.();
  stopListening = undefined;
  backend = b;
}

function setMode(id: string, entry: Entry, mode: EditMode): void {
  entry.mode = mode;
  useAssessmentStore.getState().setReadOnly(id, mode === 'readOnly');
  if (mode === 'readOnly') waitForFree(id, entry);
  else stopWaiting(entry);
  for (const l of entry.listeners) l(mode);
}

function stopWaiting(entry: Entry): void {
  entry.waiting?.abort();
  entry.waiting = undefined;
}

/** Read-only: queue for the lock; when the editing tab lets go, load what it saved and edit. */
function waitForFree(id: string, entry: Entry): void {
  const b = getBackend();
  if (!b || entry.waiting) return;
  const waiting = new AbortController();
  entry.waiting = waiting;
  void b
    .wait(lockName(id), waiting.signal, () => lost(id, entry))
    .then(async (handle) => {
      if (entry.waiting === waiting) entry.waiting = undefined;
      if (!handle) return;
      if (entries.get(id) !== entry || entry.mode !== 'readOnly' || waiting.signal.aborted) {
        handle.release();
        return;
      }
      entry.handle = handle;
      await useAssessmentStore
        .getState()
        .reloadRecords([id])
        .catch(() => undefined);
      if (entries.get(id) === entry && entry.handle === handle) setMode(id, entry, 'editing');
    });
}

function lost(id: string, entry: Entry): void {
  entry.handle = undefined;
  if (entries.get(id) === entry) setMode(id, entry, 'readOnly');
}

async function acquire(id: string, entry: Entry, steal: boolean): Promise<boolean> {
  const b = getBackend();
  if (!b) {
    // Nothing to coordinate with: this tab edits.
    setMode(id, entry, 'editing');
    return true;
  }
  const handle = await b.acquire(lockName(id), { steal }, () => lost(id, entry));
  if (entries.get(id) !== entry) {
    handle?.release();
    return false;
  }
  if (!handle) return false;
  entry.handle = handle;
  return true;
}

/** When another tab asks to take over: save what is pending, then hand over. */
function listen(): void {
  stopListening ??= onTabMessage((message) => {
    if (message.type !== 'release') return;
    const entry = entries.get(message.id);
    const handle = entry?.handle;
    if (!entry || !handle) return;
    entry.handle = undefined;
    void useAssessmentStore
      .getState()
      .flush()
      .catch(() => undefined)
      .finally(() => {
        handle.release();
        lost(message.id, entry);
      });
  });
}

function subscribe(id: string, listener: (mode: EditMode) => void): () => void {
  listen();
  let entry = entries.get(id);
  if (!entry) {
    const created: Entry = {
      mode: 'checking',
      handle: undefined,
      refs: 0,
      listeners: new Set(),
      releaseTimer: undefined,
      waiting: undefined,
    };
    entries.set(id, created);
    entry = created;
    void acquire(id, created, false).then((ok) => {
      if (entries.get(id) === created && created.mode === 'checking')
        setMode(id, created, ok ? 'editing' : 'readOnly');
    });
  }
  const e = entry;
  clearTimeout(e.releaseTimer);
  e.refs += 1;
  e.listeners.add(listener);
  listener(e.mode);
  return () => {
    e.refs -= 1;
    e.listeners.delete(listener);
    // Deferred so a quick unmount and remount (React StrictMode, a re-keyed step) keeps the lock.
    e.releaseTimer = setTimeout(() => {
      if (e.refs > 0 || entries.get(id) !== e) return;
      entries.delete(id);
      stopWaiting(e);
      e.handle?.release();
      e.handle = undefined;
      useAssessmentStore.getState().setReadOnly(id, false);
    }, 0);
  };
}

/** Asks the editing tab to hand over; takes the lock anyway if it does not answer in time. */
export async function takeOverEditing(id: string): Promise<void> {
  const entry = entries.get(id);
  if (!entry || entry.mode === 'editing') return;
  setMode(id, entry, 'checking');
  postTabMessage({ type: 'release', id });
  const deadline = Date.now() + HANDOVER_WAIT_MS;
  let ok = await acquire(id, entry, false);
  while (!ok && Date.now() < deadline && entries.get(id) === entry) {
    await new Promise((r) => setTimeout(r, POLL_MS));
    ok = await acquire(id, entry, false);
  }
  if (!ok && entries.get(id) === entry) ok = await acquire(id, entry, true);
  if (entries.get(id) !== entry) return;
  if (ok) {
    // Start from what the other tab saved last.
    useAssessmentStore.getState().setReadOnly(id, false);
    await useAssessmentStore
      .getState()
      .reloadRecords([id])
      .catch(() => undefined);
  }
  setMode(id, entry, ok ? 'editing' : 'readOnly');
}

/**
 * For a screen that edits one assessment: `editing` when this tab holds the edit lock, `readOnly`
 * when another tab does (render the form disabled with <ReadOnlyNotice>), `checking` briefly at first.
 */
export function useEditLock(assessmentId: string): { mode: EditMode; takeOver: () => void } {
  const [mode, setModeState] = useState<EditMode>('checking');
  useEffect(() => subscribe(assessmentId, setModeState), [assessmentId]);
  const takeOver = useCallback(() => void takeOverEditing(assessmentId), [assessmentId]);
  return { mode, takeOver };
}
