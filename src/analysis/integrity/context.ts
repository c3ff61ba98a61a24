import { parseTemporal, type Temporal } from '../../core/dates/edtf.js';
import { FACT_PROPERTIES, foldFact } from '../../core/fold.js';
import { groupBy } from '../../core/group-by.js';
import type { Actor } from '../../core/model/actor.js';
import type { Claim } from '../../core/model/claim.js';
import type { ConflictEvent } from '../../core/model/event.js';
import type { Place } from '../../core/model/place.js';
import type { Relation } from '../../core/model/relation.js';
import type { Source } from '../../core/model/source.js';
import { deriveLifespans, type Lifespan } from '../../core/ties/lifespans.js';

/** Plain arrays of records, as a dataset folder or a store holds them. */
export interface IntegrityRecords {
  sources: readonly Source[];
  actors: readonly Actor[];
  places: readonly Place[];
  relations: readonly Relation[];
  events: readonly ConflictEvent[];
  claims: readonly Claim[];
}

/** What the rules share: accepted claims by subject, lifespans (L1, L2), and every accepted reading of each date. */
export interface IntegrityContext extends IntegrityRecords {
  accepted: ReadonlyMap<string, readonly Claim[]>;
  lifespans: ReadonlyMap<string, Lifespan>;
  /** Readings of each relation's `valid`: the recorded one, or those accepted claims support (M4). */
  validReadings: ReadonlyMap<string, readonly Temporal[]>;
  /** Readings of each event's `date`, the same way. */
  dateReadings: ReadonlyMap<string, readonly Temporal[]>;
}

/** Indexes the records once for every rule. */
export function buildContext(records: IntegrityRecords): IntegrityContext {
  const accepted = groupBy(
    records.claims.filter((c) => c.status === 'accepted'),
    (c) => c.subject,
  );
  const readings = <R extends { id: string }>(list: readonly R[], kind: 'relation' | 'event', property: string) =>
    new Map(list.map((r) => [r.id, readingsOf(r, accepted.get(r.id) ?? [], kind, property)]));
  return {
    ...records,
    accepted,
    lifespans: deriveLifespans(records.actors, records.relations, records.events),
    validReadings: readings(records.relations, 'relation', 'valid'),
    dateReadings: readings(records.events, 'event', 'date'),
  };
}

/** M2–M4: the values accepted supporting claims give a date property, parsed; the recorded value when none does. */
function readingsOf(record: object, claims: readonly Claim[], kind: 'relation' | 'event', property: string): Temporal[] {
  const own = (record as Readonly<Record<string, unknown>>)[property];
  const recorded = typeof own === 'string' ? parseTemporal(own) : undefined;
  const fold = foldFact(record, claims, FACT_PROPERTIES[kind]);
  const folded = (fold.properties[property]?.versions ?? [])
    .filter((v) => v.supports.length > 0 && typeof v.value === 'string')
    .map((v) => parseTemporal(v.value as string))
    .filter((t): t is Temporal => t !== undefined);
  return folded.length > 0 ? folded : recorded ? [recorded] : [];
}

/** Ids of the accepted claims about a subject, or only those speaking to one property (M3: a claim without `value` speaks to all). */
export function claimIds(context: IntegrityContext, subject: string, property?: string): string[] {
  const claims = context.accepted.get(subject) ?? [];
  return claims.filter((c) => property === undefined || c.value === undefined || property in c.value).map((c) => c.id);
}
