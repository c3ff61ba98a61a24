import type { ConflictEvent } from '../../core/model/event.js';
import type { Place } from '../../core/model/place.js';
import { adminAreasOf } from '../../analysis/places/admin-areas.js';
import { locateEvent, type Fuzz, type UnmappedReason } from '../../analysis/places/event-location.js';
import { countryNameOf, isoNumericOf } from '../countries.js';

/** The columns of an ACLED row that say where the event happened. */
export interface AcledPlace {
  /** ISO 3166-1 numeric, without leading zeros as ACLED writes it (Algeria 12). */
  iso: string;
  country: string;
  admin1: string;
  admin2: string;
  location: string;
  latitude: number | '';
  longitude: number | '';
  geoPrecision: 1 | 2 | 3;
}

/** Why an event gets no ACLED location: its sources name no place, or its place is not published. */
export type UnplacedReason = Exclude<UnmappedReason, 'no-coordinates'>;

const GEO_PRECISION: Record<Fuzz, 1 | 2 | 3> = { exact: 1, near: 2, area: 3 };

/**
 * Where an event happened, in ACLED's columns. The country, admin-1 (a place of kind region) and
 * admin-2 (kind cercle) come from the place's parents. The location is the place's own name; an
 * event known only to a region or a country is located, as ACLED does, by naming that area, with
 * admin1 the region (none for a country). The point is where the map draws the event: its place's,
 * else the nearest enclosing place's with a point (geo_precision 3 then); none when no place around
 * it has one, which the ACLED reader accepts. An area that crosses borders (the Sahel) takes its
 * record's country, as the model requires one.
 */
export function acledPlaceOf(event: ConflictEvent, byId: ReadonlyMap<string, Place>): AcledPlace | { reason: UnplacedReason; text: string } {
  const at = locateEvent(event, byId);
  const place = event.place ? byId.get(event.place) : undefined;
  if (!at.mapped && at.reason !== 'no-coordinates') return { reason: at.reason, text: at.text };
  if (!place) return { reason: 'unknown-place', text: `its place ${event.place ?? ''} is not published` };
  const areas = adminAreasOf(place.id, byId);
  const code = areas.country?.country ?? place.country;
  const point = at.mapped ? at.coordinates : undefined;
  // The fuzz already folds the event's placement precision into how exactly its place's point is known.
  const geoPrecision = at.mapped && at.drawnAt.id === place.id ? GEO_PRECISION[at.fuzz] : 3;
  return {
    iso: isoNumericOf(code),
    country: countryNameOf(code),
    admin1: areas.admin1?.name ?? '',
    admin2: areas.admin2?.name ?? '',
    location: place.name,
    latitude: point?.[1] ?? '',
    longitude: point?.[0] ?? '',
    geoPrecision,
  };
}
