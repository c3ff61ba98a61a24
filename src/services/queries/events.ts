import { adminKeyOf, type AdminLevel } from '../../analysis/places/admin-areas.js';
import { ANALYSIS_ROLES } from '../../analysis/roles.js';
import { type Day, MAX_DAY, MIN_DAY, maxDay, minDay } from '../../core/dates/bounds.js';
import { parseTemporal } from '../../core/dates/edtf.js';
import type { ConflictEvent } from '../../core/model/event.js';
import type { Place } from '../../core/model/place.js';
import type { EventFilter, EventGroup, EventGrouping, Store } from '../../core/store-port.js';
import type { Attribution } from '../../core/vocab/event-types.js';
import { optionalDayArg } from './dates.js';
import { readOptions, relationsOf, type QueryOptions } from './load.js';
import { resolvePlace } from './place-names.js';

/** `region` is the former name of `admin1`, kept so that saved links and scripts keep working. */
export type EventsGrouping = 'month' | 'year' | 'country' | 'admin1' | 'admin2' | 'region' | 'place' | 'actor' | 'type';
export const EVENTS_GROUPINGS: readonly EventsGrouping[] = ['month', 'year', 'country', 'admin1', 'admin2', 'region', 'place', 'actor', 'type'];

export interface EventsQuery extends QueryOptions {
  actors?: readonly string[];
  /** Also count events of the actors' components while they were components (member_of, transitively). */
  includeComponents?: boolean;
  /** Also count events of the coalitions the actors belonged to, while they belonged. */
  includeCoalitions?: boolean;
  /** Places by id, name or alias; each includes every place inside it (place parents). */
  places?: readonly string[];
  from?: string;
  to?: string;
  types?: readonly string[];
  attributions?: readonly (Attribution | 'unspecified')[];
  by?: EventsGrouping;
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
}

/** events(filter): matching events, their count and fatalities, grouped by month, year, region, place, actor or type. */
export async function events(store: Store, query: EventsQuery): Promise<EventsResult> {
  const read = readOptions(query);
  const places = await store.list('place', read);
  const filter: EventFilter = { ...read };
  const from = optionalDayArg(query.from);
  const to = optionalDayArg(query.to, true);
  if (from) filter.from = from;
  if (to) filter.to = to;
  if (query.types) filter.types = query.types;
  if (query.attributions) filter.attributions = query.attributions;
  if (query.places)
    filter.places = withinPlaces(
      query.places.map((p) => resolvePlace(p, places)),
      places,
    );
  if (query.actors) filter.participants = await participantWindows(store, query);
  const level = adminLevel(query.by);
  const by: EventGrouping | undefined = level ? 'place' : (query.by as EventGrouping | undefined);
  const [groups, total, list] = await Promise.all([
    by ? store.aggregateEvents(filter, by) : Promise.resolve([]),
    store.aggregateEvents(filter, 'type'),
    query.limit === 0 ? Promise.resolve([]) : store.filterEvents(filter),
  ]);
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
  };
}

/** Each actor asked for, plus its components or coalitions, each with the window it counts in. */
async function participantWindows(store: Store, query: EventsQuery): Promise<{ actor: string; from?: Day; to?: Day }[]> {
  const windows = new Map<string, { actor: string; from?: Day; to?: Day }>();
  const put = (actor: string, from: Day, to: Day) => {
    const known = windows.get(actor);
    const lo = known ? minDay(known.from ?? MIN_DAY, from) : from;
    const hi = known ? maxDay(known.to ?? MAX_DAY, to) : to;
    windows.set(actor, { actor, ...(lo !== MIN_DAY ? { from: lo } : {}), ...(hi !== MAX_DAY ? { to: hi } : {}) });
  };
  for (const actor of query.actors ?? []) put(actor, MIN_DAY, MAX_DAY);
  for (const direction of ['components', 'coalitions'] as const) {
    if (direction === 'components' ? !query.includeComponents : !query.includeCoalitions) continue;
    let frontier = (query.actors ?? []).map((actor) => ({ actor, from: MIN_DAY, to: MAX_DAY }));
    const seen = new Set(frontier.map((f) => f.actor));
    for (let depth = 0; frontier.length > 0 && depth < 10; depth++) {
      const at = new Map(frontier.map((f) => [f.actor, f]));
      const next: typeof frontier = [];
      for (const r of await relationsOf(store, [...at.keys()], { ...query, types: [ANALYSIS_ROLES.membership] })) {
        const [self, other] = direction === 'components' ? [r.to, r.from] : [r.from, r.to];
        const parent = at.get(self);
        const t = parseTemporal(r.valid);
        if (!parent || !t || seen.has(other)) continue;
        // A member counts while it may be a member (D6), within its parent's own window.
        const lo = maxDay(parent.from, t.start.earliest);
        const hi = minDay(parent.to, t.end.latest);
        if (lo > hi) continue;
        seen.add(other);
        put(other, lo, hi);
        next.push({ actor: other, from: lo, to: hi });
      }
      frontier = next;
    }
  }
  return [...windows.values()];
}

/** The places asked for and everything inside them, through place parents. */
export function withinPlaces(ids: readonly string[], places: readonly Place[]): string[] {
  const children = new Map<string, string[]>();
  for (const p of places) if (p.parent) children.set(p.parent, [...(children.get(p.parent) ?? []), p.id]);
  const out = new Set<string>();
  const stack = [...ids];
  while (stack.length > 0) {
    const id = stack.pop() ?? '';
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return [...out].sort();
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
