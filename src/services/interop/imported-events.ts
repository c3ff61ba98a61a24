import { canonicalLine } from '../../core/dataset/canonical.js';
import type { Claim } from '../../core/model/claim.js';
import type { ConflictEvent } from '../../core/model/event.js';
import type { Change } from '../../core/store-port.js';
import { storedColumns, type StoredColumns } from '../../core/dataset/stored-columns.js';

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

/**
 * What the store derives from each event of a batch (`storedColumns`), as one array per column rather
 * than an object per event, which structured cloning would walk: `parts[i]` participants of event `i`
 * follow those of the events before it in `actor`, `role` and `attribution`. Events have no names.
 */
export interface EventColumns {
  ids: string[];
  lo: (string | null)[];
  hi: (string | null)[];
  a: (string | null)[];
  b: (string | null)[];
  c: (string | null)[];
  fLow: (number | null)[];
  fBest: (number | null)[];
  fHigh: (number | null)[];
  parts: number[];
  actor: string[];
  role: string[];
  attribution: string[];
}

/** Each event's stored columns, computed where the batch is built (the reading thread). */
function eventColumns(events: readonly ConflictEvent[]): EventColumns {
  const out: EventColumns = { ids: [], lo: [], hi: [], a: [], b: [], c: [], fLow: [], fBest: [], fHigh: [], parts: [], actor: [], role: [], attribution: [] };
  for (const event of events) {
    const k = storedColumns('event', event);
    if (k.names.length > 0) throw new Error(`event ${event.id} has names to index, which its batch does not carry`);
    out.ids.push(k.id);
    out.lo.push(k.lo);
    out.hi.push(k.hi);
    out.a.push(k.a);
    out.b.push(k.b);
    out.c.push(k.c);
    out.fLow.push(k.fLow);
    out.fBest.push(k.fBest);
    out.fHigh.push(k.fHigh);
    out.parts.push(k.participants.length);
    for (const p of k.participants) {
      out.actor.push(p.actor);
      out.role.push(p.role);
      out.attribution.push(p.attribution);
    }
  }
  return out;
}

/** A batch of imported events as plain data, to pass between threads. */
export interface ImportedEventsData {
  common: Common;
  /** The events as records; left out between threads, where their lines stand for them (parsed only if read). */
  events?: ConflictEvent[];
  starts: number[];
  ends: number[];
  hashes: string[];
  credibility: Claim['credibility'][];
  notes: (string | undefined)[];
  kept: [number, Claim][];
  /** The canonical line of each event. */
  lines: string[];
  /** What the store derives from each event. */
  columns: EventColumns;
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
  /** The events; one received as its line alone is parsed the first time it is read (`event`). */
  private events: (ConflictEvent | undefined)[] = [];
  private starts: number[] = [];
  private ends: number[] = [];
  private hashes: string[] = [];
  private credibility: Claim['credibility'][] = [];
  private notes: (string | undefined)[] = [];
  private readonly kept = new Map<number, Claim>();
  /** Each event's canonical line, when the batch came with them. */
  private lines: string[] | undefined;
  /** Each event's stored columns, when the batch came with them (with its lines), and where each event's participants start. */
  private columns: { of: EventColumns; firstPart: number[] } | undefined;

  constructor(private readonly common: Common) {}

  /** A batch received from another thread. */
  static of(data: ImportedEventsData): ImportedEvents {
    const batch = new ImportedEvents(data.common);
    ({ starts: batch.starts, ends: batch.ends, hashes: batch.hashes, credibility: batch.credibility, notes: batch.notes } = data);
    batch.events = data.events ?? new Array<undefined>(data.lines.length);
    for (const [row, claim] of data.kept) batch.kept.set(row, claim);
    batch.lines = data.lines;
    batch.columns = withFirstParts(data.columns);
    return batch;
  }

  /** The batch as plain data, with every event's line and stored columns (computed here when the batch has none yet). */
  data(): ImportedEventsData {
    const { common, starts, ends, hashes, credibility, notes } = this;
    const events = this.records;
    const lines = this.lines ?? events.map((event) => canonicalLine('event', event, { trusted: true }));
    const columns = this.columns?.of ?? eventColumns(events);
    return { common, events: [...events], starts, ends, hashes, credibility, notes, kept: [...this.kept], lines, columns };
  }

  /** The event of a row, parsed from its line the first time when the batch came without records. */
  private event(row: number): ConflictEvent {
    let event = this.events[row];
    if (event === undefined) {
      event = JSON.parse(this.lines?.[row] ?? 'null') as ConflictEvent;
      this.events[row] = event;
    }
    return event;
  }

  /** Adds another batch after this one's rows. */
  append(other: ImportedEvents): void {
    const offset = this.events.length;
    pushAll(this.events, other.records);
    pushAll(this.starts, other.starts);
    pushAll(this.ends, other.ends);
    pushAll(this.hashes, other.hashes);
    pushAll(this.credibility, other.credibility);
    pushAll(this.notes, other.notes);
    for (const [row, claim] of other.kept) this.kept.set(offset + row, claim);
    if (other.lines && (this.lines || offset === 0)) pushAll((this.lines ??= []), other.lines);
    else this.lines = undefined;
    // Columns are kept for a single batch only (appending is for imports into a store without series, which hold every row).
    this.columns = offset === 0 ? other.columns : undefined;
  }

  add(event: ConflictEvent, claim: Claim): void {
    const row = this.events.length;
    // Lines and columns are written for whole batches; a row added after them would have none.
    this.lines = undefined;
    this.columns = undefined;
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

  /** The events, in order (parsing any not yet read). */
  get records(): readonly ConflictEvent[] {
    for (let row = 0; row < this.events.length; row++) this.event(row);
    return this.events as ConflictEvent[];
  }

  /** How many events. */
  get count(): number {
    return this.events.length;
  }

  /** Two changes per event: the event, then its claim. */
  get length(): number {
    return this.events.length * 2;
  }

  /**
   * The changes from `start` to `end`. With the lines and columns a batch came with from the reading
   * thread, each event and standard claim carries its line and stored columns, and its record is built
   * (an event parsed from its line) only when read: the SQLite writer reads neither.
   */
  slice(start: number, end: number): Change[] {
    const out: Change[] = [];
    const columns = this.lines ? this.columns : undefined;
    for (let i = Math.max(0, start); i < Math.min(end, this.length); i++) {
      const row = i >> 1;
      const id = columns ? (columns.of.ids[row] as string) : this.event(row).id;
      if (i % 2 === 1) {
        const kept = this.kept.get(row);
        if (kept) out.push({ kind: 'claim', record: kept });
        else if (columns) out.push(this.lazyClaim(row, id));
        else out.push({ kind: 'claim', record: this.claimOf(row, id), line: this.claimLine(row, id) });
        continue;
      }
      const line = this.lines?.[row];
      if (columns && line !== undefined) out.push(this.lazyEvent(row, line, columns));
      else out.push(line === undefined ? { kind: 'event', record: this.event(row) } : { kind: 'event', record: this.event(row), line });
    }
    return out;
  }

  private lazyEvent(row: number, line: string, columns: { of: EventColumns; firstPart: number[] }): Change {
    const { of, firstPart } = columns;
    const from = firstPart[row] ?? 0;
    const participants: StoredColumns['participants'] = [];
    for (let p = from; p < from + (of.parts[row] ?? 0); p++)
      participants.push({ actor: of.actor[p] as string, role: of.role[p] as string, attribution: of.attribution[p] as string });
    const stored: StoredColumns = {
      id: of.ids[row] as string,
      lo: of.lo[row] ?? null,
      hi: of.hi[row] ?? null,
      a: of.a[row] ?? null,
      b: of.b[row] ?? null,
      c: of.c[row] ?? null,
      names: [],
      fLow: of.fLow[row] ?? null,
      fBest: of.fBest[row] ?? null,
      fHigh: of.fHigh[row] ?? null,
      participants,
    };
    const batch = this;
    return {
      kind: 'event',
      get record() {
        return batch.event(row);
      },
      line,
      columns: stored,
    };
  }

  private lazyClaim(row: number, id: string): Change {
    const claimId = `${id}#1`;
    const batch = this;
    let claim: Claim | undefined;
    return {
      kind: 'claim',
      get record() {
        return (claim ??= batch.claimOf(row, id));
      },
      line: this.claimLine(row, id),
      // What storedColumns derives from a standard claim (its subject and status; a test holds them equal).
      columns: storedColumns('claim', { id: claimId, subject: id, status: 'accepted' } as Claim),
    };
  }

  /** The parts of a standard claim's canonical line that every row shares, built once. */
  private shared: { source: string; tail: string } | undefined;

  /**
   * The canonical line of the standard claim of a row (`claimOf`), written from its fields: the same
   * text as `canonicalLine('claim', claimOf(row))` (a test holds them equal), without ordering the keys
   * of an object built for the purpose. Its keys follow the claim schema's order.
   */
  private claimLine(row: number, eventId: string): string {
    const q = JSON.stringify;
    this.shared ??= {
      source: `"evidence":[{"source":${q(this.common.source)},"start":`,
      tail: `,"method":${q(this.common.method)},"status":"accepted","by":${q(this.common.by)},"at":${q(this.common.at)}`,
    };
    const note = this.notes[row];
    const id = q(eventId);
    return (
      `{"id":${id.slice(0, -1)}#1","subject":${id},"stance":"supports",${this.shared.source}${this.starts[row] ?? 0},"end":${this.ends[row] ?? 0},` +
      `"sha256":${q(this.hashes[row] ?? '')}}],"credibility":${this.credibility[row] ?? 2}${this.shared.tail}${note === undefined ? '' : `,"note":${q(note)}`}}`
    );
  }

  private claimOf(row: number, eventId: string): Claim {
    const note = this.notes[row];
    return {
      id: `${eventId}#1`,
      subject: eventId,
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

/** Columns with the index of each event's first participant. */
function withFirstParts(of: EventColumns): { of: EventColumns; firstPart: number[] } {
  const firstPart: number[] = [];
  let next = 0;
  for (const n of of.parts) {
    firstPart.push(next);
    next += n;
  }
  return { of, firstPart };
}
