import type { EventFilter, EventGrouping } from '../../core/store-port.js';
import { KEYS } from '../key-columns.js';

/** SQL text and parameters for one query. */
export interface Sql {
  sql: string;
  params: unknown[];
}

/** A WHERE clause over `r`, and the FROM clause that binds `r` (parameters of both, in text order). */
export interface EventSql extends Sql {
  from: string;
}

/** The record-time condition on alias `r` for a read option. */
export function recordedCondition(recordedAt: string | undefined): Sql {
  if (!recordedAt) return { sql: 'r.recorded_to IS NULL', params: [] };
  return { sql: 'r.recorded_from <= ? AND (r.recorded_to IS NULL OR r.recorded_to > ?)', params: [recordedAt, recordedAt] };
}

/**
 * The WHERE clause over `records r` for an event filter. Participant windows go through the
 * event_participants index first, so a filter on a few actors reads only their events.
 */
export function eventWhere(filter: EventFilter): EventSql {
  const t = recordedCondition(filter.recordedAt);
  const where = [`r.kind = 'event'`, t.sql];
  const params: unknown[] = [];
  const fromParams: unknown[] = [];
  let from = 'records r';
  const add = (sql: string, ...values: unknown[]) => {
    where.push(sql);
    params.push(...values);
  };
  if (filter.to) add('r.lo <= ?', filter.to);
  if (filter.from) add('r.hi >= ?', filter.from);
  if (filter.types) add(`r.${KEYS.event.type} IN (SELECT value FROM json_each(?))`, JSON.stringify(filter.types));
  if (filter.places) add(`r.${KEYS.event.place} IN (SELECT value FROM json_each(?))`, JSON.stringify(filter.places));
  const attributions = filter.attributions ? JSON.stringify(filter.attributions) : undefined;
  if (filter.participants) {
    // Driven from the participant index: CROSS JOIN keeps SQLite from scanning every event instead.
    const t2 = recordedCondition(filter.recordedAt).sql.replace(/r\./g, 'r2.');
    from = `(SELECT DISTINCT r2.rowid AS rid FROM json_each(?) w
         CROSS JOIN event_participants p ON p.actor = json_extract(w.value, '$.actor')
         CROSS JOIN records r2 ON r2.kind = 'event' AND r2.id = p.event_id AND r2.version = p.version
         WHERE ${t2} AND r2.hi >= coalesce(json_extract(w.value, '$.from'), '0000-01-01') AND r2.lo <= coalesce(json_extract(w.value, '$.to'), '9999-12-31')
         ${attributions ? 'AND p.attribution IN (SELECT value FROM json_each(?))' : ''}) m CROSS JOIN records r ON r.rowid = m.rid`;
    fromParams.push(JSON.stringify(filter.participants), ...t.params, ...(attributions ? [attributions] : []));
  } else if (attributions) {
    add(
      'EXISTS (SELECT 1 FROM event_participants p WHERE p.event_id = r.id AND p.version = r.version AND p.attribution IN (SELECT value FROM json_each(?)))',
      attributions,
    );
  }
  return { from, sql: where.join(' AND '), params: [...fromParams, ...t.params, ...params] };
}

const GROUP_KEYS: Record<Exclude<EventGrouping, 'actor'>, { key: string; imprecise: string }> = {
  month: { key: 'substr(r.lo, 1, 7)', imprecise: 'substr(r.hi, 1, 7) <> substr(r.lo, 1, 7)' },
  year: { key: 'substr(r.lo, 1, 4)', imprecise: 'substr(r.hi, 1, 4) <> substr(r.lo, 1, 4)' },
  place: { key: `coalesce(r.${KEYS.event.place}, '')`, imprecise: '0' },
  type: { key: `r.${KEYS.event.type}`, imprecise: '0' },
};

/**
 * The events of a filter joined to their participants `p`, for counting per participant: a participant
 * filter keeps only those actors in their windows, an attribution filter only those attributions. The
 * rest of the filter is `base`; `params` come before `base.params`.
 */
export function participantJoin(filter: EventFilter): { base: EventSql; join: string; params: unknown[] } {
  const { participants, attributions, ...rest } = filter;
  const params: unknown[] = [];
  let join = 'JOIN event_participants p ON p.event_id = r.id AND p.version = r.version';
  if (participants) {
    join += ` JOIN json_each(?) w ON p.actor = json_extract(w.value, '$.actor')
      AND r.hi >= coalesce(json_extract(w.value, '$.from'), '0000-01-01') AND r.lo <= coalesce(json_extract(w.value, '$.to'), '9999-12-31')`;
    params.push(JSON.stringify(participants));
  }
  if (attributions) {
    join += ' AND p.attribution IN (SELECT value FROM json_each(?))';
    params.push(JSON.stringify(attributions));
  }
  return { base: eventWhere(rest), join, params };
}

/** The aggregation query: counts and fatality sums per group, ordered by key. */
export function eventAggregate(filter: EventFilter, by: EventGrouping): Sql {
  const sums = 'sum(r.f_low) AS low, sum(r.f_best) AS best, sum(r.f_high) AS high';
  if (by !== 'actor') {
    const where = eventWhere(filter);
    const { key, imprecise } = GROUP_KEYS[by];
    return {
      sql: `SELECT ${key} AS key, count(*) AS events, sum(${imprecise}) AS imprecise, ${sums} FROM ${where.from} WHERE ${where.sql} GROUP BY 1 ORDER BY 1`,
      params: where.params,
    };
  }
  // By actor: each matching participant counts the event once; with a participant filter, only those actors in their windows.
  const { base, join, params } = participantJoin(filter);
  return {
    sql: `SELECT m.actor AS key, count(*) AS events, 0 AS imprecise, ${sums}
          FROM (SELECT DISTINCT r.rowid AS rid, p.actor AS actor FROM records r ${join} WHERE ${base.sql}) m
          JOIN records r ON r.rowid = m.rid GROUP BY 1 ORDER BY 1`,
    params: [...params, ...base.params],
  };
}
