import type { FeatureCollection, Point } from 'geojson';
import type { Place } from '../../api/types.js';
import { locateEvent, type Fuzz, type UnmappedReason } from '../../../../src/analysis/places/event-location.js';
import type { ConflictEvent, EventGroup, EventTypeVocabulary } from './api.js';

export type { Fuzz } from '../../../../src/analysis/places/event-location.js';

export interface MappedEvent {
  event: ConflictEvent;
  /** The place whose point is drawn: the event's own, or the nearest enclosing place with a point. */
  place: Place;
  coordinates: [number, number];
  fuzz: Fuzz;
  /** The event's own place, which the point stands for (the same as `place` unless `note` says why not). */
  named: Place;
  /** Why the point is not at the event's own place, when it is not. */
  note?: string;
  fatalities: number | undefined;
  group: EventGroup;
}

export interface UnmappedEvent {
  event: ConflictEvent;
  /** The place the event names, when it names one. */
  place?: Place | { id: string; name: string };
  reason: UnmappedReason;
  /** The reason in words. */
  why: string;
}

/** Colours by event group, chosen to stay apart on the pale land colour and for common colour blindness. */
export const GROUP_COLOURS: Record<EventGroup, string> = {
  battle: '#c2362b',
  remote_violence: '#e07b1a',
  violence_against_civilians: '#8d2f8a',
  protest: '#2f78c4',
  riot: '#13858a',
  strategic: '#56627a',
  organisational: '#9a7b12',
  governance: '#2e8540',
};

export const GROUP_LABELS: Record<EventGroup, string> = {
  battle: 'Battles',
  remote_violence: 'Explosions and remote violence',
  violence_against_civilians: 'Violence against civilians',
  protest: 'Protests',
  riot: 'Riots',
  strategic: 'Strategic developments',
  organisational: 'Organisational changes',
  governance: 'Armed-group governance',
};

export const FUZZ_LABELS: Record<Fuzz, string> = {
  exact: 'at the place named',
  near: 'near the place, or an approximate point',
  area: 'somewhere in a region or area (the point is its centre)',
};

/** Fatalities for sizing: the best estimate, else the high one, else the low one. */
export function fatalityCount(fatalities: ConflictEvent['fatalities']): number | undefined {
  return fatalities?.best ?? fatalities?.high ?? fatalities?.low;
}

/** `at least 15`, `up to 30`, `12 (10–15)`: fatalities as reported, in words. */
export function describeFatalities(fatalities: ConflictEvent['fatalities']): string | undefined {
  if (!fatalities) return undefined;
  const { low, best, high } = fatalities;
  const range = low !== undefined && high !== undefined && low !== high ? ` (${low}–${high})` : '';
  if (best !== undefined) return `${best}${range}`;
  if (low !== undefined && high !== undefined) return low === high ? String(low) : `${low}–${high}`;
  if (low !== undefined) return `at least ${low}`;
  if (high !== undefined) return `up to ${high}`;
  return undefined;
}

/** Point radius in pixels: area grows with fatalities, so the radius with their square root. */
export function radiusFor(fatalities: number | undefined): number {
  if (fatalities === undefined || fatalities === 0) return 5;
  return Math.min(28, 6 + 2.4 * Math.sqrt(fatalities));
}

/** Splits events into those with a point and those the map cannot draw, keeping both. */
export function placeEvents(
  events: readonly ConflictEvent[],
  places: ReadonlyMap<string, Place>,
  vocabulary: EventTypeVocabulary,
): { mapped: MappedEvent[]; unmapped: UnmappedEvent[] } {
  const mapped: MappedEvent[] = [];
  const unmapped: UnmappedEvent[] = [];
  for (const event of events) {
    const at = locateEvent(event, places);
    if (!at.mapped) {
      const named = event.place ? (places.get(event.place) ?? { id: event.place, name: event.place }) : undefined;
      unmapped.push({ event, ...(named ? { place: named } : {}), reason: at.reason, why: at.text });
      continue;
    }
    mapped.push({
      event,
      place: at.drawnAt,
      named: places.get(event.place ?? '') ?? at.drawnAt,
      coordinates: at.coordinates,
      fuzz: at.fuzz,
      ...(at.note ? { note: at.note } : {}),
      fatalities: fatalityCount(event.fatalities),
      group: vocabulary.types[event.type]?.group ?? 'strategic',
    });
  }
  return { mapped, unmapped };
}

/** The GeoJSON the map draws for events; larger points sort first so small ones stay on top. */
export function eventFeatures(mapped: readonly MappedEvent[]): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: mapped.map((m) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: m.coordinates },
      properties: {
        id: m.event.id,
        colour: GROUP_COLOURS[m.group],
        radius: radiusFor(m.fatalities),
        fuzz: m.fuzz,
      },
    })),
  };
}

/** Year bounds of a time window for the API (`2016`, `2016-03`), or nothing for an open end. */
export const yearOf = (value: string | undefined): number | undefined => (value ? Number(value.slice(0, 4)) : undefined);

/** Sorts events by their date text, which for EDTF puts earlier starts first. */
export const byDate = (a: ConflictEvent, b: ConflictEvent) => a.date.replace(/^\//, '').localeCompare(b.date.replace(/^\//, '')) || a.id.localeCompare(b.id);
