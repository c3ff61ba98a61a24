import { matchEntry } from '../../analysis/places/gazetteer-match.js';
import { adminAreasOf } from '../../analysis/places/admin-areas.js';
import type { Place } from '../../core/model/place.js';
import type { Gazetteer, GazetteerEntry } from '../../core/places/gazetteer.js';

const SETTLEMENTS = new Set<Place['kind']>(['town', 'village', 'commune', 'site']);

export interface LinkReport {
  places: Place[];
  linked: { place: string; link: string; pointAdded: boolean }[];
  /** Places the gazetteer may hold but could not be told apart, or that lie too far from the entry. */
  unsure: { place: string; why: string }[];
}

/**
 * Links a dataset's places to the gazetteer: a settlement to the one entry of its name or aliases in
 * its country and region, a region to its admin-1 area, a cercle to its admin-2 area. A link is
 * refused when the entry lies over 25 km from the place's own point (a homonym); a settlement
 * without a point takes the entry's. Links already made are kept; nothing is guessed among several.
 */
export function linkPlaces(places: readonly Place[], gazetteer: Gazetteer, source: string): LinkReport {
  const byId = new Map(places.map((p) => [p.id, p]));
  const report: LinkReport = { places: [], linked: [], unsure: [] };
  for (const place of places) {
    if (place.gazetteer) {
      report.places.push(place);
      continue;
    }
    const names = [place.name, ...(place.aliases ?? []).map((a) => a.name)];
    let link: string | undefined;
    let entry: GazetteerEntry | undefined;
    if (SETTLEMENTS.has(place.kind)) {
      const region = adminAreasOf(place.id, byId).admin1;
      const match = matchEntry(gazetteer, names, { country: place.country, ...(region ? { admin1: region.name } : {}) }, place.coordinates);
      if (match.unsure) report.unsure.push({ place: place.id, why: match.unsure });
      entry = match.entry;
      link = entry?.id;
    } else if (place.kind === 'region' || place.kind === 'cercle') {
      const dots = place.kind === 'region' ? 1 : 2;
      const codes = new Set(names.flatMap((n) => gazetteer.areasNamed(place.country, n)).filter((c) => c.split('.').length === dots + 1));
      if (codes.size === 1) link = `gn:${[...codes][0]}`;
      if (codes.size > 1) report.unsure.push({ place: place.id, why: `${codes.size} areas: ${[...codes].join(', ')}` });
    }
    if (!link) {
      report.places.push(place);
      continue;
    }
    const pointAdded = entry !== undefined && !place.coordinates;
    report.places.push({
      ...place,
      ...(pointAdded && entry ? { coordinates: entry.coordinates, precision: 'exact' as const, coordinatesSource: `${source}: entry ${entry.id}` } : {}),
      gazetteer: link,
    });
    report.linked.push({ place: place.id, link, pointAdded });
  }
  return report;
}
