import { MAX_DAY, MIN_DAY } from '../dates/bounds.js';
import { parseTemporal } from '../dates/edtf.js';
import type { RecordKind } from './kinds.js';
import type { Actor } from '../model/actor.js';
import type { Claim } from '../model/claim.js';
import type { ConflictEvent } from '../model/event.js';
import type { Relation } from '../model/relation.js';
import { foldName } from '../text/normalise.js';
import { KEYS, type KeyColumn } from './key-columns.js';

type KeyedKind = keyof typeof KEYS;
/** The named keys of one kind, each a string or absent. */
type KeysOf<K extends KeyedKind> = { [N in keyof (typeof KEYS)[K]]: string | null };

/**
 * The columns every adapter indexes, derived from a record: the widest day range it may cover
 * (`lo`..`hi`) and the kind's keys placed in their columns. Shared so adapters index alike.
 */
export interface IndexKeys {
  lo: string | null;
  hi: string | null;
  a: string | null;
  b: string | null;
  c: string | null;
  /** Folded names for accent-insensitive search (actors and places). */
  names: string[];
}

/** Each kind's named keys with the column they go to, read once from `KEYS`. */
const LAYOUTS = Object.fromEntries(Object.entries(KEYS).map(([kind, layout]) => [kind, Object.entries(layout) as [string, KeyColumn][]])) as Record<
  KeyedKind,
  [string, KeyColumn][]
>;

/** A kind's keys placed in the columns `KEYS` gives them, with the day range and names. */
function keyed<K extends KeyedKind>(kind: K, keys: KeysOf<K>, lo: string | null, hi: string | null, names: string[]): IndexKeys {
  const out: IndexKeys = { lo, hi, a: null, b: null, c: null, names };
  for (const [name, column] of LAYOUTS[kind]) out[column] = (keys as Record<string, string | null>)[name] ?? null;
  return out;
}

// An import indexes a million events over a few thousand distinct dates: each date's range is parsed
// once and kept (bounded, emptied when full; a range never changes for a given text).
const SPANS_KEPT = 20_000;
const spans = new Map<string, readonly [string, string]>();

function span(valid: string): readonly [string, string] {
  let found = spans.get(valid);
  if (found === undefined) {
    const t = parseTemporal(valid);
    found = [t?.start.earliest ?? MIN_DAY, t?.end.latest ?? MAX_DAY];
    if (spans.size >= SPANS_KEPT) spans.clear();
    spans.set(valid, found);
  }
  return found;
}

export function indexKeys(kind: RecordKind, record: unknown): IndexKeys {
  switch (kind) {
    case 'relation': {
      const r = record as Relation;
      const [lo, hi] = span(r.valid);
      return keyed('relation', { from: r.from, to: r.to, type: r.type }, lo, hi, []);
    }
    case 'event': {
      const e = record as ConflictEvent;
      const [lo, hi] = span(e.date);
      return keyed('event', { place: e.place ?? null, type: e.type }, lo, hi, []);
    }
    case 'claim': {
      const c = record as Claim;
      return keyed('claim', { subject: c.subject, status: c.status }, null, null, []);
    }
    case 'actor':
    case 'place': {
      const a = record as Actor;
      const names = [a.name, ...(a.aliases ?? []).map((x) => x.name)].map(foldName);
      return keyed(kind, { kind: a.kind }, null, null, names);
    }
    default:
      return { lo: null, hi: null, a: null, b: null, c: null, names: [] };
  }
}
