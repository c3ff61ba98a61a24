import type { EventFilter, EventGrouping, EventSplit } from '../../core/store-port.js';
import { windows } from './event-queries.js';
import type { Params } from './sql.js';

/**
 * Aggregations read from participant_events (participant-events-schema.ts) for a filter with
 * participants: the same rows as eventSpanAggregate and eventAggregate, with the same meaning as the
 * embedded adapter's (src/store/sqlite/participant-event-queries.ts).
 */

/** The matching rows: `key` beside each distinct event (or event and key), over alias `s`. */
function matching(p: Params, filter: EventFilter, key: string): string {
  const where = [`s.actor = w.actor`, 's.lo <= w.wto', 's.hi >= w.wfrom'];
  if (filter.to) where.push(`s.lo <= ${p.add(filter.to)}`);
  if (filter.from) where.push(`s.hi >= ${p.add(filter.from)}`);
  if (filter.types) where.push(`s.type = ANY(${p.add(filter.types)}::text[])`);
  if (filter.places) where.push(`s.place = ANY(${p.add(filter.places)}::text[])`);
  if (filter.attributions) where.push(`s.attribution = ANY(${p.add(filter.attributions)}::text[])`);
  return `SELECT DISTINCT s.event_id, s.version, ${key} AS key, s.lo, s.hi, s.type, s.place, s.unknown, s.f_low, s.f_best, s.f_high
          FROM ${windows(p, filter.participants ?? [])} JOIN participant_events s ON ${where.join(' AND ')}`;
}

const SPLIT_KEYS: Record<EventSplit, string> = { type: 's.type', place: 's.place', actor: 's.actor', attribution: 's.attribution' };
// float8 rather than bigint, which the driver would return as a string.
const SUMS = 'sum(m.f_low)::float8 AS low, sum(m.f_best)::float8 AS best, sum(m.f_high)::float8 AS high';

/** aggregateEventSpans of a filter with participants, from participant_events. */
export function participantSpanAggregate(p: Params, filter: EventFilter, split?: EventSplit): string {
  return `SELECT substr(m.lo, 1, 7) AS first, substr(m.hi, 1, 7) AS last, m.key AS key, count(*)::integer AS events, sum(m.unknown)::integer AS unknown, ${SUMS}
          FROM (${matching(p, filter, split ? SPLIT_KEYS[split] : "''")}) AS m GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
}

const GROUP_KEYS: Record<EventGrouping, { key: string; group: string; imprecise: string }> = {
  month: { key: "''", group: 'substr(m.lo, 1, 7)', imprecise: 'substr(m.hi, 1, 7) <> substr(m.lo, 1, 7)' },
  year: { key: "''", group: 'substr(m.lo, 1, 4)', imprecise: 'substr(m.hi, 1, 4) <> substr(m.lo, 1, 4)' },
  place: { key: "''", group: 'm.place', imprecise: 'false' },
  type: { key: "''", group: 'm.type', imprecise: 'false' },
  actor: { key: 's.actor', group: 'm.key', imprecise: 'false' },
};

/** aggregateEvents of a filter with participants, from participant_events. */
export function participantAggregate(p: Params, filter: EventFilter, by: EventGrouping): string {
  const { key, group, imprecise } = GROUP_KEYS[by];
  return `SELECT ${group} AS key, count(*)::integer AS events, count(*) FILTER (WHERE ${imprecise})::integer AS imprecise, ${SUMS}
          FROM (${matching(p, filter, key)}) AS m GROUP BY 1 ORDER BY 1`;
}
