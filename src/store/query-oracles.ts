import { MAX_DAY, MIN_DAY } from '../core/dates/bounds.js';
import { parseTemporal } from '../core/dates/edtf.js';
import type { ConflictEvent } from '../core/model/event.js';
import type { Relation } from '../core/model/relation.js';
import type { EventFilter, EventGroup, EventGrouping, EventSpanGroup, EventSplit, ReadOptions, Store } from '../core/store-port.js';
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
  // Without a participant or attribution condition an event matches even when nobody is named in it.
  if (!participants && !filter.attributions) return events;
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

/** Counts per first month, last month and split key, computed from the matching events. */
export async function scanAggregateEventSpans(store: Store, filter: EventFilter, split?: EventSplit): Promise<EventSpanGroup[]> {
  const groups = new Map<string, EventSpanGroup>();
  for (const event of await scanFilterEvents(store, filter)) {
    const t = parseTemporal(event.date);
    const first = (t?.start.earliest ?? MIN_DAY).slice(0, 7);
    const last = (t?.end.latest ?? MAX_DAY).slice(0, 7);
    const keys =
      split === 'type'
        ? [event.type]
        : split === 'place'
          ? [event.place ?? '']
          : split === 'actor'
            ? [...new Set(matching(event, filter))]
            : split === 'attribution'
              ? [...new Set(matchingRows(event, filter).map((p) => p.attribution))]
              : [''];
    const f = fatalityEstimates(event);
    const unknown = event.fatalities?.low === undefined && event.fatalities?.best === undefined && event.fatalities?.high === undefined;
    for (const key of keys) {
      const id = `${first}|${last}|${key}`;
      let group = groups.get(id);
      if (!group) groups.set(id, (group = { first, last, key, events: 0, unknown: 0, fatalities: { low: 0, best: 0, high: 0 } }));
      group.events++;
      if (unknown) group.unknown++;
      group.fatalities.low += f.low;
      group.fatalities.best += f.best;
      group.fatalities.high += f.high;
    }
  }
  const order = (g: EventSpanGroup) => [g.first, g.last, g.key];
  return [...groups.values()].sort((a, b) => compareTuples(order(a), order(b)));
}

function compareTuples(a: string[], b: string[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] ?? '') < (b[i] ?? '') ? -1 : 1;
  return 0;
}

/** The participants of an event that satisfy the filter's participant windows and attributions. */
function matching(event: ConflictEvent, filter: EventFilter): string[] {
  return matchingRows(event, filter).map((p) => p.actor);
}

/** The participant rows of an event that satisfy the filter's participant windows and attributions. */
function matchingRows(event: ConflictEvent, filter: EventFilter): ReturnType<typeof participantRows> {
  const t = parseTemporal(event.date);
  const lo = t?.start.earliest ?? MIN_DAY;
  const hi = t?.end.latest ?? MAX_DAY;
  return participantRows(event)
    .filter((p) => !filter.attributions || (filter.attributions as readonly string[]).includes(p.attribution))
    .filter((p) => !filter.participants || filter.participants.some((w) => w.actor === p.actor && hi >= (w.from ?? MIN_DAY) && lo <= (w.to ?? MAX_DAY)));
}

/** Relations from or to the given ids, by scanning every relation. */
export async function scanRelationsOf(store: Store, ids: readonly string[], options: ReadOptions & { types?: readonly string[] } = {}): Promise<Relation[]> {
  const wanted = new Set(ids);
  return (await store.relationsBetween(MIN_DAY, MAX_DAY, options)).filter((r) => wanted.has(r.from) || wanted.has(r.to));
}
