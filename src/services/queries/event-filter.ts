import { ANALYSIS_ROLES } from '../../analysis/roles.js';
import { type Day, MAX_DAY, MIN_DAY, maxDay, minDay } from '../../core/dates/bounds.js';
import { parseTemporal } from '../../core/dates/edtf.js';
import type { Place } from '../../core/model/place.js';
import type { EventFilter, Store } from '../../core/store-port.js';
import type { Attribution } from '../../core/vocab/event-types.js';
import { optionalDayArg } from './dates.js';
import { readOptions, relationsOf, type QueryOptions } from './load.js';
import { resolvePlace } from './place-names.js';

/** Which events a query reads: by actor (with components or coalitions), place, window, type and attribution. */
export interface EventSelection extends QueryOptions {
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
}

/** The store's event filter for a selection: participant windows resolved, places expanded to what lies inside them. */
export async function buildEventFilter(store: Store, query: EventSelection, places: readonly Place[]): Promise<EventFilter> {
  const filter: EventFilter = { ...readOptions(query) };
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
  return filter;
}

/** Each actor asked for, plus its components or coalitions, each with the window it counts in. */
async function participantWindows(store: Store, query: EventSelection): Promise<{ actor: string; from?: Day; to?: Day }[]> {
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
