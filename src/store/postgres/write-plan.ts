import { canonicalLine } from '../../core/dataset/canonical.js';
import type { RecordKind } from '../../core/dataset/kinds.js';
import type { ConflictEvent } from '../../core/model/event.js';
import type { Change } from '../../core/store-port.js';
import { fatalityEstimates, participantRows } from '../event-keys.js';
import { indexKeys, type IndexKeys } from '../index-keys.js';
import type { StoredColumns } from '../../core/dataset/stored-columns.js';

/** A change with everything the database needs, computed before any round trip. */
export interface PreparedChange {
  kind: RecordKind;
  id: string;
  body: string;
  keys: IndexKeys;
  /** Events only: participant rows and fatality estimates, indexed for the query layer. */
  participants: { actor: string; role: string; attribution: string }[];
  fatalities: { low: number; best: number; high: number } | null;
  /** Its escaped COPY fields (copy-rows.ts), when prepared ahead of the write. */
  copied?: CopiedFields;
}

/** A version's body and key fields (lo to f_high, tab-separated) in COPY's text format, escaped once for either write path. */
export interface CopiedFields {
  body: string;
  keys: string;
}

/** The current version of a record as the write finds it. */
export interface CurrentVersion {
  version: number;
  body: string;
  recordedFrom: string;
  /** The latest version was closed without a successor: the record was retired. */
  retired?: boolean;
}

export interface NewVersion extends PreparedChange {
  version: number;
  /** Set when a later change in the same write replaces this version at once. */
  recordedTo: string | null;
}

export interface WritePlan {
  inserts: NewVersion[];
  /** Versions already stored that this write supersedes. */
  closes: { kind: RecordKind; id: string; version: number }[];
  inserted: number;
  updated: number;
  unchanged: number;
}

export const versionKey = (kind: string, id: string): string => `${kind}\u0000${id}`;

export function prepareChanges(changes: readonly Change[], options: { trusted?: boolean } = {}): PreparedChange[] {
  return changes.map((change) => prepareChange(change, options.trusted === true));
}

/** One change with everything the database needs. */
export function prepareChange(change: Change, trusted: boolean): PreparedChange {
  const { kind, line, columns } = change;
  // An import's reading thread derived the stored columns already: the record is then never read
  // (an imported event would be parsed back from its line only to derive them again).
  if (trusted && line !== undefined && columns !== undefined) return fromColumns(kind, line, columns);
  const { record } = change;
  const event = kind === 'event' ? (record as ConflictEvent) : undefined;
  return {
    kind,
    id: record.id,
    body: trusted ? (line ?? canonicalLine(kind, record, { trusted })) : canonicalLine(kind, record),
    keys: indexKeys(kind, record),
    participants: event ? participantRows(event) : [],
    fatalities: event ? fatalityEstimates(event) : null,
  };
}

/**
 * Decides, change by change and in order, what to insert and which stored versions to close: an
 * identical record is skipped (H2), a different one becomes the next version (H1). A record changed
 * twice in one write keeps both versions, the first closed at the instant it was written.
 */
export function planWrite(changes: readonly PreparedChange[], stored: ReadonlyMap<string, CurrentVersion>, recordedAt: string): WritePlan {
  const plan: WritePlan = { inserts: [], closes: [], inserted: 0, updated: 0, unchanged: 0 };
  const pending = new Map<string, NewVersion>();
  for (const change of changes) {
    const key = versionKey(change.kind, change.id);
    const earlier = pending.get(key);
    const current = earlier ?? stored.get(key);
    // A retired record written again comes back as its next version, even with the same body.
    const standing = current && !('retired' in current && current.retired);
    if (standing && current.body === change.body) {
      plan.unchanged++;
      continue;
    }
    if (earlier) earlier.recordedTo = recordedAt;
    else if (standing) plan.closes.push({ kind: change.kind, id: change.id, version: current.version });
    const next: NewVersion = { ...change, version: (current?.version ?? 0) + 1, recordedTo: null };
    plan.inserts.push(next);
    pending.set(key, next);
    if (current) plan.updated++;
    else plan.inserted++;
  }
  return plan;
}

/** A trusted change from its canonical line and the columns derived from its record (`storedColumns`). */
function fromColumns(kind: RecordKind, body: string, columns: StoredColumns): PreparedChange {
  const { id, lo, hi, a, b, c, names, fLow, fBest, fHigh, participants } = columns;
  return {
    kind,
    id,
    body,
    keys: { lo, hi, a, b, c, names },
    participants,
    fatalities: kind === 'event' ? { low: fLow ?? 0, best: fBest ?? 0, high: fHigh ?? 0 } : null,
  };
}
