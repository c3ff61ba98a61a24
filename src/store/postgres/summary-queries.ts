import type { EventGrouping, EventSplit } from '../../core/store-port.js';
import type { SummaryPlan } from '../summary-plan.js';
import type { Params } from './sql.js';

const TABLES: Record<SummaryPlan['table'], string> = { type: 'event_type_summary', place: 'event_place_summary', actor: 'event_actor_summary' };

/** The FROM and WHERE of a summary plan over alias `s` (same meaning as the embedded adapter's). */
function summaryWhere(p: Params, plan: SummaryPlan): string {
  const where: string[] = [];
  if (plan.table === 'actor') {
    where.push(`s.actor = ${p.add(plan.actor)}`);
    where.push(plan.attribution === 'each' ? `s.attribution <> '*'` : `s.attribution = ${p.add(plan.attribution)}`);
  }
  if (plan.places) where.push(`s.place = ANY(${p.add(plan.places)}::text[])`);
  if (plan.firstTo) where.push(`s.first_month <= ${p.add(plan.firstTo)}`);
  if (plan.lastFrom) where.push(`s.last_month >= ${p.add(plan.lastFrom)}`);
  if (plan.types) where.push(`s.type = ANY(${p.add(plan.types)}::text[])`);
  return `${TABLES[plan.table]} s WHERE ${where.length > 0 ? where.join(' AND ') : 'true'}`;
}

// float8 rather than bigint, which the driver would return as a string.
const SUMS = 'sum(s.low)::float8 AS low, sum(s.best)::float8 AS best, sum(s.high)::float8 AS high';
const SPLIT_KEYS: Record<EventSplit, string> = { type: 's.type', place: 's.place', actor: 's.actor', attribution: 's.attribution' };

/** aggregateEventSpans read from a summary: the same rows as eventSpanAggregate. */
export function summarySpanAggregate(p: Params, plan: SummaryPlan, split?: EventSplit): string {
  const key = split ? SPLIT_KEYS[split] : "''";
  return `SELECT s.first_month AS first, s.last_month AS last, ${key} AS key, sum(s.events)::integer AS events, sum(s.unknown)::integer AS unknown, ${SUMS}
          FROM ${summaryWhere(p, plan)} GROUP BY 1, 2, 3 HAVING sum(s.events) > 0 ORDER BY 1, 2, 3`;
}

const GROUP_KEYS: Record<EventGrouping, { key: string; imprecise: string }> = {
  month: { key: 's.first_month', imprecise: 's.last_month <> s.first_month' },
  year: { key: 'substr(s.first_month, 1, 4)', imprecise: 'substr(s.last_month, 1, 4) <> substr(s.first_month, 1, 4)' },
  place: { key: 's.place', imprecise: 'false' },
  type: { key: 's.type', imprecise: 'false' },
  actor: { key: 's.actor', imprecise: 'false' },
};

/** aggregateEvents read from a summary: the same rows as eventAggregate. */
export function summaryAggregate(p: Params, plan: SummaryPlan, by: EventGrouping): string {
  const { key, imprecise } = GROUP_KEYS[by];
  return `SELECT ${key} AS key, sum(s.events)::integer AS events, coalesce(sum(s.events) FILTER (WHERE ${imprecise}), 0)::integer AS imprecise, ${SUMS}
          FROM ${summaryWhere(p, plan)} GROUP BY 1 HAVING sum(s.events) > 0 ORDER BY 1`;
}
