import { MAX_DAY, MIN_DAY } from '../core/dates/bounds.js';
import { parseTemporal } from '../core/dates/edtf.js';
import type { ConflictEvent } from '../core/model/event.js';
import type { Relation } from '../core/model/relation.js';
import type { EventFilter, EventGroup, EventGrouping, ReadOptions, Store } from '../core/store-port.js';
import { fatalityEstimates, participantRows } from './event-keys.js';

/**
 * What the indexed queries of the Store port must answer, computed by scanning the basic reads: the
 * contract suite holds both adapters' `filterEvents`, `aggregateEvents` and `relationsOf` to these.
 */

/** Events matching a filter: the basic query, then a check of windows and attributions here. */
export async function scanFilterEvents(store: Store, filter: EventFilter): Promise<ConflictEvent[]> {
  const { participants, ...rest } = filter;
  delete rest.attributions;
  const events = await store.events({ ...rest, ...(participants ? { actors: participants.map((p) => p.actor) } : {}) });
  return events.filter((e) => matching(e, filter).length > 0);
}

/** Counts per group, computed from the matching events. */
export async function scanAggregateEvents(store: Store, filter: EventFilter, by: EventGrouping): Promise<EventGroup[]> {
  const groups = new Map<string, EventGroup>();
  for (const event of await scanFilterEvents(store, filter)) {
    const t = parseTemporal(event.date);
    const lo = t?.start.earliest ?? MIN_DAY;
    const hi = t?.end.latest ?? MAX_DAY;
    const width = by === 'month' ? 7 : 4;
    const keys =
      by === 'month' || by === 'year'
        ? [lo.slice(0, width)]
        : by === 'place'
          ? [event.place ?? '']
          : by === 'type'
            ? [event.type]
            : [...new Set(matching(event, filter))];
    const f = fatalityEstimates(event);
    for (const key of keys) {
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { key, events: 0, imprecise: 0, fatalities: { low: 0, best: 0, high: 0 } }));
      group.events++;
      if ((by === 'month' || by === 'year') && hi.slice(0, width) !== lo.slice(0, width)) group.imprecise++;
      group.fatalities.low += f.low;
      group.fatalities.best += f.best;
      group.fatalities.high += f.high;
    }
  }
  return [...groups.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The participants of an event that satisfy the filter's participant windows and attributions. */
function matching(event: ConflictEvent, filter: EventFilter): string[] {
  const t = parseTemporal(event.date);
  const lo = t?.start.earliest ?? MIN_DAY;
  const hi = t?.end.latest ?? MAX_DAY;
  return participantRows(event)
    .filter((p) => !filter.attributions || (filter.attributions as readonly string[]).includes(p.attribution))
    .filter((p) => !filter.participants || filter.participants.some((w) => w.actor === p.actor && hi >= (w.from ?? MIN_DAY) && lo <= (w.to ?? MAX_DAY)))
    .map((p) => p.actor);
}

/** Relations from or to the given ids, by scanning every relation. */
export async function scanRelationsOf(store: Store, ids: readonly string[], options: ReadOptions & { types?: readonly string[] } = {}): Promise<Relation[]> {
  const wanted = new Set(ids);
  return (await store.relationsBetween(MIN_DAY, MAX_DAY, options)).filter((r) => wanted.has(r.from) || wanted.has(r.to));
}
