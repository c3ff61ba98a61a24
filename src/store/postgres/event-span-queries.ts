import type { EventFilter, EventSplit } from '../../core/store-port.js';
import { KEYS } from '../key-columns.js';
import { eventWhere, participantJoin } from './event-queries.js';
import type { Params } from './sql.js';

// The indexed fatality columns hold 0 for an unknown toll (see fatalityEstimates), so only events whose
// high estimate is 0 need their body read to tell "none known" from "zero".
const UNKNOWN = `CASE WHEN r.f_high > 0 THEN 0 WHEN (r.body::jsonb -> 'fatalities') ?| array['low', 'best', 'high'] THEN 0 ELSE 1 END`;
// float8 rather than bigint, which the driver would return as a string.
const SUMS = `count(*)::integer AS events, sum(${UNKNOWN})::integer AS unknown,
  sum(r.f_low)::float8 AS low, sum(r.f_best)::float8 AS best, sum(r.f_high)::float8 AS high`;
const SPAN = 'substr(r.lo, 1, 7) AS first, substr(r.hi, 1, 7) AS last';
const RECORD_KEYS: Record<'type' | 'place', string> = { type: `r.${KEYS.event.type}`, place: `coalesce(r.${KEYS.event.place}, '')` };

/** Counts per first month, last month and split key (same meaning as the embedded adapter's). */
export function eventSpanAggregate(p: Params, filter: EventFilter, split?: EventSplit): string {
  if (split !== 'actor' && split !== 'attribution') {
    const key = split ? RECORD_KEYS[split] : "''";
    return `SELECT ${SPAN}, ${key} AS key, ${SUMS} FROM records r WHERE ${eventWhere(p, filter)} GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
  }
  // Split by participant: each matching participant (or attribution) counts the event once, as aggregateEvents by actor does.
  const { join, attribution, rest } = participantJoin(p, filter);
  const key = split === 'actor' ? 'p.actor' : 'p.attribution';
  return `SELECT ${SPAN}, m.key AS key, ${SUMS}
          FROM (SELECT DISTINCT r.id, r.version, ${key} AS key FROM records r ${join} WHERE ${eventWhere(p, rest)}${attribution}) AS m
          JOIN records r ON r.kind = 'event' AND r.id = m.id AND r.version = m.version
          GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
}
