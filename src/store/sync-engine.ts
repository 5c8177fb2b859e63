import Dexie from 'dexie';
import PouchDB from 'pouchdb-browser';
import {
  checkServerUrl,
  contentHash,
  mergeRecords,
  parseSyncDocId,
  withField,
  type RestoredDoc,
} from '@/domain/sync';
import {
  NotWrittenError,
  parseSyncRecord,
  SyncMirror,
  type SyncBody,
  type SyncDoc,
} from '@/storage/sync-mirror';
import { useAssessmentStore } from './assessment-store';
import type { SyncCredentials } from './sync-settings';
import {
  INITIAL_SYNC_STATUS as INITIAL,
  useSyncStatus,
  type SyncConflict,
  type SyncErrorKind,
  type SyncPhase,
} from './sync-status';
import { postTabMessage } from './tab-channel';

/**
 * Team sync, loaded only when it is turned on (a lazy chunk): replication with the team server
 * through the mirror (storage/sync-mirror.ts), the status a person reads, and conflicts.
 */
/** Waits after a change to push, and the most a retry waits while the server is unreachable. */
const PUSH_DELAY_MS = 300;
const MAX_BACK_OFF_MS = 30_000;
/** Quiet time before the mirror's state is saved, and before written records are reloaded. */
const SAVE_DELAY_MS = 500;
const RELOAD_DELAY_MS = 100;

function errorKind(e: unknown): SyncErrorKind {
  const status = typeof e === 'object' && e !== null ? Reflect.get(e, 'status') : undefined;
  if (status === 401) return 'signIn';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'notFound';
  if (typeof status === 'number' && status >= 500) return 'server';
  return 'unreachable';
}

function describe(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (typeof e === 'object' && e !== null) {
    const reason: unknown = Reflect.get(e, 'reason') ?? Reflect.get(e, 'message');
    if (typeof reason === 'string') return reason;
  }
  return String(e);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

class SyncSession {
  private sync: PouchDB.Replication.Sync<SyncBody> | undefined;
  private changes: PouchDB.Core.Changes<SyncBody> | undefined;
  private queue: Promise<void> = Promise.resolve();
  private pushTimer: ReturnType<typeof setTimeout> | undefined;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private reloadTimer: ReturnType<typeof setTimeout> | undefined;
  private toReload = new Set<string>();
  private trashToReload = false;
  private pendingIds = new Set<string>();
  private stopped = false;
  private readonly onMutated = () => this.schedulePush();
  private readonly onOnline = () => this.restartReplication();
  private readonly onOffline = () => this.setPhase('offline');

  constructor(
    private readonly mirror: SyncMirror,
    private readonly remote: PouchDB.Database<SyncBody>,
  ) {}

  async start(): Promise<void> {
    useSyncStatus.setState({ restored: this.mirror.restored });
    await this.enqueue(() => this.pushNow());
    await this.enqueue(() => this.refreshConflicts());
    this.changes = this.mirror.local
      .changes({
        since: this.mirror.seq,
        live: true,
        include_docs: true,
        conflicts: true,
        return_docs: false,
      })
      .on('change', (change) => {
        void this.enqueue(() => this.onChange(change));
      });
    Dexie.on('storagemutated', this.onMutated);
    addEventListener('online', this.onOnline);
    addEventListener('offline', this.onOffline);
    this.startReplication();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.pushTimer);
    clearTimeout(this.saveTimer);
    Dexie.on.storagemutated.unsubscribe(this.onMutated);
    removeEventListener('online', this.onOnline);
    removeEventListener('offline', this.onOffline);
    this.sync?.cancel();
    this.changes?.cancel();
    await this.queue;
    await this.mirror.close();
    await this.remote.close().catch(() => undefined);
  }

  private enqueue(job: () => Promise<void>): Promise<void> {
    const next = this.queue.then(job).catch((e: unknown) => {
      if (!this.stopped) this.fail(e);
    });
    this.queue = next;
    return next;
  }

  private setPhase(phase: SyncPhase): void {
    if (this.stopped) return;
    useSyncStatus.setState({ phase, ...(phase === 'error' ? {} : { error: undefined }) });
  }

  private fail(e: unknown): void {
    useSyncStatus.setState({ phase: 'error', error: { kind: errorKind(e), detail: describe(e) } });
  }

  private startReplication(): void {
    if (this.stopped) return;
    const sync = this.mirror.local.sync(this.remote, {
      live: true,
      retry: true,
      back_off_function: (delay: number) =>
        delay === 0 ? 1000 : Math.min(delay * 2, MAX_BACK_OFF_MS),
    });
    this.sync = sync;
    sync
      .on('active', () => {
        if (this.sync === sync) this.setPhase('syncing');
      })
      .on('paused', (err: unknown) => {
        if (this.sync !== sync) return;
        if (err) {
          if (!navigator.onLine || errorKind(err) === 'unreachable') this.setPhase('offline');
          else this.fail(err);
          return;
        }
        this.pendingIds.clear();
        useSyncStatus.setState({
          phase: 'upToDate',
          error: undefined,
          pending: 0,
          lastSyncedAt: new Date().toISOString(),
        });
      })
      .on('denied', (err: unknown) => {
        const docId = isRecord(err) && typeof err.id === 'string' ? err.id : '?';
        useSyncStatus.setState((s) => ({
          denied: [...s.denied.filter((d) => d.docId !== docId), { docId, error: describe(err) }],
        }));
      })
      .on('error', (err: unknown) => {
        if (this.sync === sync) this.fail(err);
      });
  }

  /** Back online: try at once instead of waiting for the next retry. */
  private restartReplication(): void {
    this.sync?.cancel();
    this.sync = undefined;
    this.setPhase('connecting');
    this.startReplication();
  }

  schedulePush(): void {
    clearTimeout(this.pushTimer);
    this.pushTimer = setTimeout(() => void this.enqueue(() => this.pushNow()), PUSH_DELAY_MS);
  }

  private async pushNow(): Promise<void> {
    if (this.stopped) return;
    const written = await this.mirror.pushLocal();
    for (const id of written) this.pendingIds.add(id);
    if (written.length > 0) {
      await this.mirror.saveState();
      useSyncStatus.setState({ pending: this.pendingIds.size });
    }
  }

  private async onChange(change: PouchDB.Core.ChangesResponseChange<SyncBody>): Promise<void> {
    const doc = change.doc as SyncDoc | undefined;
    if (!doc || this.stopped) return;
    if (doc._id.startsWith('_design/')) {
      this.mirror.setSeq(change.seq);
      return;
    }
    if (doc._conflicts?.length) {
      await this.settleConflict(doc._id);
    } else {
      useSyncStatus.setState((s) => ({
        conflicts: s.conflicts.filter((c) => c.docId !== doc._id),
      }));
      // An edit of ours not on the disk yet goes first, so it is compared, not overwritten.
      await useAssessmentStore
        .getState()
        .flush()
        .catch(() => undefined);
      // What this tab holds now, all on disk: a key typed from here on is merged, not lost.
      const before = useAssessmentStore.getState().byId;
      const outcome = await this.mirror.applyIncoming(doc);
      if (outcome.kind === 'changedHere') {
        await this.mirror.keepLocalAsSibling(doc._id);
        await this.settleConflict(doc._id);
      } else if (outcome.kind === 'rejected') {
        this.reject(doc._id, outcome.error);
      } else if (outcome.kind === 'written') {
        this.clearRejected(doc._id);
        // Open here: taken at once, with what was typed meanwhile. The rest: in a batch.
        const open = outcome.assessmentIds.filter((id) => before[id]);
        if (open.length > 0) {
          await useAssessmentStore
            .getState()
            .takeOutsideChanges(open, before)
            .catch(() => undefined);
        }
        this.reload(outcome.assessmentIds, Boolean(outcome.restored || outcome.trashed));
        if (outcome.restored) this.sayRestored(outcome.restored);
      }
    }
    this.mirror.setSeq(change.seq);
    this.scheduleSave();
  }

  /**
   * The mirror's state is saved after a quiet moment, not after each document: if the tab closes
   * first, the documents since are read again next time and found the same (nothing is lost).
   */
  private scheduleSave(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(
      () => void this.enqueue(() => this.mirror.saveState()),
      SAVE_DELAY_MS,
    );
  }

  private reject(docId: string, error: string): void {
    useSyncStatus.setState((s) => ({
      rejected: [...s.rejected.filter((r) => r.docId !== docId), { docId, error }],
    }));
  }

  private clearRejected(docId: string): void {
    useSyncStatus.setState((s) => ({ rejected: s.rejected.filter((r) => r.docId !== docId) }));
  }

  private sayRestored(restored: RestoredDoc): void {
    this.setRestored([
      ...this.mirror.restored.filter((r) => r.assessmentId !== restored.assessmentId),
      restored,
    ]);
  }

  /** Kept in the mirror's state, saved at once, so the notice (or its dismissal) outlives a reload. */
  setRestored(list: RestoredDoc[]): void {
    this.mirror.restored = list;
    useSyncStatus.setState({ restored: list });
    void this.enqueue(() => this.mirror.saveState());
  }

  /**
   * Open screens, the list and other tabs read the written records again, in batches; the trash
   * too (once a batch) when a record went into it or came out of it.
   */
  private reload(ids: string[], trash = false): void {
    if (ids.length === 0) return;
    for (const id of ids) this.toReload.add(id);
    this.trashToReload ||= trash;
    if (this.reloadTimer) return;
    this.reloadTimer = setTimeout(() => {
      this.reloadTimer = undefined;
      const batch = [...this.toReload];
      const store = useAssessmentStore.getState();
      this.toReload.clear();
      void store.reloadRecords(batch).catch(() => undefined);
      postTabMessage({ type: 'changed', ids: batch });
      if (this.trashToReload) {
        this.trashToReload = false;
        void store.loadTrash().catch(() => undefined);
        postTabMessage({ type: 'trash' });
      }
    }, RELOAD_DELAY_MS);
  }

  private async refreshConflicts(): Promise<void> {
    for (const docId of await this.mirror.conflictedIds()) await this.settleConflict(docId);
  }

  /**
   * Two revisions of one document: merged field by field when they changed different fields;
   * otherwise listed for the user to pick, with nothing written or removed until then.
   */
  private async settleConflict(docId: string): Promise<void> {
    const key = parseSyncDocId(docId);
    const pair = await this.mirror.readConflict(docId);
    if (!pair || !key || key.kind === 'version') return;
    const view = await this.conflictView(docId, pair);
    if (!view) return;
    if (view.conflicts.length === 0) {
      await this.finish(docId, pair, view.merged, view.dexieHash);
      return;
    }
    const conflict: SyncConflict = {
      docId,
      assessmentId: key.id,
      title: view.title,
      fields: view.conflicts,
    };
    useSyncStatus.setState((s) => ({
      conflicts: [...s.conflicts.filter((c) => c.docId !== docId), conflict],
    }));
  }

  private async conflictView(
    docId: string,
    pair: { winner: SyncDoc; loser: SyncDoc; base: SyncDoc | undefined },
  ) {
    const kind = pair.winner.kind;
    const w = parseSyncRecord(kind, pair.winner.record);
    const l = parseSyncRecord(kind, pair.loser.record);
    if (!w.ok || !l.ok) {
      this.reject(docId, !w.ok ? w.error : l.ok ? '' : l.error);
      return undefined;
    }
    // "Mine" is the revision this device's record was last agreed with.
    const known = this.mirror.stateOf(docId);
    const loserIsMine = known?.rev === pair.loser._rev;
    const mine = loserIsMine ? l : w;
    const theirs = loserIsMine ? w : l;
    const baseParsed = pair.base ? parseSyncRecord(kind, pair.base.record) : undefined;
    const base = baseParsed?.ok ? baseParsed.record : undefined;
    const { merged, conflicts } = mergeRecords(base, mine.record, theirs.record);
    return { kind, title: mine.title, merged, conflicts, dexieHash: known?.hash };
  }

  private async finish(
    docId: string,
    pair: { winner: SyncDoc; loser: SyncDoc },
    final: Record<string, unknown>,
    dexieHash: string | undefined,
  ): Promise<void> {
    const parsed = parseSyncRecord(pair.winner.kind, final);
    if (!parsed.ok) {
      this.reject(docId, parsed.error);
      return;
    }
    try {
      await this.mirror.writeSettled(parsed.settled, dexieHash);
    } catch (e) {
      if (e instanceof NotWrittenError) {
        // Changed here meanwhile: the change goes in as one more revision and is compared.
        this.schedulePush();
        return;
      }
      throw e;
    }
    await this.mirror.resolve(docId, pair.winner, pair.loser, parsed.record);
    this.pendingIds.add(docId);
    useSyncStatus.setState((s) => ({
      pending: this.pendingIds.size,
      conflicts: s.conflicts.filter((c) => c.docId !== docId),
    }));
    if (parsed.settled.kind === 'assessment') this.reload([parsed.settled.assessment.id]);
  }

  /** The user's pick for each field of a listed conflict ('mine' or 'theirs', by path). */
  resolve(docId: string, picks: ReadonlyMap<string, 'mine' | 'theirs'>): Promise<void> {
    return this.enqueue(async () => {
      await useAssessmentStore
        .getState()
        .flush()
        .catch(() => undefined);
      const pair = await this.mirror.readConflict(docId);
      if (!pair) return;
      const view = await this.conflictView(docId, pair);
      if (!view) return;
      let final = view.merged;
      for (const field of view.conflicts) {
        if (picks.get(field.path.join('.')) === 'theirs') {
          final = withField(final, field.path, field.theirs);
        }
      }
      final = { ...final, updatedAt: new Date().toISOString() };
      await this.finish(docId, pair, final, view.dexieHash);
    });
  }

  keptCopies(): Promise<unknown[]> {
    return this.mirror.keptCopies();
  }
}

let session: SyncSession | undefined;
let attempts = 0;

const SYNC_LOCK = 'equity-decision-tool-sync';
let lockHeld: Promise<void> | undefined;

/**
 * Asks for the sync lock (Web Locks) once per tab and keeps it while the tab lives. Resolves
 * true when it was free at once; `lockHeld` resolves when this tab has it.
 */
function holdSyncLock(): Promise<boolean> {
  if (lockHeld || typeof navigator.locks === 'undefined') {
    lockHeld ??= Promise.resolve();
    return Promise.resolve(true);
  }
  return new Promise((freeNow) => {
    lockHeld = new Promise<void>((acquired) => {
      void navigator.locks
        .request(SYNC_LOCK, { ifAvailable: true }, (lock) => {
          if (!lock) return undefined;
          acquired();
          freeNow(true);
          return new Promise<void>(() => undefined); // held until the tab closes
        })
        .then(() => {
          // Not free: wait for it.
          freeNow(false);
          return navigator.locks.request(SYNC_LOCK, () => {
            acquired();
            return new Promise<void>(() => undefined);
          });
        });
    });
  });
}

/** Checks the server, then starts live replication both ways. Throws nothing: see the status. */
export async function startSync(url: string, credentials: SyncCredentials | undefined) {
  await stopSync();
  const checked = checkServerUrl(url);
  if (!checked.ok) return;
  useSyncStatus.setState({ ...INITIAL, phase: 'connecting' });
  const remote = new PouchDB<SyncBody>(checked.url, {
    skip_setup: true,
    ...(credentials
      ? { auth: credentials }
      : {
          // A cookie session from the city's sign-in proxy.
          fetch: (u: string | Request, opts?: RequestInit) =>
            PouchDB.fetch(u, { ...opts, credentials: 'include' }),
        }),
  });
  try {
    await remote.info();
  } catch (e) {
    const kind = errorKind(e);
    if (kind !== 'unreachable') {
      useSyncStatus.setState({ phase: 'error', error: { kind, detail: describe(e) } });
      await remote.close().catch(() => undefined);
      return;
    }
    // Unreachable (offline): start anyway; replication resumes when the server answers.
  }
  // One tab replicates at a time (the mirror has one state); others wait for it to close.
  const attempt = ++attempts;
  if (!(await holdSyncLock())) useSyncStatus.setState({ phase: 'otherTab' });
  await lockHeld;
  if (attempt !== attempts) return; // turned off or restarted while waiting
  const mirror = await SyncMirror.open();
  const started = new SyncSession(mirror, remote);
  session = started;
  await started.start();
  if (!navigator.onLine) useSyncStatus.setState({ phase: 'offline' });
}

export async function stopSync(): Promise<void> {
  attempts += 1;
  const running = session;
  session = undefined;
  if (running) await running.stop();
  useSyncStatus.setState({ ...INITIAL });
}

export function resolveConflict(
  docId: string,
  picks: ReadonlyMap<string, 'mine' | 'theirs'>,
): Promise<void> {
  return session?.resolve(docId, picks) ?? Promise.resolve();
}

/** The person has read which deleted assessments came back. */
export function dismissRestored(): void {
  session?.setRestored([]);
}

export function keptCopies(): Promise<unknown[]> {
  return session?.keptCopies() ?? Promise.resolve([]);
}

/** The content fingerprint the status compares records by (for tests and the benchmark). */
export { contentHash };
