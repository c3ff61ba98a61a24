import { projectSnapshot, type InForce, type Snapshot } from '../../analysis/snapshot.js';
import type { Store } from '../../core/store-port.js';
import { dayArg } from './dates.js';
import { actorsById, readOptions, snapshotFacts, type QueryOptions } from './load.js';

export interface SnapshotQuery extends QueryOptions {
  /** `2017`, `2017-06` or `2017-06-14`: the period it names (D9). */
  asOf: string;
  kinds?: readonly string[];
  types?: readonly string[];
  minCertainty?: InForce;
}

/** A snapshot with the names of tie ends that are not actors (places), and how it was asked. */
export interface SnapshotResult extends Snapshot {
  asOf: string;
  recordedAt?: string;
  places: Record<string, string>;
  counts: { actors: number; ties: number; definite: number; possible: number; presumed: number; disputed: number };
}

/** snapshot(asOf): actors and ties in force on a day or in a period, each definite, possible or presumed (D3, D7–D9, L3), as recorded at `recordedAt`. */
export async function snapshot(store: Store, query: SnapshotQuery): Promise<SnapshotResult> {
  const day = dayArg(query.asOf);
  const until = dayArg(query.asOf, true);
  const actors = await actorsById(store, query);
  const [facts, places] = await Promise.all([snapshotFacts(store, day, until, { ...query }, { actors }), store.list('place', readOptions(query))]);
  const snap = projectSnapshot(
    day,
    facts,
    actors,
    {
      ...(query.kinds ? { kinds: query.kinds } : {}),
      ...(query.types ? { types: query.types } : {}),
      ...(query.minCertainty ? { minCertainty: query.minCertainty } : {}),
    },
    until,
  );
  const placeNames: Record<string, string> = {};
  const placeById = new Map(places.map((p) => [p.id, p.name]));
  for (const tie of snap.ties) {
    const name = placeById.get(tie.to);
    if (name) placeNames[tie.to] = name;
  }
  const count = (c: InForce) => snap.ties.filter((t) => t.certainty === c).length;
  return {
    asOf: query.asOf,
    ...(query.recordedAt ? { recordedAt: query.recordedAt } : {}),
    ...snap,
    places: placeNames,
    counts: {
      actors: snap.actors.length,
      ties: snap.ties.length,
      definite: count('definite'),
      possible: count('possible'),
      presumed: count('presumed'),
      disputed: snap.ties.filter((t) => t.disputed).length,
    },
  };
}
