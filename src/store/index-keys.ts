import { MAX_DAY, MIN_DAY } from '../core/dates/bounds.js';
import { parseTemporal } from '../core/dates/edtf.js';
import type { RecordKind } from '../core/dataset/kinds.js';
import type { Actor } from '../core/model/actor.js';
import type { Claim } from '../core/model/claim.js';
import type { ConflictEvent } from '../core/model/event.js';
import type { Relation } from '../core/model/relation.js';
import { foldName } from '../core/text/normalise.js';
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

const none: IndexKeys = { lo: null, hi: null, a: null, b: null, c: null, names: [] };

/** Places a kind's named keys in the columns `KEYS` gives them. */
function columns<K extends KeyedKind>(kind: K, keys: KeysOf<K>): Pick<IndexKeys, KeyColumn> {
  const out: Pick<IndexKeys, KeyColumn> = { a: null, b: null, c: null };
  const layout = KEYS[kind] as Record<string, KeyColumn>;
  for (const [name, value] of Object.entries(keys) as [string, string | null][]) {
    const column = layout[name];
    if (column) out[column] = value;
  }
  return out;
}

function span(valid: string): Pick<IndexKeys, 'lo' | 'hi'> {
  const t = parseTemporal(valid);
  return { lo: t?.start.earliest ?? MIN_DAY, hi: t?.end.latest ?? MAX_DAY };
}

export function indexKeys(kind: RecordKind, record: unknown): IndexKeys {
  switch (kind) {
    case 'relation': {
      const r = record as Relation;
      return { ...none, ...span(r.valid), ...columns('relation', { from: r.from, to: r.to, type: r.type }) };
    }
    case 'event': {
      const e = record as ConflictEvent;
      return { ...none, ...span(e.date), ...columns('event', { place: e.place ?? null, type: e.type }) };
    }
    case 'claim': {
      const c = record as Claim;
      return { ...none, ...columns('claim', { subject: c.subject, status: c.status }) };
    }
    case 'actor':
    case 'place': {
      const a = record as Actor;
      const names = [a.name, ...(a.aliases ?? []).map((x) => x.name)].map(foldName);
      return { ...none, ...columns(kind, { kind: a.kind }), names };
    }
    default:
      return none;
  }
}
