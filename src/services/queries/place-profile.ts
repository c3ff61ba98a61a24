import { parseTemporal } from '../../core/dates/edtf.js';
import { NotFoundError } from '../../core/errors.js';
import { FACT_PROPERTIES, foldFact, type FoldedFact } from '../../core/fold.js';
import { groupBy } from '../../core/group-by.js';
import type { Claim } from '../../core/model/claim.js';
import type { ConflictEvent } from '../../core/model/event.js';
import type { Place } from '../../core/model/place.js';
import type { Source } from '../../core/model/source.js';
import type { EventGroup, Store } from '../../core/store-port.js';
import { triageContextOf } from '../../core/triage-context.js';
import { EVENT_TYPES, type EventType } from '../../core/vocab/event-types.js';
import { RELATION_TYPE_NAMES, RELATION_TYPES, type RelationType } from '../../core/vocab/relation-types.js';
import { footnoteBook, type Footnote, type ProfileStatement } from '../footnotes.js';
import { PROFILE_SECTIONS, SECTION_ORDER } from '../profile-sections.js';
import { isRedactedEvidence } from '../visibility.js';
import { withinPlaces } from './event-filter.js';
import { readOptions, type QueryOptions } from './load.js';

/** A place named in a profile, with its kind. */
export interface PlaceRef {
  id: string;
  name: string;
  kind: Place['kind'];
}

/** One year of events at the place and inside it; `tollUnknown` counts events whose sources give no toll. */
export interface PlaceYear extends EventGroup {
  tollUnknown: number;
}

/** An event at the place or inside it, with where exactly and who took part. */
export interface PlaceEvent extends ProfileStatement {
  type: string;
  place?: PlaceRef;
  participants: { id: string; name: string; role: string; attribution?: string }[];
  /** The event's fatalities as its record gives them; absent when no source gives a toll. */
  fatalities?: ConflictEvent['fatalities'];
}

/** A source cited by the statements of the profile, with how many of its claims it backs. */
export interface PlaceSource {
  id: string;
  title: string;
  date?: string;
  reliability: Source['reliability'];
  origin?: string;
  claims: number;
}

/** Who took part in events at the place, how often, and over which years. */
export interface PlaceParticipant {
  id: string;
  name: string;
  events: number;
  first: string;
  last: string;
}

export interface PlaceProfile {
  place: Place;
  status: FoldedFact<Place>['status'];
  /** Footnotes of claims about the place itself. */
  footnotes: number[];
  /** The places it lies in, widest first (country, region, cercle…). */
  parents: PlaceRef[];
  /** Places directly inside it, each with the events at it and inside it. */
  children: (PlaceRef & { events: number })[];
  /** How many places lie inside it at any depth. */
  inside: number;
  events: {
    /** Events at the place and every place inside it (place parents), as `faultline events --place` counts them. */
    total: number;
    fatalities: EventGroup['fatalities'];
    tollUnknown: number;
    /** Grouped by the year of each event's earliest day, as `events --by year` groups them. */
    byYear: PlaceYear[];
    /** The latest events, in date order; `total` may be more. */
    list: PlaceEvent[];
  };
  /** Who held it or operated there and when: relations to it or to places inside it, by profile section. */
  presence: { title: string; statements: ProfileStatement[] }[];
  /** Actors in the events here, most events first. */
  participants: PlaceParticipant[];
  /** Sources cited by the statements of this profile, most claims first; restricted ones only counted. */
  sources: PlaceSource[];
  restrictedClaims: number;
  notes: Footnote[];
}

/** How many of the latest events a profile lists with their footnotes. */
export const PLACE_EVENTS_LISTED = 200;

// Relation types whose target may be a place (controls, operates_in), read from the table.
const PLACE_RELATIONS = RELATION_TYPE_NAMES.filter((t) => (RELATION_TYPES[t].to as readonly string[]).includes('place'));

/** A place's profile: what it is, where, what happened there over time, who held it, and the sources. */
export async function placeProfile(store: Store, placeId: string, options: QueryOptions = {}): Promise<PlaceProfile> {
  const read = readOptions(options);
  const place = await store.get('place', placeId, read);
  if (!place) throw new NotFoundError('place', placeId);
  const [places, actors, sources] = await Promise.all([store.list('place', read), store.list('actor', read), store.list('source', read)]);
  const byId = new Map(places.map((p) => [p.id, p]));
  const ref = (p: Place): PlaceRef => ({ id: p.id, name: p.name, kind: p.kind });
  const subtree = withinPlaces([placeId], places);
  const inSubtree = new Set(subtree);
  const [years, events, relations] = await Promise.all([
    store.aggregateEvents({ ...read, places: subtree }, 'year'),
    store.filterEvents({ ...read, places: subtree }),
    store.relationsOf(subtree, { ...read, types: PLACE_RELATIONS }),
  ]);
  const held = relations.filter((r) => inSubtree.has(r.to)).sort((a, b) => startOf(a.valid).localeCompare(startOf(b.valid)) || a.id.localeCompare(b.id));
  const listed = events.slice(-PLACE_EVENTS_LISTED);
  const claims = await store.claims({ ...read, subjects: [placeId, ...held.map((r) => r.id), ...listed.map((e) => e.id)] });
  const bySubject = groupBy(claims, (c) => c.subject);
  const names = new Map<string, string>([...actors.map((a) => [a.id, a.name] as const), ...places.map((p) => [p.id, p.name] as const)]);
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const book = footnoteBook(names, sourceById, bySubject, triageContextOf(sources, places));
  const fold = foldFact(place, bySubject.get(placeId) ?? [], FACT_PROPERTIES.place, triageContextOf(sources, places));
  const footnotes = fold.claims.map(book.footnote);

  const sections = new Map<string, ProfileStatement[]>();
  for (const relation of held) {
    const spec = RELATION_TYPES[relation.type as RelationType];
    const title = PROFILE_SECTIONS[relation.type as RelationType].in;
    const actor = names.get(relation.from) ?? relation.from;
    const text = `${actor} ${spec.reads} ${names.get(relation.to) ?? relation.to}${relation.role ? ` (${relation.role})` : ''}`;
    sections.set(title, [
      ...(sections.get(title) ?? []),
      book.statement(relation, text, relation.valid, FACT_PROPERTIES.relation, { id: relation.from, name: actor }),
    ]);
  }

  const list = listed.map((event): PlaceEvent => {
    const at = event.place ? byId.get(event.place) : undefined;
    const label = EVENT_TYPES[event.type as EventType]?.label ?? event.type;
    const statement = book.statement(event, `${label}${at ? ` in ${at.name}` : ''}: ${event.description}`, event.date, FACT_PROPERTIES.event);
    return {
      ...statement,
      type: event.type,
      ...(at ? { place: ref(at) } : {}),
      participants: event.participants.map((p) => ({
        id: p.actor,
        name: names.get(p.actor) ?? p.actor,
        role: p.role,
        ...(p.attribution ? { attribution: p.attribution } : {}),
      })),
      ...(hasToll(event) ? { fatalities: event.fatalities } : {}),
    };
  });

  return {
    place,
    status: fold.status,
    footnotes,
    parents: parentsOf(place, byId).map(ref),
    children: childrenWithEvents(placeId, places, events).map(({ place: child, events: n }) => ({ ...ref(child), events: n })),
    inside: subtree.length - 1,
    events: {
      total: events.length,
      fatalities: years.reduce((sum, y) => ({ low: sum.low + y.fatalities.low, best: sum.best + y.fatalities.best, high: sum.high + y.fatalities.high }), {
        low: 0,
        best: 0,
        high: 0,
      }),
      tollUnknown: events.filter((e) => !hasToll(e)).length,
      byYear: withUnknownTolls(years, events),
      list,
    },
    presence: SECTION_ORDER.filter((t) => sections.has(t)).map((title) => ({ title, statements: sections.get(title) ?? [] })),
    participants: participantsOf(events, names),
    ...citedSources(book.notes, claims, sourceById),
    notes: book.notes,
  };
}

/** True when a source gives the event a toll (zero included); false when none does. */
const hasToll = (event: ConflictEvent): boolean =>
  event.fatalities !== undefined && (event.fatalities.low !== undefined || event.fatalities.best !== undefined || event.fatalities.high !== undefined);

/** The earliest day a date or interval allows; an open start sorts first. */
const startOf = (edtf: string): string => parseTemporal(edtf)?.start.earliest ?? '';

/** The year an event is counted under: that of its earliest day, as the store groups it. */
const yearOf = (event: ConflictEvent): string => parseTemporal(event.date)?.start.earliest.slice(0, 4) ?? '';

function withUnknownTolls(years: readonly EventGroup[], events: readonly ConflictEvent[]): PlaceYear[] {
  const unknown = new Map<string, number>();
  for (const e of events) if (!hasToll(e)) unknown.set(yearOf(e), (unknown.get(yearOf(e)) ?? 0) + 1);
  return years.map((y) => ({ ...y, tollUnknown: unknown.get(y.key) ?? 0 }));
}

/** The parents of a place, widest first (stops at a loop in bad data). */
function parentsOf(place: Place, byId: ReadonlyMap<string, Place>): Place[] {
  const out: Place[] = [];
  const seen = new Set([place.id]);
  for (let p = place.parent ? byId.get(place.parent) : undefined; p && !seen.has(p.id); p = p.parent ? byId.get(p.parent) : undefined) {
    seen.add(p.id);
    out.unshift(p);
  }
  return out;
}

function childrenWithEvents(placeId: string, places: readonly Place[], events: readonly ConflictEvent[]): { place: Place; events: number }[] {
  return places
    .filter((p) => p.parent === placeId)
    .map((child) => {
      const inside = new Set(withinPlaces([child.id], places));
      return { place: child, events: events.filter((e) => e.place !== undefined && inside.has(e.place)).length };
    })
    .sort((a, b) => b.events - a.events || a.place.name.localeCompare(b.place.name));
}

function participantsOf(events: readonly ConflictEvent[], names: ReadonlyMap<string, string>): PlaceParticipant[] {
  const out = new Map<string, PlaceParticipant>();
  for (const event of events) {
    const year = yearOf(event);
    for (const actor of new Set(event.participants.map((p) => p.actor))) {
      const known = out.get(actor);
      if (!known) out.set(actor, { id: actor, name: names.get(actor) ?? actor, events: 1, first: year, last: year });
      else out.set(actor, { ...known, events: known.events + 1, first: year < known.first ? year : known.first, last: year > known.last ? year : known.last });
    }
  }
  return [...out.values()].sort((a, b) => b.events - a.events || a.name.localeCompare(b.name));
}

/** The sources the profile's footnotes cite, by how many of its claims each backs; withheld passages only counted. */
function citedSources(
  notes: readonly Footnote[],
  claims: readonly Claim[],
  sourceById: ReadonlyMap<string, Source>,
): { sources: PlaceSource[]; restrictedClaims: number } {
  const cited = new Set(notes.map((n) => n.claimId));
  const counts = new Map<string, number>();
  let restrictedClaims = 0;
  for (const claim of claims) {
    if (!cited.has(claim.id)) continue;
    if (claim.evidence.some((e) => isRedactedEvidence(e))) restrictedClaims++;
    for (const source of new Set(claim.evidence.filter((e) => !isRedactedEvidence(e)).map((e) => e.source))) counts.set(source, (counts.get(source) ?? 0) + 1);
  }
  const sources = [...counts].flatMap(([id, n]): PlaceSource[] => {
    const s = sourceById.get(id);
    if (!s) return [];
    const origin = s.authors?.length ? s.authors.join(', ') : s.publisher;
    return [{ id, title: s.title, ...(s.date ? { date: s.date } : {}), reliability: s.reliability, ...(origin ? { origin } : {}), claims: n }];
  });
  return { sources: sources.sort((a, b) => b.claims - a.claims || a.title.localeCompare(b.title)), restrictedClaims };
}
