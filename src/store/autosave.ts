import type { Assessment } from '@/domain/assessment';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'error'; message: string };

export interface AutosaveOptions {
  write: (a: Assessment) => Promise<void>;
  onState: (s: SaveState) => void;
  /** Called after a record has been written, with the exact value written. */
  onWritten?: (a: Assessment) => void;
  delayMs: number;
  retryMs?: number;
}

/**
 * Collects edits and writes each assessment at most `delayMs` after its first unsaved change
 * (a maximum wait, not a debounce that typing could postpone forever). `flush()` writes at once
 * and resolves when everything pending is on disk, or rejects with the write error.
 */
export class Autosave {
  private pending = new Map<string, Assessment>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> = Promise.resolve();

  constructor(private readonly opts: AutosaveOptions) {}

  schedule(a: Assessment): void {
    this.pending.set(a.id, a);
    this.opts.onState({ kind: 'pending' });
    this.arm(this.opts.delayMs);
  }

  private arm(ms: number): void {
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      // A failed write has already said so through onState, and armed a retry.
      this.flush().catch(() => undefined);
    }, ms);
  }

  hasPending(): boolean {
    return this.pending.size > 0;
  }

  /** Snapshot of what is not yet on disk (for the pagehide journal and backups). */
  pendingValues(): Assessment[] {
    return [...this.pending.values()];
  }

  flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    this.running = this.running.catch(() => undefined).then(() => this.writeAll());
    return this.running;
  }

  /** Tests: forget everything pending and stop the timer, as a fresh start would. */
  discardForTests(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending.clear();
    this.running = Promise.resolve();
  }

  private async writeAll(): Promise<void> {
    if (this.pending.size === 0) return;
    const batch = [...this.pending.values()];
    this.opts.onState({ kind: 'saving' });
    try {
      for (const a of batch) {
        await this.opts.write(a);
        // Only forget it if nothing newer arrived while writing.
        if (this.pending.get(a.id) === a) this.pending.delete(a.id);
        this.opts.onWritten?.(a);
      }
      if (this.pending.size > 0) {
        this.opts.onState({ kind: 'pending' });
        this.arm(this.opts.delayMs);
      } else {
        this.opts.onState({ kind: 'saved', at: new Date().toISOString() });
      }
    } catch (e) {
      const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
      this.opts.onState({ kind: 'error', message });
      this.arm(this.opts.retryMs ?? 5000);
      throw e;
    }
  }
}
