import { MAX_DAY, MIN_DAY, type Day } from '../core/dates/bounds.js';
import type { FoldedTie, Store } from '../core/store-port.js';
import { deriveLifespans, LIFESPAN_EVENT_TYPES, LIFESPAN_RELATION_TYPES } from '../core/ties/lifespans.js';
import { buildTieFacts } from '../core/ties/tie-facts.js';
import { foldStateOf, sourceDayRange } from '../core/ties/tie-fold.js';

/**
 * What `foldedTies` must answer, folded at read time from the basic reads (the services' read-time
 * fold): relations that may be in force in [from, to], their accepted claims, the sources' dates
 * (unknown for restricted sources when `withheld`, as the visibility view lists no such source) and
 * every lifespan. The contract suite holds both adapters' folds on write to it.
 */
export async function scanFoldedTies(store: Store, from: Day, to: Day, withheld = false): Promise<FoldedTie[]> {
  const [relations, sources, actors, lifespanTies, lifespanEvents] = await Promise.all([
    store.relationsBetween(from, to),
    store.list('source'),
    store.list('actor'),
    store.relationsBetween(MIN_DAY, MAX_DAY, { types: LIFESPAN_RELATION_TYPES }),
    store.events({ types: LIFESPAN_EVENT_TYPES }),
  ]);
  const claims = await store.claims({ subjects: relations.map((r) => r.id), statuses: ['accepted'] });
  const dates = new Map(sources.filter((s) => !(withheld && s.restricted)).map((s) => [s.id, sourceDayRange(s.date)]));
  const facts = buildTieFacts(relations, claims, (id) => dates.get(id)?.earliest, {
    lifespans: deriveLifespans(actors, lifespanTies, lifespanEvents),
    sourceDate: (id) => dates.get(id),
  });
  return facts.flatMap((fact) => {
    const state = foldStateOf(fact);
    return state && state.bounds.startEarliest <= to && state.bounds.endLatest >= from ? [{ relation: fact.relation, ...state }] : [];
  });
}
