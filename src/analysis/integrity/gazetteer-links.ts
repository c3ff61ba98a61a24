import type { Place } from '../../core/model/place.js';
import type { Gazetteer } from '../../core/places/gazetteer.js';
import { kmBetween, SAME_PLACE_KM } from '../places/gazetteer-match.js';
import { finding, type Finding } from './finding.js';

/**
 * C10: a place's gazetteer link must name an entry (or admin area) the gazetteer holds, of the
 * place's own country, whose point lies within 25 km of the place's own point when both have one.
 */
export function gazetteerLinks(places: readonly Place[], gazetteer: Gazetteer): Finding[] {
  const out: Finding[] = [];
  for (const place of places) {
    const link = place.gazetteer;
    if (!link) continue;
    const country = link.slice(3, 5);
    if (country !== place.country) {
      out.push(finding('C10', [place.id], [], `${place.name} (${place.country}) links to ${link}, an entry of another country`));
      continue;
    }
    const area = link.includes(':', 3) ? undefined : gazetteer.areaName(link.slice(3));
    const entry = gazetteer.get(link);
    if (!entry && !area) {
      out.push(finding('C10', [place.id], [], `${place.name} links to ${link}, which the gazetteer does not hold`));
      continue;
    }
    if (entry && place.coordinates) {
      const km = kmBetween(entry.coordinates, place.coordinates);
      if (km > SAME_PLACE_KM)
        out.push(finding('C10', [place.id], [], `${place.name} lies ${Math.round(km)} km from its gazetteer entry ${link} (${entry.name}); a homonym?`));
    }
  }
  return out;
}
