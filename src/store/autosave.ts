import type { Assessment } from '@/domain/assessment';
import type { CrashCopyEntry } from '@/storage/crash-copy';
import type { JournalRecord } from '@/storage/db';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'error'; message: string };

export interface AutosaveOptions {
  /** Writes the record holding every change up to `seq` (and drops the journal entries it covers). */
  write: (a: Assessment, seq: number) => Promise<void>;
  /** Appends entries to the write-ahead journal in one transaction. */
  journal: (entries: JournalRecord[]) => Promise<void>;
  /** Synchronous copy of everything not yet on disk, kept while writes fail; [] removes it. */
  keepCopy: (pending: CrashCopyEntry[]) => void;
  onState: (s: SaveState) => void;
  /** The error as one line of text (shown once, under the banner's technical details). */
  describe: (e: unknown) => string;
  /** Called after a record has been written, with the exact value written. */
  onWritten?: (a: Assessment) => void;
  /** The longest a change waits before its record is written. */
  delayMs: number;
  /** The longest a change waits before its journal entry is written (at most one write per this). */
  journalMs: number;
  retryMs?: number;
}

/**
 * A User Timing measure for `npm run bench:crash`, which observes them as they are made. Only the
 * last of each name is kept, so nothing piles up while someone types for hours.
 */
function measure(name: string, start: number): void {
  try {
    performance.clearMeasures(name);
    performance.measure(name, { start, end: performance.now() });
  } catch {
    // No User Timing here (tests): only a measurement is lost.
  }
}

interface Pending {
  a: Assessment;
  seq: number;
}

/**
 * Collects edits. Each change gets the next sequence number of its assessment and is written to
 * the journal within `journalMs` (changes coalesced: at most one journal write per `journalMs`),
 * and its record is written at most `delayMs` after its first unsaved change (a maximum wait, not a
 * debounce that typing could postpone forever). `flush()` writes the records at once and resolves
 * when everything pending is on disk, or rejects with the write error. While writes fail, a
 * synchronous copy is rewritten on every journal tick.
 */
export class Autosave {
  private pending = new Map<string, Pending>();
  private buffer = new Map<string, JournalRecord>();
  private seqs = new Map<string, number>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private journalTimer: ReturnType<typeof setTimeout> | undefined;
  private lastJournalAt = Number.NEGATIVE_INFINITY;
  private running: Promise<void> = Promise.resolve();
  private journalRunning: Promise<void> = Promise.resolve();
  /** The last write failed: the copy is rewritten on every change until one succeeds. */
  private failing = false;
  private copyKept = false;

  constructor(private readonly opts: AutosaveOptions) {}

  /** The last sequence number given to (or stored for) this assessment. */
  seqOf(id: string): number {
    return this.seqs.get(id) ?? 0;
  }

  /** Learns a stored head: the next change of `id` gets a higher number. */
  knowSeq(id: string, seq: number): void {
    if (seq > this.seqOf(id)) this.seqs.set(id, seq);
  }

  /**
   * A change of `a`: `patch` holds the top-level fields it changed; without it the whole
   * assessment is journaled (a new one, a copy).
   */
  schedule(a: Assessment, patch?: Partial<Assessment>): void {
    const seq = this.seqOf(a.id) + 1;
    this.seqs.set(a.id, seq);
    this.pending.set(a.id, { a, seq });
    const before = this.buffer.get(a.id);
    const whole = !patch || before?.whole === true;
    this.buffer.set(a.id, {
      id: a.id,
      seq,
      whole,
      patch: whole ? a : { ...before?.patch, ...patch },
      at: a.updatedAt,
    });
    this.opts.onState({ kind: 'pending' });
    this.armJournal();
    this.arm(this.opts.delayMs);
  }

  /** Puts a recovered value back in the queue with the sequence number it was journaled under. */
  restore(a: Assessment, seq: number): void {
    this.knowSeq(a.id, seq);
    this.pending.set(a.id, { a, seq });
    this.opts.onState({ kind: 'pending' });
    this.arm(this.opts.delayMs);
  }

  /** Forgets what is queued for `id` (deleted, or replaced by an import). */
  forget(id: string): void {
    this.pending.delete(id);
    this.buffer.delete(id);
    if (this.copyKept) this.writeCopy();
  }

  private arm(ms: number): void {
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      // A failed write has already said so through onState, and armed a retry.
      this.flush().catch(() => undefined);
    }, ms);
  }

  private armJournal(): void {
    // At once after a quiet spell, then at most one write per journalMs while typing goes on.
    const wait = Math.max(0, this.lastJournalAt + this.opts.journalMs - performance.now());
    this.journalTimer ??= setTimeout(() => {
      this.journalTimer = undefined;
      this.writeJournal();
    }, wait);
  }

  private writeJournal(): void {
    if (this.buffer.size === 0) return;
    const started = performance.now();
    this.lastJournalAt = started;
    const entries = [...this.buffer.values()];
    this.buffer.clear();
    if (this.failing) this.writeCopy();
    let write: Promise<void>;
    try {
      write = this.opts.journal(entries);
    } catch (e) {
      write = Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
    // The main-thread share of a journal write (building and cloning the entries).
    measure('edt:journal', started);
    this.journalRunning = this.journalRunning.then(
      () =>
        write.then(
          // How long until the entries were on disk (strict durability).
          () => measure('edt:journal-commit', started),
          () => {
            // The journal could not be written: keep the synchronous copy instead (already
            // rewritten at the start of this tick if writes were known to fail).
            if (this.failing) return;
            this.failing = true;
            this.writeCopy();
          },
        ),
      () => undefined,
    );
  }

  /** Resolves when the journal writes issued so far have landed (or failed). */
  journalSettled(): Promise<void> {
    if (this.journalTimer) {
      clearTimeout(this.journalTimer);
      this.journalTimer = undefined;
      this.writeJournal();
    }
    return this.journalRunning;
  }

  /** Rewrites the synchronous copy now (the page is being hidden). */
  keepCopyNow(): void {
    this.writeCopy();
  }

  private writeCopy(): void {
    const entries = [...this.pending.values()].map((p) => ({ seq: p.seq, assessment: p.a }));
    if (entries.length === 0 && !this.copyKept) return;
    this.opts.keepCopy(entries);
    this.copyKept = entries.length > 0;
  }

  hasPending(): boolean {
    return this.pending.size > 0;
  }

  /** Snapshot of what is not yet on disk (for backups). */
  pendingValues(): Assessment[] {
    return [...this.pending.values()].map((p) => p.a);
  }

  flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    this.running = this.running.catch(() => undefined).then(() => this.writeAll());
    return this.running;
  }

  /** Tests: forget everything pending and stop the timers, as a fresh start would. */
  discardForTests(): void {
    clearTimeout(this.timer);
    clearTimeout(this.journalTimer);
    this.timer = undefined;
    this.journalTimer = undefined;
    this.pending.clear();
    this.buffer.clear();
    this.seqs.clear();
    this.failing = false;
    this.copyKept = false;
    this.running = Promise.resolve();
    this.journalRunning = Promise.resolve();
  }

  private async writeAll(): Promise<void> {
    if (this.pending.size === 0) return;
    const batch = [...this.pending.values()];
    this.opts.onState({ kind: 'saving' });
    try {
      for (const { a, seq } of batch) {
        await this.opts.write(a, seq);
        // Only forget it if nothing newer arrived while writing.
        if (this.pending.get(a.id)?.seq === seq) this.pending.delete(a.id);
        // A journal entry not yet sent that the record now holds need not be sent at all.
        if ((this.buffer.get(a.id)?.seq ?? Infinity) <= seq) this.buffer.delete(a.id);
        this.opts.onWritten?.(a);
      }
      this.failing = false;
      // The copy now holds only what is still pending (nothing: it is removed).
      if (this.copyKept) this.writeCopy();
      if (this.pending.size > 0) {
        this.opts.onState({ kind: 'pending' });
        this.arm(this.opts.delayMs);
      } else {
        this.opts.onState({ kind: 'saved', at: new Date().toISOString() });
      }
    } catch (e) {
      this.failing = true;
      // Nothing reached the disk: keep a synchronous copy until a write succeeds.
      this.writeCopy();
      this.opts.onState({ kind: 'error', message: this.opts.describe(e) });
      this.arm(this.opts.retryMs ?? 5000);
      throw e;
    }
  }
}
