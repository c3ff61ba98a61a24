import { canonicalLine } from '../../core/dataset/canonical.js';
import type { Claim } from '../../core/model/claim.js';
import type { ConflictEvent } from '../../core/model/event.js';
import type { Change } from '../../core/store-port.js';

/** What `writeInBatches` needs of a list of changes: its length, and a slice of it as changes. */
export interface ChangeList {
  readonly length: number;
  slice(start: number, end: number): Change[];
}

// A loop rather than push(...items): spreading tens of thousands of arguments can overflow the stack.
function pushAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

type Common = { source: string; method: string; by: string; at: string };

/** A batch of imported events as plain data, to pass between threads. */
export interface ImportedEventsData {
  common: Common;
  events: ConflictEvent[];
  starts: number[];
  ends: number[];
  hashes: string[];
  credibility: Claim['credibility'][];
  notes: (string | undefined)[];
  kept: [number, Claim][];
  /** The canonical line of each event. */
  lines: string[];
}

/**
 * Events of an import and the claim citing each one's row. The claims, which differ from row to row
 * only in their passage, credibility and note, are kept as those fields and rebuilt when written: a
 * batch passes from the reading thread to the writing one as a few arrays rather than tens of
 * thousands of small objects, and an import that must hold every row until all are checked (a store
 * without `bulk`) keeps a tenth of the objects alive. A claim of another shape is kept as it is.
 * The batch's plain data carries each event's canonical line, written where the batch was built (the
 * reading thread), so the writing thread stores the lines instead of serialising every event again.
 */
export class ImportedEvents implements ChangeList {
  private events: ConflictEvent[] = [];
  private starts: number[] = [];
  private ends: number[] = [];
  private hashes: string[] = [];
  private credibility: Claim['credibility'][] = [];
  private notes: (string | undefined)[] = [];
  private readonly kept = new Map<number, Claim>();
  /** Each event's canonical line, when the batch came with them. */
  private lines: string[] | undefined;

  constructor(private readonly common: Common) {}

  /** A batch received from another thread. */
  static of(data: ImportedEventsData): ImportedEvents {
    const batch = new ImportedEvents(data.common);
    ({ events: batch.events, starts: batch.starts, ends: batch.ends, hashes: batch.hashes, credibility: batch.credibility, notes: batch.notes } = data);
    for (const [row, claim] of data.kept) batch.kept.set(row, claim);
    batch.lines = data.lines;
    return batch;
  }

  /** The batch as plain data. */
  data(): ImportedEventsData {
    const { common, events, starts, ends, hashes, credibility, notes } = this;
    const lines = this.lines ?? this.events.map((event) => canonicalLine('event', event, { trusted: true }));
    return { common, events, starts, ends, hashes, credibility, notes, kept: [...this.kept], lines };
  }

  /** Adds another batch after this one's rows. */
  append(other: ImportedEvents): void {
    const offset = this.events.length;
    pushAll(this.events, other.events);
    pushAll(this.starts, other.starts);
    pushAll(this.ends, other.ends);
    pushAll(this.hashes, other.hashes);
    pushAll(this.credibility, other.credibility);
    pushAll(this.notes, other.notes);
    for (const [row, claim] of other.kept) this.kept.set(offset + row, claim);
    if (other.lines && (this.lines || offset === 0)) pushAll((this.lines ??= []), other.lines);
    else this.lines = undefined;
  }

  add(event: ConflictEvent, claim: Claim): void {
    const row = this.events.length;
    // Lines are written for whole batches; a row added after them would have none.
    this.lines = undefined;
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

  /** The events, in order. */
  get records(): readonly ConflictEvent[] {
    return this.events;
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
      if (i % 2 === 1) {
        const kept = this.kept.get(row);
        out.push(kept ? { kind: 'claim', record: kept } : { kind: 'claim', record: this.claimOf(row, event), line: this.claimLine(row, event) });
        continue;
      }
      const line = this.lines?.[row];
      out.push(line === undefined ? { kind: 'event', record: event } : { kind: 'event', record: event, line });
    }
    return out;
  }

  /** The parts of a standard claim's canonical line that every row shares, built once. */
  private shared: { source: string; tail: string } | undefined;

  /**
   * The canonical line of the standard claim of a row (`claimOf`), written from its fields: the same
   * text as `canonicalLine('claim', claimOf(row))` (a test holds them equal), without ordering the keys
   * of an object built for the purpose. Its keys follow the claim schema's order.
   */
  private claimLine(row: number, event: ConflictEvent): string {
    const q = JSON.stringify;
    this.shared ??= {
      source: `"evidence":[{"source":${q(this.common.source)},"start":`,
      tail: `,"method":${q(this.common.method)},"status":"accepted","by":${q(this.common.by)},"at":${q(this.common.at)}`,
    };
    const note = this.notes[row];
    const id = q(event.id);
    return (
      `{"id":${id.slice(0, -1)}#1","subject":${id},"stance":"supports",${this.shared.source}${this.starts[row] ?? 0},"end":${this.ends[row] ?? 0},` +
      `"sha256":${q(this.hashes[row] ?? '')}}],"credibility":${this.credibility[row] ?? 2}${this.shared.tail}${note === undefined ? '' : `,"note":${q(note)}`}}`
    );
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
