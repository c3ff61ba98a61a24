import { adminKeyOf, type AdminLevel } from '../../analysis/places/admin-areas.js';
import type { ConflictEvent } from '../../core/model/event.js';
import type { EventFilter, EventGroup, EventGrouping, Store } from '../../core/store-port.js';
import { buildEventFilter, type EventSelection } from './event-filter.js';
import { readOptions } from './load.js';
import { periodOf, type TrendPeriod } from './trend-periods.js';
import { trendOf, type TrendResult, type TrendSplit } from './trends.js';

/** `region` is the former name of `admin1`, kept so that saved links and scripts keep working. */
export type EventsGrouping = 'month' | 'quarter' | 'year' | 'country' | 'admin1' | 'admin2' | 'region' | 'place' | 'actor' | 'type';
export const EVENTS_GROUPINGS: readonly EventsGrouping[] = ['month', 'quarter', 'year', 'country', 'admin1', 'admin2', 'region', 'place', 'actor', 'type'];

export interface EventsQuery extends EventSelection {
  by?: EventsGrouping;
  /** With a period grouping: the trend's series (see `trends`). */
  split?: TrendSplit;
  /** How many matching events to list (default 100; 0 for none). */
  limit?: number;
}

export interface EventsResult {
  /** The participant windows and places the filter expanded to. */
  filter: EventFilter;
  total: Omit<EventGroup, 'key' | 'imprecise'>;
  /** Areas first; then rows of events known only more widely than the level (`unstated`, "Mali (no region stated)"); then events with no place. */
  groups: (EventGroup & { name?: string; unstated?: true })[];
  events: ConflictEvent[];
  names: Record<string, string>;
  /**
   * With a period grouping (month, quarter, year): the trend the web's Trends page draws, where an
   * event counts in a period only when its whole date lies in it (groups count it in its first).
   */
  trend?: TrendResult;
}

/** events(filter): matching events, their count and fatalities, grouped by month, year, region, place, actor or type. */
export async function events(store: Store, query: EventsQuery): Promise<EventsResult> {
  const read = readOptions(query);
  const places = await store.list('place', read);
  const filter = await buildEventFilter(store, query, places);
  const level = adminLevel(query.by);
  const period = query.by === 'month' || query.by === 'quarter' || query.by === 'year' ? query.by : undefined;
  const by: EventGrouping | undefined = level ? 'place' : query.by === 'quarter' ? undefined : (query.by as EventGrouping | undefined);
  const [grouped, total, list, trend] = await Promise.all([
    by ? store.aggregateEvents(filter, by) : Promise.resolve([]),
    store.aggregateEvents(filter, 'type'),
    query.limit === 0 ? Promise.resolve([]) : store.filterEvents(filter),
    period ? trendOf(store, filter, places, { ...query, period }) : Promise.resolve(undefined),
  ]);
  const groups = query.by === 'quarter' ? await firstPeriodGroups(store, filter, 'quarter') : grouped;
  const names = new Map<string, string>(places.map((p) => [p.id, p.name]));
  const byId = new Map(places.map((p) => [p.id, p]));
  if (by === 'place') names.set('', 'no place recorded');
  const unstated = new Set<string>();
  const regrouped = level
    ? rollUp(groups, (id) => {
        const area = adminKeyOf(id, level, byId);
        names.set(area.key, area.name);
        if (area.unstated) unstated.add(area.key);
        return area.key;
      }).sort((a, b) => rank(a.key, unstated) - rank(b.key, unstated))
    : groups;
  if (query.by === 'actor') for (const g of regrouped) names.set(g.key, (await store.get('actor', g.key, read))?.name ?? g.key);
  return {
    filter,
    total: total.reduce((sum, g) => ({ events: sum.events + g.events, fatalities: add(sum.fatalities, g.fatalities) }), {
      events: 0,
      fatalities: { low: 0, best: 0, high: 0 },
    }),
    groups: regrouped.map((g) => ({
      ...g,
      ...(names.has(g.key) ? { name: names.get(g.key) ?? g.key } : {}),
      ...(unstated.has(g.key) ? { unstated: true as const } : {}),
    })),
    events: list.slice(0, query.limit ?? 100),
    names: Object.fromEntries([...names].filter(([id]) => regrouped.some((g) => g.key === id) || list.some((e) => e.place === id))),
    ...(trend ? { trend } : {}),
  };
}

/** Groups keyed by the period an event's date may start in, as `aggregateEvents` keys months and years. */
async function firstPeriodGroups(store: Store, filter: EventFilter, period: TrendPeriod): Promise<EventGroup[]> {
  const groups = new Map<string, EventGroup>();
  for (const row of await store.aggregateEventSpans(filter)) {
    const key = periodOf(row.first, period);
    const g = groups.get(key) ?? { key, events: 0, imprecise: 0, fatalities: { low: 0, best: 0, high: 0 } };
    const imprecise = periodOf(row.last, period) !== key ? row.events : 0;
    groups.set(key, { key, events: g.events + row.events, imprecise: g.imprecise + imprecise, fatalities: add(g.fatalities, row.fatalities) });
  }
  return [...groups.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function adminLevel(by: EventsGrouping | undefined): AdminLevel | undefined {
  if (by === 'region') return 'admin1';
  return by === 'country' || by === 'admin1' || by === 'admin2' ? by : undefined;
}

/** Areas, then events known only more widely, then events without a place (the sort is stable). */
function rank(key: string, unstated: ReadonlySet<string>): number {
  return key === '' ? 2 : unstated.has(key) ? 1 : 0;
}

function rollUp(groups: readonly EventGroup[], key: (id: string) => string): EventGroup[] {
  const out = new Map<string, EventGroup>();
  for (const g of groups) {
    const k = g.key === '' ? '' : key(g.key);
    const known = out.get(k);
    if (known)
      out.set(k, { key: k, events: known.events + g.events, imprecise: known.imprecise + g.imprecise, fatalities: add(known.fatalities, g.fatalities) });
    else out.set(k, { ...g, key: k });
  }
  return [...out.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function add(a: EventGroup['fatalities'], b: EventGroup['fatalities']): EventGroup['fatalities'] {
  return { low: a.low + b.low, best: a.best + b.best, high: a.high + b.high };
}
