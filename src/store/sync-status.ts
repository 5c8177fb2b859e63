import { create } from 'zustand';
import type { FieldPath, RestoredDoc } from '@/domain/sync';

/** What team sync is doing, in words a person understands (set by sync-engine.ts). */
export type SyncPhase =
  'off' | 'connecting' | 'otherTab' | 'syncing' | 'upToDate' | 'offline' | 'error';
export type SyncErrorKind = 'signIn' | 'forbidden' | 'notFound' | 'unreachable' | 'server';

export interface SyncConflict {
  docId: string;
  assessmentId: string;
  title: string;
  /** This device's text and the other revision's, for each field both changed. */
  fields: { path: FieldPath; mine: unknown; theirs: unknown }[];
}

export interface RejectedDoc {
  docId: string;
  error: string;
}

export interface SyncStatus {
  phase: SyncPhase;
  error?: { kind: SyncErrorKind; detail: string };
  lastSyncedAt?: string;
  /** Documents changed on this device that the server does not have yet. */
  pending: number;
  conflicts: SyncConflict[];
  rejected: RejectedDoc[];
  /** Documents refused by the server (no permission to write them). */
  denied: RejectedDoc[];
  restored: RestoredDoc[];
}

export const INITIAL_SYNC_STATUS: SyncStatus = {
  phase: 'off',
  pending: 0,
  conflicts: [],
  rejected: [],
  denied: [],
  restored: [],
};
export const useSyncStatus = create<SyncStatus>(() => INITIAL_SYNC_STATUS);
