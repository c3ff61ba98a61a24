import type { ConflictEvent } from '../../core/model/event.js';
import type { Place } from '../../core/model/place.js';
import { happensAtASpot } from '../../core/vocab/event-types.js';

/** How surely a point stands where the event happened: at the place, near it, or only somewhere in an area. */
export type Fuzz = 'exact' | 'near' | 'area';

export type EventLocation =
  | {
      mapped: true;
      coordinates: [number, number];
      /** The place whose point is drawn: the event's own, or the nearest enclosing place with a point. */
      drawnAt: Place;
      fuzz: Fuzz;
      /** Why the point is not the event's own place, when it is not. */
      note?: string;
    }
  | { mapped: false; reason: UnmappedReason; text: string };

/** Why an event has no point: its sources name no place, or its place and all around it lack a point. */
export type UnmappedReason = 'no-place-organisational' | 'no-place' | 'unknown-place' | 'no-coordinates';

/**
 * Where the map draws an event and why. An event at a place without a point of its own (a village
 * the gazetteer does not hold) is drawn at the nearest enclosing place that has one, as an area, and
 * says so; an event whose sources name no place is listed with that reason rather than guessed.
 */
export function locateEvent(event: ConflictEvent, byId: ReadonlyMap<string, Place>): EventLocation {
  if (!event.place) {
    return !happensAtASpot(event.type)
      ? { mapped: false, reason: 'no-place-organisational', text: 'a change in organisation or politics; its sources name no place' }
      : { mapped: false, reason: 'no-place', text: 'its sources name no place' };
  }
  const own = byId.get(event.place);
  if (!own) return { mapped: false, reason: 'unknown-place', text: `its place ${event.place} is not in the dataset` };
  if (own.coordinates) return { mapped: true, coordinates: own.coordinates, drawnAt: own, fuzz: fuzzOf(event, own) };
  for (let p = own.parent ? byId.get(own.parent) : undefined, hops = 0; p && hops < 20; p = p.parent ? byId.get(p.parent) : undefined, hops++) {
    if (p.coordinates)
      return {
        mapped: true,
        coordinates: p.coordinates,
        drawnAt: p,
        fuzz: 'area',
        note: `${own.name} has no point in the gazetteer or the dataset; drawn at ${p.name}`,
      };
  }
  const what = own.kind === 'area' && !own.parent ? 'an area across borders' : 'a place';
  return { mapped: false, reason: 'no-coordinates', text: `${own.name} is ${what} with no point of its own, and no place around it has one` };
}

/** The event's placement precision combined with how exactly its place's point is known. */
export function fuzzOf(event: ConflictEvent, place: Place): Fuzz {
  if (event.placePrecision === 3 || place.precision === 'centroid') return 'area';
  if (event.placePrecision === 2 || place.precision === 'approximate') return 'near';
  return 'exact';
}
