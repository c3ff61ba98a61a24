import { adminKeyOf, type AdminLevel } from '../../analysis/places/admin-areas.js';
import type { Place } from '../../core/model/place.js';
import type { EventFilter, EventSplit, Store } from '../../core/store-port.js';
import { EVENT_TYPES, type EventTypeSpec } from '../../core/vocab/event-types.js';
import { buildEventFilter, type EventSelection } from './event-filter.js';
import { readOptions } from './load.js';
import { addCounts, foldTrend, NO_COUNTS, type TrendCounts, type TrendPeriod, type TrendPoint, type TrendSpan } from './trend-periods.js';

/** What a trend's series are: one per event type, attribution, participant, place or administrative area. */
export type TrendSplit = 'type' | 'attribution' | 'actor' | 'place' | 'country' | 'admin1' | 'admin2';
export const TREND_SPLITS: readonly TrendSplit[] = ['type', 'attribution', 'actor', 'place', 'country', 'admin1', 'admin2'];

export interface TrendQuery extends EventSelection {
  period: TrendPeriod;
  split?: TrendSplit;
}

/** Events and fatalities per period and series; events dated less precisely than a period kept apart as spans. */
export interface TrendResult {
  period: TrendPeriod;
  split?: TrendSplit;
  /** Every period from the first to the last, empty ones included. */
  periods: string[];
  /** The series, largest first; a single series with key '' and name 'all events' without a split. */
  series: { key: string; name: string; events: number }[];
  /** One per period and series (zeros included): events dated within that period. */
  points: TrendPoint[];
  /** Events that may fall in more than one period (a year-only date in a month chart), never put in the first. */
  spans: TrendSpan[];
  /** Every matching event once, whatever the split (an event of two actors counts in both their series). */
  total: TrendCounts;
}

const ATTRIBUTION_NAMES: Record<string, string> = { claimed: 'claimed', attributed: 'attributed', alleged: 'alleged', unspecified: 'not stated' };

/** trends(query): events and fatalities over time, the same numbers the CLI's `events --by month|quarter|year` prints. */
export async function trends(store: Store, query: TrendQuery): Promise<TrendResult> {
  const places = await store.list('place', readOptions(query));
  return trendOf(store, await buildEventFilter(store, query, places), places, query);
}

/** The trend of the events an expanded filter matches (for services that built the filter already). */
export async function trendOf(
  store: Store,
  filter: EventFilter,
  places: readonly Place[],
  query: Pick<TrendQuery, 'period' | 'split' | 'recordedAt'>,
): Promise<TrendResult> {
  const level: AdminLevel | undefined = query.split === 'country' || query.split === 'admin1' || query.split === 'admin2' ? query.split : undefined;
  const storeSplit: EventSplit | undefined = level ? 'place' : (query.split as EventSplit | undefined);
  const [rows, whole] = await Promise.all([
    store.aggregateEventSpans(filter, storeSplit),
    storeSplit ? store.aggregateEventSpans(filter) : Promise.resolve(undefined),
  ]);
  const names = new Map<string, string>();
  const byId = new Map(places.map((p) => [p.id, p]));
  const seriesOf = (key: string): string => {
    if (!level || key === '') return key;
    const area = adminKeyOf(key, level, byId);
    names.set(area.key, area.name);
    return area.key;
  };
  const range = { ...(filter.from ? { first: filter.from.slice(0, 7) } : {}), ...(filter.to ? { last: filter.to.slice(0, 7) } : {}) };
  const folded = foldTrend(rows, query.period, seriesOf, range);
  const sizes = new Map<string, number>();
  for (const p of [...folded.points, ...folded.spans]) sizes.set(p.series, (sizes.get(p.series) ?? 0) + p.events);
  const series = await Promise.all(
    [...sizes].map(async ([key, events]) => ({ key, name: await seriesName(store, query, key, names.get(key) ?? byId.get(key)?.name), events })),
  );
  return {
    period: query.period,
    ...(query.split ? { split: query.split } : {}),
    periods: folded.periods,
    series: series.sort((a, b) => b.events - a.events || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
    points: folded.points,
    spans: folded.spans,
    total: (whole ?? rows).reduce<TrendCounts>((sum, g) => addCounts(sum, g), NO_COUNTS),
  };
}

async function seriesName(store: Store, query: Pick<TrendQuery, 'split' | 'recordedAt'>, key: string, placeName: string | undefined): Promise<string> {
  switch (query.split) {
    case undefined:
      return 'all events';
    case 'type':
      return (EVENT_TYPES[key as keyof typeof EVENT_TYPES] as EventTypeSpec | undefined)?.label ?? key;
    case 'attribution':
      return ATTRIBUTION_NAMES[key] ?? key;
    case 'actor':
      return (await store.get('actor', key, readOptions(query)))?.name ?? key;
    default:
      return key === '' ? 'no place recorded' : (placeName ?? key);
  }
}
