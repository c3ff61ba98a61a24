import { MAX_DAY, MIN_DAY, type Day, type DayRange } from '../../core/dates/bounds.js';
import { sourceDayRange } from '../../core/ties/tie-fold.js';
import type { Actor } from '../../core/model/actor.js';
import type { Relation } from '../../core/model/relation.js';
import type { ReadOptions, Store } from '../../core/store-port.js';
import { deriveLifespans, LIFESPAN_EVENT_TYPES, LIFESPAN_RELATION_TYPES, type Lifespan } from '../../core/ties/lifespans.js';
import { buildTieFacts, type TieFact } from '../../core/ties/tie-facts.js';
import type { SnapshotFact } from '../../analysis/snapshot.js';
import { DEFAULT_HORIZON_MONTHS } from '../../core/dates/horizon.js';

/** What every query reads with: the record-time instant, when reading as recorded in the past, and the D8 horizon. */
export interface QueryOptions {
  recordedAt?: string;
  /** D8, D10: months a tie stays presumed after its last attestation, and possible before an unknown start (`DEFAULT_HORIZON_MONTHS` when absent). */
  horizonMonths?: number;
}

export const readOptions = (options: QueryOptions): ReadOptions => (options.recordedAt ? { recordedAt: options.recordedAt } : {});

/** The days each dated source's own date covers (D1, D2), by source id: D7's day is its earliest. */
export async function sourceDates(store: Store, options: QueryOptions): Promise<Map<string, DayRange>> {
  const dates = new Map<string, DayRange>();
  for (const source of await store.list('source', readOptions(options))) {
    const range = sourceDayRange(source.date);
    if (range) dates.set(source.id, range);
  }
  return dates;
}

/** Relations that may be in force in [from, to], folded with their accepted claims into tie facts. */
export async function loadTieFacts(
  store: Store,
  from: Day,
  to: Day,
  options: QueryOptions & { types?: readonly string[] } = {},
  known: KnownActors = {},
): Promise<TieFact[]> {
  const read = readOptions(options);
  const relations = await store.relationsBetween(from, to, { ...read, ...(options.types ? { types: options.types } : {}) });
  return factsOf(store, relations, options, known);
}

/**
 * What a snapshot of [from, to] reads of each tie: the state the store folded on write when it keeps
 * one for this reading (the current records, the default horizon), else the tie facts folded now.
 * Both give the same snapshot (the store contract suite and test/folded-snapshot-mali.test.ts hold them equal).
 */
export async function snapshotFacts(
  store: Store,
  from: Day,
  to: Day,
  options: QueryOptions & { types?: readonly string[] } = {},
  known: KnownActors = {},
): Promise<readonly SnapshotFact[]> {
  if ((options.horizonMonths ?? DEFAULT_HORIZON_MONTHS) === DEFAULT_HORIZON_MONTHS) {
    const folded = await store.foldedTies?.(from, to, readOptions(options));
    if (folded) return folded;
  }
  return loadTieFacts(store, from, to, options, known);
}

/** What a caller already read, so that facts are not built from a second reading of it. */
export interface KnownActors {
  actors?: ReadonlyMap<string, Actor>;
  lifespans?: ReadonlyMap<string, Lifespan>;
}

/** Folds given relations with their accepted claims and source dates. */
export async function factsOf(store: Store, relations: readonly Relation[], options: QueryOptions, known: KnownActors = {}): Promise<TieFact[]> {
  if (relations.length === 0) return [];
  const read = readOptions(options);
  const [claims, dates, lifespans] = await Promise.all([
    store.claims({ ...read, subjects: relations.map((r) => r.id), statuses: ['accepted'] }),
    sourceDates(store, options),
    known.lifespans ?? lifespansOf(store, options, known.actors),
  ]);
  return buildTieFacts(relations, claims, (id) => dates.get(id)?.earliest, {
    lifespans,
    sourceDate: (id) => dates.get(id),
    ...(options.horizonMonths !== undefined ? { horizonMonths: options.horizonMonths } : {}),
  });
}

/**
 * Every actor's lifespan (L1, L2): stated ones from the actor records, derived ones from the ties
 * that begin or end an actor and from formation and dissolution events.
 */
export async function lifespansOf(store: Store, options: QueryOptions, actors?: ReadonlyMap<string, Actor>): Promise<Map<string, Lifespan>> {
  // Kept until a record changes: the mark moves with any write, by this process or another.
  const mark = `${await store.changeMark()}|${options.recordedAt ?? ''}`;
  const kept = keptLifespans.get(mark);
  if (kept) return kept;
  const derived = deriveLifespansOf(store, options, actors);
  if (keptLifespans.size >= 16) keptLifespans.delete(keptLifespans.keys().next().value as string);
  keptLifespans.set(mark, derived);
  derived.catch(() => keptLifespans.delete(mark));
  return derived;
}

const keptLifespans = new Map<string, Promise<Map<string, Lifespan>>>();

async function deriveLifespansOf(store: Store, options: QueryOptions, actors?: ReadonlyMap<string, Actor>): Promise<Map<string, Lifespan>> {
  const read = readOptions(options);
  const [list, ties, events] = await Promise.all([
    actors ? [...actors.values()] : store.list('actor', read),
    // By type over all time, which the adapters' type index answers without a scan.
    store.relationsBetween(MIN_DAY, MAX_DAY, { ...read, types: LIFESPAN_RELATION_TYPES }),
    store.events({ ...read, types: LIFESPAN_EVENT_TYPES }),
  ]);
  return deriveLifespans(list, ties, events);
}

/** Every actor by id. */
export async function actorsById(store: Store, options: QueryOptions): Promise<Map<string, Actor>> {
  return new Map((await store.list('actor', readOptions(options))).map((a) => [a.id, a]));
}

/** Relations from or to the given ids, as the query options read them. */
export async function relationsOf(store: Store, ids: readonly string[], options: QueryOptions & { types?: readonly string[] } = {}): Promise<Relation[]> {
  return store.relationsOf(ids, { ...readOptions(options), ...(options.types ? { types: options.types } : {}) });
}

/** Names of actors and places, for labelling the ends of ties. */
export async function namesOf(store: Store, options: QueryOptions): Promise<Map<string, string>> {
  const read = readOptions(options);
  const [actors, places] = await Promise.all([store.list('actor', read), store.list('place', read)]);
  return new Map<string, string>([...actors.map((a) => [a.id, a.name] as const), ...places.map((p) => [p.id, p.name] as const)]);
}
