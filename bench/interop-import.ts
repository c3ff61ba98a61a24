// `npx tsx bench/interop-import.ts [--rows 1000000] [--repeat N] [--keep] [--without-floor] [--postgres-only | --sqlite-only]`: the ACLED import against
// `sqlite3 .import`, the csv-parse floor and PostgreSQL's COPY (see acled-import.ts); N defaults to 3.
import { acledImportBench } from './acled-import.js';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const rows = Number(arg('rows', '100000'));
const repeat = Number(arg('repeat', '3'));
const options = {
  keep: process.argv.includes('--keep'),
  withoutFloor: process.argv.includes('--without-floor'),
  postgresOnly: process.argv.includes('--postgres-only'),
  sqliteOnly: process.argv.includes('--sqlite-only'),
  onRound: (line: string) => console.log(line),
};
for (const line of await acledImportBench(rows, repeat, options)) console.log(line);
