import type { EventFilter, EventGrouping, EventSplit } from '../../core/store-port.js';
import type { Sql } from './event-queries.js';

/**
 * Aggregations read from participant_events (participant-events-schema.ts) for a filter with
 * participants: the same rows as eventSpanAggregate and eventAggregate. Each window reads one range of
 * the key (actor, then the event's first day); an event matched through several actors counts once,
 * or once per matching actor (or attribution) when the split is by them, as the scan's DISTINCT does.
 */

/** The matching rows: `key` beside each distinct event (or event and key), over alias `s`. */
function matching(filter: EventFilter, key: string): Sql {
  const where: string[] = [];
  const params: unknown[] = [JSON.stringify(filter.participants ?? [])];
  const add = (sql: string, value: unknown) => {
    where.push(sql);
    params.push(value);
  };
  if (filter.to) add('s.lo <= ?', filter.to);
  if (filter.from) add('s.hi >= ?', filter.from);
  if (filter.types) add('s.type IN (SELECT value FROM json_each(?))', JSON.stringify(filter.types));
  if (filter.places) add('s.place IN (SELECT value FROM json_each(?))', JSON.stringify(filter.places));
  if (filter.attributions) add('s.attribution IN (SELECT value FROM json_each(?))', JSON.stringify(filter.attributions));
  // CROSS JOIN keeps the windows outside, so each one is a range of the primary key.
  return {
    sql: `SELECT DISTINCT s.event_id, s.version, ${key} AS key, s.lo, s.hi, s.type, s.place, s.unknown, s.f_low, s.f_best, s.f_high
          FROM json_each(?) w CROSS JOIN participant_events s ON s.actor = json_extract(w.value, '$.actor')
            AND s.lo <= coalesce(json_extract(w.value, '$.to'), '9999-12-31') AND s.hi >= coalesce(json_extract(w.value, '$.from'), '0000-01-01')
          ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}`,
    params,
  };
}

const SPLIT_KEYS: Record<EventSplit, string> = { type: 's.type', place: 's.place', actor: 's.actor', attribution: 's.attribution' };
const SUMS = 'sum(m.f_low) AS low, sum(m.f_best) AS best, sum(m.f_high) AS high';

/** aggregateEventSpans of a filter with participants, from participant_events. */
export function participantSpanAggregate(filter: EventFilter, split?: EventSplit): Sql {
  const m = matching(filter, split ? SPLIT_KEYS[split] : "''");
  return {
    sql: `SELECT substr(m.lo, 1, 7) AS first, substr(m.hi, 1, 7) AS last, m.key AS key, count(*) AS events, sum(m.unknown) AS unknown, ${SUMS}
          FROM (${m.sql}) m GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    params: m.params,
  };
}

const GROUP_KEYS: Record<EventGrouping, { key: string; group: string; imprecise: string }> = {
  month: { key: "''", group: 'substr(m.lo, 1, 7)', imprecise: 'substr(m.hi, 1, 7) <> substr(m.lo, 1, 7)' },
  year: { key: "''", group: 'substr(m.lo, 1, 4)', imprecise: 'substr(m.hi, 1, 4) <> substr(m.lo, 1, 4)' },
  place: { key: "''", group: 'm.place', imprecise: '0' },
  type: { key: "''", group: 'm.type', imprecise: '0' },
  actor: { key: 's.actor', group: 'm.key', imprecise: '0' },
};

/** aggregateEvents of a filter with participants, from participant_events. */
export function participantAggregate(filter: EventFilter, by: EventGrouping): Sql {
  const { key, group, imprecise } = GROUP_KEYS[by];
  const m = matching(filter, key);
  return {
    sql: `SELECT ${group} AS key, count(*) AS events, sum(${imprecise}) AS imprecise, ${SUMS} FROM (${m.sql}) m GROUP BY 1 ORDER BY 1`,
    params: m.params,
  };
}
