import type { TieFact } from '../../core/ties/tie-facts.js';
import { certaintyIn, type InForceBounds, type TieCertainty } from '../../core/ties/tie-span.js';
import type { Day } from '../../core/dates/bounds.js';
import type { Store } from '../../core/store-port.js';
import { RELATION_TYPES, type RelationType, type TargetKind } from '../../core/vocab/relation-types.js';
import { factsOf, readOptions, type QueryOptions } from './load.js';

// The certainty words a caller above the services (the server's in-force filter) may ask for.
export type { InForce } from '../../core/ties/tie-span.js';

/**
 * A relation with the day bounds of its certainty (`InForceBounds`: D3, D7, D8 and the ends'
 * lifespans already applied), so that a client tells definite, possible, presumed or absent on any
 * day by comparing ISO day strings with `certaintyIn`.
 */
export interface TieSpan extends InForceBounds {
  id: string;
  type: RelationType;
  from: string;
  to: string;
  /** What `to` names: an actor, a place or an event (from the relation-type table). */
  toKind: TargetKind;
  /** +1 ally, −1 enemy, 0 unsigned, from the relation-type table. */
  sign: 1 | -1 | 0;
  /** The relation holds at an instant (a split, a signature) rather than over a span. */
  instant: boolean;
  valid: string;
  /** D7: the date of the latest dated source that supports the tie. */
  lastAttested?: Day;
  disputed: boolean;
  role?: string;
}

export interface TiesResult {
  recordedAt?: string;
  ties: TieSpan[];
}

/** ties(): every relation with its certainty bounds, for clients that scrub through time. */
export async function ties(store: Store, options: QueryOptions = {}): Promise<TiesResult> {
  const relations = await store.list('relation', readOptions(options));
  const facts = await factsOf(store, relations, options);
  const spans = facts.map(tieSpan).filter((s): s is TieSpan => s !== undefined);
  spans.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { ...(options.recordedAt ? { recordedAt: options.recordedAt } : {}), ties: spans };
}

/**
 * The bounds of a tie fact (D3, D7, D8, L3 already applied), agreeing with `tieCertainty` on every
 * day. Undefined when the tie is never in force.
 */
export function tieSpan(fact: TieFact): TieSpan | undefined {
  const { relation: r, bounds } = fact;
  if (!bounds) return undefined;
  const spec = RELATION_TYPES[r.type];
  return {
    id: r.id,
    type: r.type,
    from: r.from,
    to: r.to,
    toKind: spec.to[0] ?? 'actor',
    sign: spec.sign,
    instant: spec.instant,
    valid: r.valid,
    ...bounds,
    ...(fact.attestedUntil ? { lastAttested: fact.attestedUntil } : {}),
    disputed: fact.status === 'disputed' || fact.readings.length > 1,
    ...(r.role ? { role: r.role } : {}),
  };
}

/** The certainty a span gives on a day: the client-side rule, here so tests can hold it to `tieCertainty`. */
export function spanCertainty(span: TieSpan, day: Day): TieCertainty {
  return certaintyIn(span, day);
}
