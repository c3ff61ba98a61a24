import type { Day } from '../core/dates/bounds.js';
import type { Actor } from '../core/model/actor.js';
import type { RelationType } from '../core/vocab/relation-types.js';
import { isTieDisputed, type TieFoldState } from '../core/ties/tie-fold.js';
import { tieCertaintyDuring } from './tie-certainty.js';
import type { TieFact } from '../core/ties/tie-facts.js';
import { CERTAINTY_RANK, type InForce } from '../core/ties/tie-span.js';

export type { InForce } from '../core/ties/tie-span.js';

/** A relation in force on the snapshot's day. */
export interface SnapshotTie {
  id: string;
  type: RelationType;
  from: string;
  to: string;
  valid: string;
  role?: string;
  certainty: InForce;
  /** D7: the date of the latest dated source that supports the tie. */
  lastAttested?: Day;
  /** True when accepted claims disagree about the tie (M4, M5). */
  disputed: boolean;
}

/** An actor with at least one tie in force, as certain as its strongest tie. */
export interface SnapshotActor {
  id: string;
  name: string;
  kind: Actor['kind'];
  certainty: InForce;
}

export interface Snapshot {
  day: Day;
  /** The last day of the period the snapshot covers (D9); the same as `day` for a day. */
  until: Day;
  actors: SnapshotActor[];
  ties: SnapshotTie[];
}

/** What a snapshot reads of a tie: a tie fact folded now, or the state the store folded on write (docs/decisions/0010). */
export type SnapshotFact = TieFact | (TieFoldState & Pick<TieFact, 'relation'>);

const disputedOf = (fact: SnapshotFact): boolean => ('disputed' in fact ? fact.disputed : isTieDisputed(fact));

export interface SnapshotFilter {
  /** Keep only actors of these kinds, and ties whose actor ends are all kept. */
  kinds?: readonly string[];
  types?: readonly string[];
  /** The weakest certainty kept: 'definite' keeps definite ties only, 'possible' drops presumed ones (D8). */
  minCertainty?: InForce;
}

/** Projects tie facts onto a day or a period: which ties and actors are in force, and how certainly (D3, D7, D8, D9, L3). */
export function projectSnapshot(
  day: Day,
  facts: readonly SnapshotFact[],
  actors: ReadonlyMap<string, Actor>,
  filter: SnapshotFilter = {},
  until: Day = day,
): Snapshot {
  const kinds = filter.kinds ? new Set(filter.kinds) : undefined;
  const types = filter.types ? new Set(filter.types) : undefined;
  const keepEnd = (id: string) => {
    const actor = actors.get(id);
    return actor === undefined || kinds === undefined || kinds.has(actor.kind);
  };
  const ties: SnapshotTie[] = [];
  const certaintyOf = new Map<string, InForce>();
  const mark = (id: string, certainty: InForce) => {
    const known = certaintyOf.get(id);
    if (!actors.has(id) || (known && CERTAINTY_RANK[known] >= CERTAINTY_RANK[certainty])) return;
    certaintyOf.set(id, certainty);
  };
  for (const fact of facts) {
    const r = fact.relation;
    if (types && !types.has(r.type)) continue;
    if (!keepEnd(r.from) || !keepEnd(r.to)) continue;
    const certainty = tieCertaintyDuring(fact, day, until);
    if (certainty === 'none' || (filter.minCertainty && CERTAINTY_RANK[certainty] < CERTAINTY_RANK[filter.minCertainty])) continue;
    ties.push({
      id: r.id,
      type: r.type,
      from: r.from,
      to: r.to,
      valid: r.valid,
      ...(r.role ? { role: r.role } : {}),
      certainty,
      ...(fact.attestedUntil ? { lastAttested: fact.attestedUntil } : {}),
      disputed: disputedOf(fact),
    });
    mark(r.from, certainty);
    mark(r.to, certainty);
  }
  const list: SnapshotActor[] = [];
  for (const [id, certainty] of certaintyOf) {
    const actor = actors.get(id);
    if (actor) list.push({ id, name: actor.name, kind: actor.kind, certainty });
  }
  list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { day, until, actors: list, ties };
}
