import { MAX_DAY, MIN_DAY, type Day } from '../../core/dates/bounds.js';
import type { Actor } from '../../core/model/actor.js';
import type { Relation } from '../../core/model/relation.js';
import type { ReadOptions, Store } from '../../core/store-port.js';
import { deriveLifespans, LIFESPAN_EVENT_TYPES, type Lifespan } from '../../analysis/lifespans.js';
import { buildTieFacts, sourceDayOf, type TieFact } from '../../analysis/tie-facts.js';
import { ANALYSIS_ROLES } from '../../analysis/roles.js';
import { RELATION_TYPE_NAMES, RELATION_TYPES } from '../../core/vocab/relation-types.js';

/** What every query reads with: the record-time instant, when reading as recorded in the past, and the D8 horizon. */
export interface QueryOptions {
  recordedAt?: string;
  /** D8: months a tie stays presumed after its last attestation (`DEFAULT_HORIZON_MONTHS` when absent). */
  horizonMonths?: number;
}

export const readOptions = (options: QueryOptions): ReadOptions => (options.recordedAt ? { recordedAt: options.recordedAt } : {});

/** The day each source speaks for (D7), by source id. */
export async function sourceDays(store: Store, options: QueryOptions): Promise<Map<string, Day>> {
  const days = new Map<string, Day>();
  for (const source of await store.list('source', readOptions(options))) {
    const day = sourceDayOf(source.date);
    if (day) days.set(source.id, day);
  }
  return days;
}

/** Relations that may be in force in [from, to], folded with their accepted claims into tie facts. */
export async function loadTieFacts(store: Store, from: Day, to: Day, options: QueryOptions & { types?: readonly string[] } = {}): Promise<TieFact[]> {
  const read = readOptions(options);
  const relations = await store.relationsBetween(from, to, { ...read, ...(options.types ? { types: options.types } : {}) });
  return factsOf(store, relations, options);
}

/** Folds given relations with their accepted claims and source dates. */
export async function factsOf(store: Store, relations: readonly Relation[], options: QueryOptions): Promise<TieFact[]> {
  if (relations.length === 0) return [];
  const read = readOptions(options);
  const [claims, days, lifespans] = await Promise.all([
    store.claims({ ...read, subjects: relations.map((r) => r.id), statuses: ['accepted'] }),
    sourceDays(store, options),
    lifespansOf(store, options),
  ]);
  return buildTieFacts(relations, claims, (id) => days.get(id), {
    lifespans,
    ...(options.horizonMonths !== undefined ? { horizonMonths: options.horizonMonths } : {}),
  });
}

const BEGINS_OR_ENDS = RELATION_TYPE_NAMES.filter((type) => (RELATION_TYPES[type] as { lifespan?: unknown }).lifespan !== undefined);

/**
 * Every actor's lifespan (L1, L2): stated ones from the actor records, derived ones from the ties
 * that begin or end an actor, with the memberships of the actors a merger would end.
 */
export async function lifespansOf(store: Store, options: QueryOptions, actors?: ReadonlyMap<string, Actor>): Promise<Map<string, Lifespan>> {
  const read = readOptions(options);
  const [list, genealogical, events] = await Promise.all([
    actors ? [...actors.values()] : store.list('actor', read),
    store.relationsBetween(MIN_DAY, MAX_DAY, { ...read, types: BEGINS_OR_ENDS }),
    store.events({ ...read, types: LIFESPAN_EVENT_TYPES }),
  ]);
  const ending = [...new Set(genealogical.flatMap((r) => [r.from, r.to]))];
  const memberships = ending.length > 0 ? await relationsOf(store, ending, { ...options, types: [ANALYSIS_ROLES.membership] }) : [];
  return deriveLifespans(list, [...genealogical, ...memberships], events);
}

/** Every actor by id. */
export async function actorsById(store: Store, options: QueryOptions): Promise<Map<string, Actor>> {
  return new Map((await store.list('actor', readOptions(options))).map((a) => [a.id, a]));
}

/** Relations from or to the given ids: the adapter's index when it has one, a scan otherwise. */
export async function relationsOf(store: Store, ids: readonly string[], options: QueryOptions & { types?: readonly string[] } = {}): Promise<Relation[]> {
  const read = { ...readOptions(options), ...(options.types ? { types: options.types } : {}) };
  if (store.relationsOf) return store.relationsOf(ids, read);
  const wanted = new Set(ids);
  return (await store.relationsBetween(MIN_DAY, MAX_DAY, read)).filter((r) => wanted.has(r.from) || wanted.has(r.to));
}

/** Names of actors and places, for labelling the ends of ties. */
export async function namesOf(store: Store, options: QueryOptions): Promise<Map<string, string>> {
  const read = readOptions(options);
  const [actors, places] = await Promise.all([store.list('actor', read), store.list('place', read)]);
  return new Map<string, string>([...actors.map((a) => [a.id, a.name] as const), ...places.map((p) => [p.id, p.name] as const)]);
}
