import { MAX_DAY, MIN_DAY } from '../core/dates/bounds.js';
import { parseTemporal } from '../core/dates/edtf.js';
import type { RecordKind } from '../core/dataset/kinds.js';
import type { Actor } from '../core/model/actor.js';
import type { Claim } from '../core/model/claim.js';
import type { ConflictEvent } from '../core/model/event.js';
import type { Relation } from '../core/model/relation.js';
import { foldName } from '../core/text/normalise.js';

/**
 * The columns every adapter indexes, derived from a record: the widest day range it may cover
 * (`lo`..`hi`), two references (`a`, `b`) and a type (`c`). Shared so adapters index alike.
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

export function indexKeys(kind: RecordKind, record: unknown): IndexKeys {
  switch (kind) {
    case 'relation': {
      const r = record as Relation;
      const t = parseTemporal(r.valid);
      return { ...none, lo: t?.start.earliest ?? MIN_DAY, hi: t?.end.latest ?? MAX_DAY, a: r.from, b: r.to, c: r.type };
    }
    case 'event': {
      const e = record as ConflictEvent;
      const t = parseTemporal(e.date);
      return { ...none, lo: t?.start.earliest ?? MIN_DAY, hi: t?.end.latest ?? MAX_DAY, a: e.place ?? null, c: e.type };
    }
    case 'claim': {
      const c = record as Claim;
      return { ...none, a: c.subject, b: c.status };
    }
    case 'actor':
    case 'place': {
      const a = record as Actor;
      return { ...none, c: a.kind, names: [a.name, ...(a.aliases ?? []).map((x) => x.name)].map(foldName) };
    }
    default:
      return none;
  }
}
