// The ACLED import against its floor, for `npm run bench` and `bench/interop-import.ts`: the same
// generated CSV loaded into a plain 31-column SQLite table through one prepared insert in one
// transaction (better-sqlite3's bulk path). Floor and import run alternately, each into a new
// database; the report gives the medians and their ratio.
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

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** Runs floor and import `repeat` times on `rows` generated rows; returns the report's lines. */
export async function acledImportBench(rows: number, repeat: number, keep = false): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'faultline-interop-bench-'));
  try {
    const file = join(dir, 'acled.csv');
    await generate(rows, file);
    const mb = statSync(file).size / 1e6;
    const floors: number[] = [];
    const runs: number[] = [];
    let events = 0;
    for (let i = 0; i < repeat; i++) {
      floors.push(floor(file, join(dir, `floor-${i}.db`)));
      const run = await ours(file, join(dir, `ours-${i}.db`));
      runs.push(run.ms);
      events = run.events;
    }
    const [base, mine] = [median(floors), median(runs)];
    const each = (values: number[]) => (values.length > 1 ? ` (runs: ${values.map((v) => (v / 1000).toFixed(1)).join(', ')})` : '');
    return [
      `ACLED import, ${rows.toLocaleString('en')} rows (${mb.toFixed(0)} MB), median of ${repeat}`,
      `  floor (csv-parse → plain SQLite table, one transaction): ${(base / 1000).toFixed(1)} s${each(floors)}`,
      `  faultline import acled (events, claims, places, audit):   ${(mine / 1000).toFixed(1)} s${each(runs)}, ${events} events`,
      `  ratio: ${(mine / base).toFixed(1)}× the floor (target ≤ 3×)`,
    ];
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}
