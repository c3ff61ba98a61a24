import distance from '@turf/distance';
import type { Gazetteer, GazetteerEntry, GazetteerScope } from '../../core/places/gazetteer.js';

/**
 * How far a place's own point may lie from a gazetteer entry of its name for both to be one place.
 * Larger than a town, smaller than the gap between two homonymous villages of one cercle as a rule;
 * a wrong match shows as hundreds of kilometres.
 */
export const SAME_PLACE_KM = 25;

/** Kilometres between two [longitude, latitude] points, on the sphere. */
export function kmBetween(a: readonly [number, number], b: readonly [number, number]): number {
  return distance([a[0], a[1]], [b[0], b[1]], { units: 'kilometers' });
}

export interface GazetteerMatch {
  /** The one entry the names stand for, when there is one and its point agrees with the place's. */
  entry?: GazetteerEntry;
  /** Why there is none although the gazetteer holds the name: several entries, or one too far away. */
  unsure?: string;
}

/**
 * The gazetteer entry a place is: the one entry any of its names stands for within its country and
 * admin areas, unless its point lies more than 25 km from the place's own point (then a homonym).
 * The one rule behind imports (`PlaceIndex`) and the linking of a dataset's places.
 */
export function matchEntry(gazetteer: Gazetteer, names: readonly string[], scope: GazetteerScope, point?: readonly [number, number]): GazetteerMatch {
  const found = new Map<string, GazetteerEntry>();
  for (const name of names) for (const e of gazetteer.find(name, scope)) found.set(e.id, e);
  if (found.size > 1) return { unsure: `${found.size} entries: ${[...found.keys()].join(', ')}` };
  const [entry] = found.values();
  if (!entry) return {};
  if (point) {
    const km = kmBetween(entry.coordinates, point);
    if (km > SAME_PLACE_KM) return { unsure: `${entry.id} lies ${Math.round(km)} km from the recorded point` };
  }
  return { entry };
}
