import type { Claim } from '../../core/model/claim.js';
import type { ConflictEvent } from '../../core/model/event.js';
import type { Change } from '../../core/store-port.js';

/** What `writeInBatches` needs of a list of changes: its length, and a slice of it as changes. */
export interface ChangeList {
  readonly length: number;
  slice(start: number, end: number): Change[];
}

/**
 * The events of an import and the claim citing each one's row, held until every row has been checked
 * (nothing is written when one is bad). A million rows would otherwise keep some ten million small
 * objects alive and make garbage collection a fifth of the import; the claims, which differ from row
 * to row only in their passage, credibility and note, are kept as those fields and rebuilt a batch at
 * a time when written. A claim of another shape is kept as it is.
 */
export class ImportedEvents implements ChangeList {
  private readonly events: ConflictEvent[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly hashes: string[] = [];
  private readonly credibility: Claim['credibility'][] = [];
  private readonly notes: (string | undefined)[] = [];
  private readonly kept = new Map<number, Claim>();

  constructor(private readonly common: { source: string; method: string; by: string; at: string }) {}

  add(event: ConflictEvent, claim: Claim): void {
    const row = this.events.length;
    this.events.push(event);
    const [evidence, ...more] = claim.evidence;
    const standard =
      evidence !== undefined &&
      more.length === 0 &&
      evidence.source === this.common.source &&
      claim.id === `${event.id}#1` &&
      claim.subject === event.id &&
      claim.stance === 'supports' &&
      claim.status === 'accepted' &&
      claim.method === this.common.method &&
      claim.by === this.common.by &&
      claim.at === this.common.at &&
      claim.value === undefined &&
      claim.reviewedBy === undefined &&
      claim.reviewedAt === undefined;
    this.starts.push(evidence?.start ?? 0);
    this.ends.push(evidence?.end ?? 0);
    this.hashes.push(evidence?.sha256 ?? '');
    this.credibility.push(claim.credibility);
    this.notes.push(claim.note);
    if (!standard) this.kept.set(row, claim);
  }

  /** How many events. */
  get count(): number {
    return this.events.length;
  }

  /** Two changes per event: the event, then its claim. */
  get length(): number {
    return this.events.length * 2;
  }

  slice(start: number, end: number): Change[] {
    const out: Change[] = [];
    for (let i = Math.max(0, start); i < Math.min(end, this.length); i++) {
      const row = i >> 1;
      const event = this.events[row] as ConflictEvent;
      out.push(i % 2 === 0 ? { kind: 'event', record: event } : { kind: 'claim', record: this.kept.get(row) ?? this.claimOf(row, event) });
    }
    return out;
  }

  private claimOf(row: number, event: ConflictEvent): Claim {
    const note = this.notes[row];
    return {
      id: `${event.id}#1`,
      subject: event.id,
      stance: 'supports',
      evidence: [{ source: this.common.source, start: this.starts[row] ?? 0, end: this.ends[row] ?? 0, sha256: this.hashes[row] ?? '' }],
      credibility: this.credibility[row] ?? 2,
      method: this.common.method,
      status: 'accepted',
      by: this.common.by,
      at: this.common.at,
      ...(note === undefined ? {} : { note }),
    };
  }
}

/** Changes written first, then a list: the new places and proposals of an import before its events. */
export function concatChanges(head: readonly Change[], tail: ChangeList): ChangeList {
  return {
    length: head.length + tail.length,
    slice: (start, end) => [
      ...head.slice(start, Math.min(end, head.length)),
      ...(end > head.length ? tail.slice(Math.max(0, start - head.length), end - head.length) : []),
    ],
  };
}
