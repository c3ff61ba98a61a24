import type { Change } from '../../core/store-port.js';
import { copyFields } from './copy-rows.js';
import { prepareChange, type PreparedChange } from './write-plan.js';

/** Changes prepared per turn of the event loop: a few milliseconds, so the driver's replies are read between turns. */
const CHUNK = 500;

/**
 * Changes announced as written next (`Store.prepareAhead`), prepared while the connection waits for
 * the server's statements on the write before: their canonical bodies, index keys and escaped COPY fields, a
 * third of the main thread's work in a large import, then no longer alternate with the server's
 * work but overlap it. A write takes what was prepared by each change object, and prepares the rest
 * itself; preparing is a pure function of the record, so the result is the same either way.
 */
export class PreparedAhead {
  // By change, not by its record: an import's record may be built only when read (ImportedEvents), and
  // its line and stored columns, which the preparation takes, belong to the change.
  private readonly prepared = new WeakMap<Change, { trusted: boolean; change: PreparedChange }>();
  private pending: { changes: readonly Change[]; trusted: boolean; next: number } | undefined;

  /** Starts preparing `changes` in the background, in place of whatever was announced before. */
  announce(changes: readonly Change[], trusted: boolean): void {
    const idle = this.pending === undefined;
    this.pending = { changes, trusted, next: 0 };
    if (idle) setImmediate(() => this.step());
  }

  private step(): void {
    const job = this.pending;
    if (!job) return;
    const end = Math.min(job.changes.length, job.next + CHUNK);
    for (; job.next < end; job.next++) {
      const change = job.changes[job.next] as Change;
      try {
        const prepared = prepareChange(change, job.trusted);
        prepared.copied = copyFields(prepared);
        this.prepared.set(change, { trusted: job.trusted, change: prepared });
      } catch {
        // A record the write will refuse: left for the write, which refuses it where its caller hears.
      }
    }
    if (job.next < job.changes.length) setImmediate(() => this.step());
    else this.pending = undefined;
  }

  /** The prepared form of each change: taken from what was prepared ahead, or prepared now. */
  take(changes: readonly Change[], trusted: boolean): PreparedChange[] {
    // The write came before its preparation ended: it prepares the rest itself (the same batch,
    // perhaps less the changes the import left out; a batch always starts with its first event).
    if (this.pending && this.pending.changes[0] === changes[0]) this.pending = undefined;
    return changes.map((change) => {
      const ahead = this.prepared.get(change);
      if (ahead && ahead.trusted === trusted) {
        this.prepared.delete(change);
        return ahead.change;
      }
      return prepareChange(change, trusted);
    });
  }
}
