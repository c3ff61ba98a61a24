import { Hono } from 'hono';
import { z } from 'zod';
import type { Store } from '../../core/store-port.js';
import { TREND_PERIODS, type TrendPeriod } from '../../services/queries/trend-periods.js';
import { TREND_SPLITS, trends, type TrendSplit } from '../../services/queries/trends.js';
import { EVENT_FILTER_FIELDS } from '../contract/event-filter-fields.js';
import { recordedQuery } from '../contract/fields.js';
import { defineRoute, validated } from '../contract/route.js';

/** Events and fatalities over time: what the web's Trends page draws and `faultline events --by month|quarter|year` prints. */
export const TREND_ROUTES = {
  trends: defineRoute({
    method: 'get',
    path: '/trends',
    summary: 'Events and fatalities (low, best, high; unknown tolls counted apart) per month, quarter or year, split into series',
    query: recordedQuery({
      period: z.enum(TREND_PERIODS as [TrendPeriod, ...TrendPeriod[]]).meta({ description: 'month, quarter or year' }),
      split: z
        .enum(TREND_SPLITS as [TrendSplit, ...TrendSplit[]])
        .optional()
        .meta({ description: 'one series per event type, attribution, actor, place, country, admin1 or admin2 area' }),
      ...EVENT_FILTER_FIELDS,
    }),
    responses: {
      200: 'TrendResult (src/services/queries/trends.ts): { period, split?, periods, series: [{ key, name, events }], points: [{ period, series, events, unknown, fatalities: { low, best, high } }], spans: [{ from, to, series, events, unknown, fatalities }], total }; an event counts in a period only when its whole date lies in it, otherwise in spans',
    },
  }),
} as const;

export function trendRoutes(store: Store) {
  return new Hono().get(TREND_ROUTES.trends.path, validated(TREND_ROUTES.trends), async (c) => {
    const q = c.req.valid('query');
    return c.json(
      await trends(store, {
        period: q.period,
        ...(q.split ? { split: q.split } : {}),
        ...(q.actor ? { actors: q.actor } : {}),
        ...(q.components ? { includeComponents: true } : {}),
        ...(q.coalitions ? { includeCoalitions: true } : {}),
        ...(q.place ? { places: q.place } : {}),
        ...(q.from ? { from: q.from } : {}),
        ...(q.to ? { to: q.to } : {}),
        ...(q.type ? { types: q.type } : {}),
        ...(q.attribution ? { attributions: q.attribution } : {}),
        ...(q.recordedAt ? { recordedAt: q.recordedAt } : {}),
      }),
    );
  });
}
