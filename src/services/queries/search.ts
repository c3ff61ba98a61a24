import { parseTemporal } from '../../core/dates/edtf.js';
import type { Actor } from '../../core/model/actor.js';
import type { Place } from '../../core/model/place.js';
import type { Source } from '../../core/model/source.js';
import type { ConflictEvent } from '../../core/model/event.js';
import type { EventFilter, Store } from '../../core/store-port.js';
import { foldName } from '../../core/text/normalise.js';
import { EVENT_TYPES, type EventType } from '../../core/vocab/event-types.js';
import { withinPlaces } from './event-filter.js';
import { readOptions, type QueryOptions } from './load.js';

/** A place whose name or an alias matches, with the names of the places it lies in (nearest first). */
export interface PlaceHit {
  id: string;
  name: string;
  kind: Place['kind'];
  country: string;
  within: string[];
  /** The alias that matched, when the name itself did not (`Tombouctou` for Timbuktu). */
  matched?: string;
  description?: string;
}

/** An event at a matching place (or inside it), with the days its date allows. */
export interface EventHit {
  id: string;
  date: string;
  earliest: string;
  latest: string;
  type: string;
  label: string;
  place: { id: string; name: string };
  description: string;
}

/** A source whose title, authors or publisher match. */
export interface SourceHit {
  id: string;
  title: string;
  date?: string;
  origin?: string;
  kind?: Source['kind'];
  reliability: Source['reliability'];
}

export interface SearchResult {
  actors: Actor[];
  places: PlaceHit[];
  /** Events at the best-matching places and inside them, latest first; `total` counts them all. */
  events: { total: number; at: { id: string; name: string }[]; list: EventHit[] };
  sources: SourceHit[];
}

export interface SearchOptions extends QueryOptions {
  /** Most hits of each kind (default 20). */
  limit?: number;
}

/** How many of the best-matching places lend their events to the results. */
const EVENT_PLACES = 3;

/**
 * Search across actors, places, events and sources, insensitive to case, accents and punctuation,
 * in every language a name or alias is recorded in: `tombouctou`, `TOMBOUCTOU` and `timbuktu` find
 * the same place. Actors are searched as `GET /actors?q=` searches them (the store's folded names).
 */
export async function search(store: Store, query: string, options: SearchOptions = {}): Promise<SearchResult> {
  const read = readOptions(options);
  const limit = options.limit ?? 20;
  const needle = foldName(query);
  const empty: SearchResult = { actors: [], places: [], events: { total: 0, at: [], list: [] }, sources: [] };
  if (!needle) return empty;
  const [actors, places, sources] = await Promise.all([store.searchActors(query, { ...read, limit }), store.list('place', read), store.list('source', read)]);
  const byId = new Map(places.map((p) => [p.id, p]));
  const placeHits = ranked(places, (p) => [p.name, ...(p.aliases ?? []).map((a) => a.name)], needle).slice(0, limit);
  const eventPlaces = placeHits.slice(0, EVENT_PLACES).map((h) => h.record);
  const within = withinPlaces(
    eventPlaces.map((p) => p.id),
    places,
  );
  const { total, events } = eventPlaces.length > 0 ? await latestEvents(store, { ...read, places: within }, limit) : { total: 0, events: [] };
  const eventHits = events
    .slice(-limit)
    .reverse()
    .map((event): EventHit => {
      const t = parseTemporal(event.date);
      const at = event.place ? byId.get(event.place) : undefined;
      return {
        id: event.id,
        date: event.date,
        earliest: t?.start.earliest ?? '',
        latest: t?.end.latest ?? '',
        type: event.type,
        label: EVENT_TYPES[event.type as EventType]?.label ?? event.type,
        place: { id: event.place ?? '', name: at?.name ?? '' },
        description: event.description,
      };
    });
  return {
    actors,
    places: placeHits.map(({ record: p, matched }) => ({
      id: p.id,
      name: p.name,
      kind: p.kind,
      country: p.country,
      within: parentNames(p, byId),
      ...(matched !== p.name ? { matched } : {}),
      ...(p.description ? { description: p.description } : {}),
    })),
    events: { total, at: eventPlaces.map((p) => ({ id: p.id, name: p.name })), list: eventHits },
    sources: ranked(sources, (s) => [s.title, ...(s.authors ?? []), ...(s.publisher ? [s.publisher] : [])], needle)
      .slice(0, limit)
      .map(({ record: s }) => {
        const origin = s.authors?.length ? s.authors.join(', ') : s.publisher;
        return {
          id: s.id,
          title: s.title,
          ...(s.date ? { date: s.date } : {}),
          ...(origin ? { origin } : {}),
          ...(s.kind ? { kind: s.kind } : {}),
          reliability: s.reliability,
        };
      }),
  };
}

/**
 * The count of events matching a filter and the latest `limit` of them, reading only the years they
 * fall in: a search for a country must not load every event of it (an ACLED import holds millions).
 */
async function latestEvents(store: Store, filter: EventFilter, limit: number): Promise<{ total: number; events: ConflictEvent[] }> {
  const years = await store.aggregateEvents(filter, 'year');
  const total = years.reduce((n, y) => n + y.events, 0);
  let from: string | undefined;
  let counted = 0;
  for (const y of [...years].reverse()) {
    if (counted >= limit || !/^\d{4}$/.test(y.key)) break;
    counted += y.events;
    from = `${y.key}-01-01`;
  }
  // Unless the latest whole years hold enough events, read them all (a year key the store could not date).
  const events = await store.filterEvents(from && counted >= Math.min(limit, total) ? { ...filter, from } : filter);
  return { total, events };
}

/**
 * Records with a name containing the folded query, best first: a whole name, then a name starting
 * with it, then a word starting with it, then anywhere; ties by name. `matched` is the best name.
 */
function ranked<T extends { id: string }>(records: readonly T[], namesOf: (r: T) => string[], needle: string): { record: T; matched: string }[] {
  const hits: { record: T; matched: string; rank: number }[] = [];
  for (const record of records) {
    let best: { matched: string; rank: number } | undefined;
    for (const name of namesOf(record)) {
      const folded = foldName(name);
      const rank = folded === needle ? 0 : folded.startsWith(needle) ? 1 : ` ${folded}`.includes(` ${needle}`) ? 2 : folded.includes(needle) ? 3 : undefined;
      if (rank !== undefined && (!best || rank < best.rank)) best = { matched: name, rank };
    }
    if (best) hits.push({ record, ...best });
  }
  return hits.sort((a, b) => a.rank - b.rank || a.matched.localeCompare(b.matched) || a.record.id.localeCompare(b.record.id));
}

function parentNames(place: Place, byId: ReadonlyMap<string, Place>): string[] {
  const out: string[] = [];
  const seen = new Set([place.id]);
  for (let p = place.parent ? byId.get(place.parent) : undefined; p && !seen.has(p.id); p = p.parent ? byId.get(p.parent) : undefined) {
    seen.add(p.id);
    out.push(p.name);
  }
  return out;
}
