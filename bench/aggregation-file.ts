// The aggregation bench (bench/aggregation.ts) alone, on a world file `npm run bench --keep` left
// (e.g. /tmp/faultline-bench/world-100000.db), so one figure can be measured again without the rest:
//   npx tsx bench/aggregation-file.ts <world.db> [--rounds 5] [--postgres]
// The file is migrated on open, as the store opens any database.
import { aggregationBench } from './aggregation.js';

const [file] = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--rounds');
const rounds = process.argv.indexOf('--rounds');
if (!file) throw new Error('usage: npx tsx bench/aggregation-file.ts <world.db> [--rounds 5] [--postgres]');
const notes = await aggregationBench(file, file, { n: rounds >= 0 ? Number(process.argv[rounds + 1]) : 5, postgres: process.argv.includes('--postgres') });
for (const note of notes) console.log(note);
