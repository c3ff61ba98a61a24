import type { RecordKind } from './kinds.js';
import type { ConflictEvent } from '../model/event.js';
import { fatalityEstimates, participantRows } from './event-keys.js';
import { indexKeys, type IndexKeys } from './index-keys.js';

/**
 * Everything an adapter derives from a record to store it beside its body: the record's id, its index
 * columns, an event's fatality estimates and participant rows (null and empty for other kinds). An
 * import's reading thread computes these for its events and claims (`Change.columns`), so that the
 * writing thread neither parses each event's canonical line back into a record nor derives the same
 * columns again; `storedColumns` is the one derivation both threads use.
 */
export interface StoredColumns extends IndexKeys {
  id: string;
  fLow: number | null;
  fBest: number | null;
  fHigh: number | null;
  participants: { actor: string; role: string; attribution: string }[];
}

export function storedColumns(kind: RecordKind, record: { id: string }): StoredColumns {
  const keys = indexKeys(kind, record);
  if (kind !== 'event') return { id: record.id, ...keys, fLow: null, fBest: null, fHigh: null, participants: [] };
  const event = record as ConflictEvent;
  const f = fatalityEstimates(event);
  return { id: record.id, ...keys, fLow: f.low, fBest: f.best, fHigh: f.high, participants: participantRows(event) };
}
