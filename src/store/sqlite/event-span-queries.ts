import type { EventFilter, EventSplit } from '../../core/store-port.js';
import { KEYS } from '../key-columns.js';
import { eventWhere, participantJoin, type Sql } from './event-queries.js';

// The indexed fatality columns hold 0 for an unknown toll (see fatalityEstimates), so only events whose
// high estimate is 0 need their body read to tell "none given" from "zero". Bodies are canonical lines
// (core/dataset/canonical.ts, no spaces), and a quote inside a JSON string is escaped, so `"fatalities":`
// can only be the event's own key: a substring test, about twice as fast as parsing the body here.
const UNKNOWN = `CASE WHEN r.f_high > 0 THEN 0 WHEN instr(r.body, '"fatalities":') = 0 OR instr(r.body, '"fatalities":{}') > 0 THEN 1 ELSE 0 END`;
const SUMS = `count(*) AS events, sum(${UNKNOWN}) AS unknown, sum(r.f_low) AS low, sum(r.f_best) AS best, sum(r.f_high) AS high`;
const SPAN = 'substr(r.lo, 1, 7) AS first, substr(r.hi, 1, 7) AS last';
const RECORD_KEYS: Record<'type' | 'place', string> = { type: `r.${KEYS.event.type}`, place: `coalesce(r.${KEYS.event.place}, '')` };

/** Counts per first month, last month and split key (the embedded adapter's `aggregateEventSpans`). */
export function eventSpanAggregate(filter: EventFilter, split?: EventSplit): Sql {
  if (split !== 'actor' && split !== 'attribution') {
    const where = eventWhere(filter);
    const key = split ? RECORD_KEYS[split] : "''";
    return {
      sql: `SELECT ${SPAN}, ${key} AS key, ${SUMS} FROM ${where.from} WHERE ${where.sql} GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
      params: where.params,
    };
  }
  // Split by participant: each matching participant (or attribution) counts the event once, as aggregateEvents by actor does.
  const { base, join, params } = participantJoin(filter);
  const key = split === 'actor' ? 'p.actor' : 'p.attribution';
  return {
    sql: `SELECT ${SPAN}, m.key AS key, ${SUMS}
          FROM (SELECT DISTINCT r.rowid AS rid, ${key} AS key FROM records r ${join} WHERE ${base.sql}) m
          JOIN records r ON r.rowid = m.rid GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    params: [...params, ...base.params],
  };
}
