import type { StoreApi } from 'zustand';
import type { AssessmentsSlice } from './assessments-slice';
import type { Autosave } from './autosave';
import type { BackupSlice } from './backup-slice';
import type { LoadSlice } from './load-slice';
import type { TabSyncSlice } from './tab-sync-slice';
import type { TrashSlice } from './trash-slice';

/** The whole store: one zustand store made of slices, one per job. */
export type AssessmentState = AssessmentsSlice &
  LoadSlice &
  TrashSlice &
  BackupSlice &
  TabSyncSlice;

export type SetState = StoreApi<AssessmentState>['setState'];
export type GetState = StoreApi<AssessmentState>['getState'];

/** What the slices share besides the state: the one autosave queue. */
export interface StoreContext {
  autosave: Autosave;
}

export type SliceCreator<T> = (set: SetState, get: GetState, ctx: StoreContext) => T;

/**
 * The device's storage can't be used: IndexedDB is missing (some private modes) or a write failed
 * (quota…). Work stays in memory, writes are retried, and the UI shows a banner until it clears.
 */
export interface StorageFailure {
  kind: 'unavailable' | 'writeFailed';
  message: string;
  since: string;
}

export function failure(kind: StorageFailure['kind'], message: string): StorageFailure {
  return { kind, message, since: new Date().toISOString() };
}

/**
 * "Name: message", once: browsers and Dexie often start the message with the name already, and
 * Dexie repeats the inner error on a second line.
 */
export function errorText(e: unknown): string {
  const name: unknown = typeof e === 'object' && e !== null ? Reflect.get(e, 'name') : undefined;
  const text: unknown = typeof e === 'object' && e !== null ? Reflect.get(e, 'message') : undefined;
  if (typeof name !== 'string' || typeof text !== 'string') return String(e);
  const bare = (l: string) => (l.startsWith(`${name}:`) ? l.slice(name.length + 1).trim() : l);
  const lines = [...new Set(text.split('\n').map((l) => bare(l.trim())))].filter(Boolean);
  return lines.length ? `${name}: ${lines.join(' ')}` : name;
}
