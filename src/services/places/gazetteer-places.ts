import type { Place } from '../../core/model/place.js';
import type { Gazetteer } from '../../core/places/gazetteer.js';
import { foldName } from '../../core/text/normalise.js';
import { GAZETTEER_SOURCE, loadGazetteer } from './load-gazetteer.js';

/**
 * Where reports are read for places the dataset does not hold yet: the countries of the conflict.
 * Neighbours' towns stay out, so that a Ghanaian or Nigerian town that shares a word with the text
 * is not read as a place of the war.
 */
export const CONFLICT_COUNTRIES = ['ML', 'BF', 'NE', 'MR'] as const;

/** Names this short are too often other words ("San", "Bla", "Ber") to be read from a gazetteer alone. */
const SHORTEST_NAME = 4;

/**
 * The gazetteer's towns of the conflict countries that no recorded place links to, as places that
 * could be added: ids `place:gn-…` made from the entry's key, in the recorded region linked to the
 * entry's admin-1 area (else in the recorded country). The extractor reads them like recorded
 * places; ingest adds one to the store only when a proposal names it.
 */
export function gazetteerPlaces(
  recorded: readonly Place[],
  gazetteer: Gazetteer = loadGazetteer(),
  countries: readonly string[] = CONFLICT_COUNTRIES,
): Place[] {
  const linked = new Set(recorded.flatMap((p) => (p.gazetteer ? [p.gazetteer] : [])));
  const regionOf = new Map(recorded.flatMap((p) => (p.kind === 'region' && p.gazetteer ? [[p.gazetteer.slice(3), p.id] as const] : [])));
  const countryOf = new Map(recorded.flatMap((p) => (p.kind === 'country' ? [[p.country, p.id] as const] : [])));
  const taken = new Set(recorded.map((p) => p.id));
  // A recorded place of the same name in the same country is that town, linked or not: never offer a twin.
  const named = new Set(recorded.flatMap((p) => [p.name, ...(p.aliases ?? []).map((a) => a.name)].map((n) => `${p.country}|${foldName(n)}`)));
  const out: Place[] = [];
  for (const entry of gazetteer.entries(countries)) {
    if (linked.has(entry.id) || entry.name.length < SHORTEST_NAME) continue;
    if ([entry.name, ...entry.alternates].some((n) => named.has(`${entry.country}|${foldName(n)}`))) continue;
    const id = `place:${entry.id.replace(/[:.~]+/g, '-').toLowerCase()}`;
    if (taken.has(id)) continue;
    const parent = (entry.admin1 && regionOf.get(entry.admin1.code)) ?? countryOf.get(entry.country);
    out.push({
      id,
      kind: 'town',
      name: entry.name,
      ...(entry.alternates.length > 0 ? { aliases: entry.alternates.map((name) => ({ name })) } : {}),
      country: entry.country,
      ...(parent ? { parent } : {}),
      coordinates: entry.coordinates,
      precision: 'exact',
      coordinatesSource: `${GAZETTEER_SOURCE}: entry ${entry.id}`,
      gazetteer: entry.id,
    });
  }
  return out;
}
