import { MAX_DAY, MIN_DAY } from '../../core/dates/bounds.js';
import type { EventFilter, EventGrouping } from '../../core/store-port.js';
import { asOf, type Params } from './sql.js';
import { KEYS } from '../key-columns.js';

/** The participant filter as a row source `w(actor, wfrom, wto)`: each actor with its own window. */
export function windows(p: Params, participants: NonNullable<EventFilter['participants']>): string {
  const actors = p.add(participants.map((w) => w.actor));
  const froms = p.add(participants.map((w) => w.from ?? MIN_DAY));
  const tos = p.add(participants.map((w) => w.to ?? MAX_DAY));
  return `unnest(${actors}::text[], ${froms}::text[], ${tos}::text[]) AS w(actor, wfrom, wto)`;
}

/**
 * The WHERE clause over `records r` for an event filter (same meaning as the embedded adapter's).
 * A participant filter starts from the participants' index, so a few actors read only their events.
 */
export function eventWhere(p: Params, filter: EventFilter): string {
  const where = [`r.kind = 'event'`, asOf(p, filter, 'r.')];
  if (filter.to) where.push(`r.lo <= ${p.add(filter.to)}`);
  if (filter.from) where.push(`r.hi >= ${p.add(filter.from)}`);
  if (filter.types) where.push(`r.${KEYS.event.type} = ANY(${p.add(filter.types)}::text[])`);
  if (filter.places) where.push(`r.${KEYS.event.place} = ANY(${p.add(filter.places)}::text[])`);
  const attribution = filter.attributions ? `p.attribution = ANY(${p.add(filter.attributions)}::text[])` : undefined;
  if (filter.participants) {
    const w = windows(p, filter.participants);
    where.push(`(r.id, r.version) IN (
      SELECT p.event_id, p.version FROM ${w} JOIN event_participants p ON p.actor = w.actor
      JOIN records e ON e.kind = 'event' AND e.id = p.event_id AND e.version = p.version
      WHERE e.hi >= w.wfrom AND e.lo <= w.wto${attribution ? ` AND ${attribution}` : ''})`);
  } else if (attribution) {
    where.push(`EXISTS (SELECT 1 FROM event_participants p WHERE p.event_id = r.id AND p.version = r.version AND ${attribution})`);
  }
  return where.join(' AND ');
}

const GROUP_KEYS: Record<Exclude<EventGrouping, 'actor'>, { key: string; imprecise: string }> = {
  month: { key: 'substr(r.lo, 1, 7)', imprecise: 'substr(r.hi, 1, 7) <> substr(r.lo, 1, 7)' },
  year: { key: 'substr(r.lo, 1, 4)', imprecise: 'substr(r.hi, 1, 4) <> substr(r.lo, 1, 4)' },
  place: { key: `coalesce(r.${KEYS.event.place}, '')`, imprecise: 'false' },
  type: { key: `r.${KEYS.event.type}`, imprecise: 'false' },
};

// float8 rather than bigint, which the driver would return as a string.
const SUMS = 'sum(f_low)::float8 AS low, sum(f_best)::float8 AS best, sum(f_high)::float8 AS high';

/**
 * The events of a filter joined to their participants `p`, for counting per participant: a participant
 * filter keeps only those actors in their windows, an attribution filter (`attribution`, a condition to
 * append) only those attributions; `rest` is the remainder of the filter.
 */
export function participantJoin(p: Params, filter: EventFilter): { join: string; attribution: string; rest: EventFilter } {
  const { participants, attributions, ...rest } = filter;
  const join = participants
    ? `JOIN event_participants p ON p.event_id = r.id AND p.version = r.version
       JOIN ${windows(p, participants)} ON w.actor = p.actor AND r.hi >= w.wfrom AND r.lo <= w.wto`
    : 'JOIN event_participants p ON p.event_id = r.id AND p.version = r.version';
  const attribution = attributions ? ` AND p.attribution = ANY(${p.add(attributions)}::text[])` : '';
  return { join, attribution, rest };
}

/** The aggregation query: counts and fatality sums per group, ordered by key. */
export function eventAggregate(p: Params, filter: EventFilter, by: EventGrouping): string {
  if (by !== 'actor') {
    const { key, imprecise } = GROUP_KEYS[by];
    return `SELECT ${key} AS key, count(*)::integer AS events, count(*) FILTER (WHERE ${imprecise})::integer AS imprecise, ${SUMS}
            FROM records r WHERE ${eventWhere(p, filter)} GROUP BY 1 ORDER BY 1`;
  }
  // By actor: each matching participant counts the event once; with a participant filter, only those actors in their windows.
  const { join, attribution, rest } = participantJoin(p, filter);
  return `SELECT actor AS key, count(*)::integer AS events, 0 AS imprecise, ${SUMS}
          FROM (SELECT DISTINCT r.id, r.version, p.actor, r.f_low, r.f_best, r.f_high
                FROM records r ${join}
                WHERE ${eventWhere(p, rest)}${attribution}) AS m
          GROUP BY 1 ORDER BY 1`;
}
