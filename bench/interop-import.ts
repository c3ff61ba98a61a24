// `npx tsx bench/interop-import.ts [--rows 1000000]`: imports a generated ACLED export and compares it
// with the floor, loading the same CSV into a plain 31-column SQLite table through one prepared
// insert in one transaction (better-sqlite3's bulk path). Prints both times and their ratio.
import Database from 'better-sqlite3';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { normaliseText } from '../src/core/text/normalise.js';
import { ACLED_COLUMNS } from '../src/interop/acled/acled-columns.js';
import { generateAcledCsv } from '../src/interop/acled/generate-acled.js';
import { importAcled } from '../src/services/interop/import-acled.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};

async function generate(rows: number, file: string): Promise<void> {
  const out = createWriteStream(file);
  for (const chunk of generateAcledCsv(rows)) if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  await new Promise<void>((resolve) => out.end(() => resolve()));
}

function floor(file: string, db: string): number {
  const start = performance.now();
  const sqlite = new Database(db);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.exec(`CREATE TABLE acled (${ACLED_COLUMNS.map((c) => `${c} TEXT`).join(', ')})`);
  const insert = sqlite.prepare(`INSERT INTO acled VALUES (${ACLED_COLUMNS.map(() => '?').join(', ')})`);
  const text = normaliseText(readFileSync(file, 'utf8'));
  sqlite.transaction(() => {
    parse(text, { from_line: 2, on_record: (record: string[]) => void insert.run(record) });
  })();
  sqlite.close();
  return performance.now() - start;
}

async function ours(file: string, db: string): Promise<{ ms: number; events: number }> {
  const start = performance.now();
  const store = new SqliteStore({ path: db });
  const summary = await importAcled(store, file, { by: 'bench' });
  await store.close();
  return { ms: performance.now() - start, events: summary.events };
}

const rows = Number(arg('rows', '100000'));
const dir = mkdtempSync(join(tmpdir(), 'faultline-interop-bench-'));
try {
  const file = join(dir, 'acled.csv');
  await generate(rows, file);
  const mb = statSync(file).size / 1e6;
  const base = floor(file, join(dir, 'floor.db'));
  const run = await ours(file, join(dir, 'ours.db'));
  console.log(`ACLED import, ${rows} rows (${mb.toFixed(0)} MB)`);
  console.log(`  floor (csv-parse → plain SQLite table, one transaction): ${(base / 1000).toFixed(1)} s`);
  console.log(`  faultline import acled (events + claims + places):       ${(run.ms / 1000).toFixed(1)} s, ${run.events} events`);
  console.log(`  ratio: ${(run.ms / base).toFixed(1)}× the floor (target ≤ 3×)`);
} finally {
  if (!process.argv.includes('--keep')) rmSync(dir, { recursive: true, force: true });
}
