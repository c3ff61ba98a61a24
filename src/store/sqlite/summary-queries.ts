import type { EventGrouping, EventSplit } from '../../core/store-port.js';
import type { SummaryPlan } from '../summary-plan.js';
import type { Sql } from './event-queries.js';

const TABLES: Record<SummaryPlan['table'], string> = { type: 'event_type_summary', place: 'event_place_summary', actor: 'event_actor_summary' };

/** The FROM and WHERE of a summary plan over alias `s`. */
function summaryWhere(plan: SummaryPlan): { from: string; where: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    where.push(sql);
    params.push(value);
  };
  if (plan.table === 'actor') {
    add('s.actor = ?', plan.actor);
    if (plan.attribution === 'each') where.push(`s.attribution <> '*'`);
    else add('s.attribution = ?', plan.attribution);
  }
  if (plan.places) add('s.place IN (SELECT value FROM json_each(?))', JSON.stringify(plan.places));
  if (plan.firstTo) add('s.first_month <= ?', plan.firstTo);
  if (plan.lastFrom) add('s.last_month >= ?', plan.lastFrom);
  if (plan.types) add('s.type IN (SELECT value FROM json_each(?))', JSON.stringify(plan.types));
  return { from: `${TABLES[plan.table]} s`, where: where.length > 0 ? where.join(' AND ') : '1', params };
}

const SPLIT_KEYS: Record<EventSplit, string> = { type: 's.type', place: 's.place', actor: 's.actor', attribution: 's.attribution' };

/** aggregateEventSpans read from a summary: the same rows as eventSpanAggregate. */
export function summarySpanAggregate(plan: SummaryPlan, split?: EventSplit): Sql {
  const { from, where, params } = summaryWhere(plan);
  const key = split ? SPLIT_KEYS[split] : "''";
  return {
    sql: `SELECT s.first_month AS first, s.last_month AS last, ${key} AS key, sum(s.events) AS events, sum(s.unknown) AS unknown,
            sum(s.low) AS low, sum(s.best) AS best, sum(s.high) AS high
          FROM ${from} WHERE ${where} GROUP BY 1, 2, 3 HAVING sum(s.events) > 0 ORDER BY 1, 2, 3`,
    params,
  };
}

const GROUP_KEYS: Record<EventGrouping, { key: string; imprecise: string }> = {
  month: { key: 's.first_month', imprecise: 's.last_month <> s.first_month' },
  year: { key: 'substr(s.first_month, 1, 4)', imprecise: 'substr(s.last_month, 1, 4) <> substr(s.first_month, 1, 4)' },
  place: { key: 's.place', imprecise: '0' },
  type: { key: 's.type', imprecise: '0' },
  actor: { key: 's.actor', imprecise: '0' },
};

/** aggregateEvents read from a summary: the same rows as eventAggregate. */
export function summaryAggregate(plan: SummaryPlan, by: EventGrouping): Sql {
  const { from, where, params } = summaryWhere(plan);
  const { key, imprecise } = GROUP_KEYS[by];
  return {
    sql: `SELECT ${key} AS key, sum(s.events) AS events, sum(CASE WHEN ${imprecise} THEN s.events ELSE 0 END) AS imprecise,
            sum(s.low) AS low, sum(s.best) AS best, sum(s.high) AS high
          FROM ${from} WHERE ${where} GROUP BY 1 HAVING sum(s.events) > 0 ORDER BY 1`,
    params,
  };
}
