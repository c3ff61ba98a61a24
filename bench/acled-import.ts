// The ACLED import against the real floors, for `npm run bench` and `bench/interop-import.ts`, on one
// generated CSV:
//   - SQLite: ours (events, claims, places, participants, audit) against `sqlite3 .import` of the file
//     into a plain table, and against csv-parse feeding one prepared insert in one transaction (the
//     floor of issue 8);
//   - PostgreSQL: ours against `COPY ... FROM STDIN` of the file (psql's \copy) into a plain table, on
//     a throwaway cluster (test/support/postgres-cluster.ts).
// Every contender runs once per round, round after round, each into a new database, so drift in the
// machine's load falls on all alike; the report gives medians, the spread (min–max), the ratios of the
// medians and the load average. A baseline whose tool is missing is skipped loudly.
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { normaliseText } from '../src/core/text/normalise.js';
import { ACLED_COLUMNS } from '../src/interop/acled/acled-columns.js';
import { generateAcledCsv } from '../src/interop/acled/generate-acled.js';
import { importAcled } from '../src/services/interop/import-acled.js';
import { PostgresStore } from '../src/store/postgres/postgres-store.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { findPostgresBin, startPostgresCluster, type PostgresCluster } from '../test/support/postgres-cluster.js';

async function generate(rows: number, file: string): Promise<void> {
  const out = createWriteStream(file);
  for (const chunk of generateAcledCsv(rows)) if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  await new Promise<void>((resolve) => out.end(() => resolve()));
}

const timed = async (body: () => unknown): Promise<number> => {
  const start = performance.now();
  await body();
  return performance.now() - start;
};

function csvParseFloor(file: string, db: string): void {
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
}

/** The SQLite shell's CSV import of the file into a new table (its header names the columns). */
function sqliteShellImport(shell: string, file: string, db: string): void {
  execFileSync(shell, [db], { input: `.mode csv\n.import '${file.replaceAll("'", "''")}' acled\n`, stdio: ['pipe', 'ignore', 'inherit'] });
}

/** psql's \copy: COPY ... FROM STDIN of the file into a plain table of text columns, created first. */
function postgresCopy(psql: string, url: string, file: string): void {
  const table = `CREATE TABLE acled (${ACLED_COLUMNS.map((c) => `${c} text`).join(', ')})`;
  execFileSync(
    psql,
    [url, '-q', '-v', 'ON_ERROR_STOP=1', '-c', table, '-c', `\\copy acled FROM '${file.replaceAll("'", "''")}' WITH (FORMAT csv, HEADER true)`],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
}

/** A tool on PATH or beside PostgreSQL's binaries, or undefined. */
function tool(name: string, near?: string): string | undefined {
  if (near && existsSync(join(near, name))) return join(near, name);
  for (const dir of (process.env['PATH'] ?? '').split(':')) if (dir && existsSync(join(dir, name))) return join(dir, name);
  return undefined;
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

function line(label: string, values: number[]): string {
  const spread = values.length > 1 ? ` (spread ${seconds(Math.min(...values))}–${seconds(Math.max(...values))} s over ${values.length} runs)` : '';
  return `  ${label.padEnd(58)} ${seconds(median(values)).padStart(6)} s${spread}`;
}

function ratio(label: string, ours: number[], base: number[], target: number): string {
  const r = median(ours) / median(base);
  return `  ratio ${label}: ${r.toFixed(1)}× (target ≤ ${target}×: ${r <= target ? 'met' : 'NOT met'})`;
}

function skipped(what: string, why: string): string[] {
  const banner = '!'.repeat(78);
  return [banner, `!! SKIPPED ${what}: ${why}`, banner];
}

export interface AcledBenchOptions {
  /** Keep the generated file and databases. */
  keep?: boolean;
  /** Leave out the csv-parse floor (issue 8's baseline), which takes a fifth of a round at a million rows. */
  withoutFloor?: boolean;
  /** Told each round's times as it ends: a round at a million rows takes minutes. */
  onRound?: (line: string) => void;
  /** Run only the PostgreSQL half (COPY and ours), leaving out SQLite's contenders. */
  postgresOnly?: boolean;
  /** Leave out PostgreSQL (its import takes minutes at a million rows), for measuring the SQLite import alone. */
  sqliteOnly?: boolean;
}

/** Runs every contender `repeat` times on `rows` generated rows; returns the report's lines. */
export async function acledImportBench(rows: number, repeat: number, options: AcledBenchOptions = {}): Promise<string[]> {
  const { keep = false, withoutFloor = false, onRound, postgresOnly = false, sqliteOnly = false } = options;
  const dir = mkdtempSync(join(tmpdir(), 'faultline-interop-bench-'));
  const pgBin = sqliteOnly ? undefined : findPostgresBin();
  const psql = tool('psql', pgBin);
  const shell = tool('sqlite3');
  let cluster: PostgresCluster | undefined;
  try {
    const file = join(dir, 'acled.csv');
    await generate(rows, file);
    const mb = statSync(file).size / 1e6;
    if (pgBin) cluster = await startPostgresCluster(pgBin);
    const load = loadavg()[0] ?? NaN;
    const runs = { floor: [] as number[], shell: [] as number[], sqlite: [] as number[], copy: [] as number[], postgres: [] as number[] };
    let events = 0;
    for (let i = 0; i < repeat; i++) {
      if (shell && !postgresOnly) runs.shell.push(await timed(() => sqliteShellImport(shell, file, join(dir, `shell-${i}.db`))));
      if (!withoutFloor && !postgresOnly) runs.floor.push(await timed(() => csvParseFloor(file, join(dir, `floor-${i}.db`))));
      if (!postgresOnly)
        runs.sqlite.push(
          await timed(async () => {
            const store = new SqliteStore({ path: join(dir, `ours-${i}.db`) });
            events = (await importAcled(store, file, { by: 'bench' })).events;
            await store.close();
          }),
        );
      for (const db of ['shell', 'floor', 'ours']) rmSync(join(dir, `${db}-${i}.db`), { force: true });
      if (cluster && psql) {
        const url = await cluster.createDatabase();
        runs.copy.push(await timed(() => postgresCopy(psql, url, file)));
      }
      if (cluster) {
        const url = await cluster.createDatabase();
        runs.postgres.push(
          await timed(async () => {
            const store = new PostgresStore({ url });
            await importAcled(store, file, { by: 'bench' });
            await store.close();
          }),
        );
      }
      const last = Object.entries(runs).filter(([, values]) => values.length > i);
      onRound?.(
        `  round ${i + 1}: ${last.map(([name, values]) => `${name} ${seconds(values[i] ?? NaN)} s`).join(', ')} (load ${(loadavg()[0] ?? NaN).toFixed(1)})`,
      );
    }
    const sqliteLines = [
      `  SQLite`,
      ...(shell
        ? [line('sqlite3 .import (plain table)', runs.shell)]
        : skipped('sqlite3 .import', 'the sqlite3 shell is not installed (apt-get install sqlite3)')),
      ...(withoutFloor ? [] : [line('csv-parse → plain SQLite table, one transaction', runs.floor)]),
      line('faultline import acled (events, claims, places, audit)', runs.sqlite) + `, ${events.toLocaleString('en')} events`,
      ...(shell ? [ratio('ours / sqlite3 .import', runs.sqlite, runs.shell, 5)] : []),
      ...(withoutFloor ? [] : [ratio('ours / csv-parse floor', runs.sqlite, runs.floor, 3)]),
    ];
    const out = [
      `ACLED import, ${rows.toLocaleString('en')} generated rows (${mb.toFixed(0)} MB), medians of ${repeat} rounds; load average ${load.toFixed(1)} at the start, ${(loadavg()[0] ?? NaN).toFixed(1)} at the end`,
      ...(postgresOnly ? [`  SQLite: left out (--postgres-only)`] : sqliteLines),
      `  PostgreSQL`,
    ];
    if (sqliteOnly) out.push('  left out (--sqlite-only)');
    else if (!cluster) out.push(...skipped('the PostgreSQL import and COPY', 'PostgreSQL is not installed (apt-get install postgresql, or set PG_BIN)'));
    else {
      out.push(
        ...(psql
          ? [line('COPY FROM STDIN (psql \\copy, plain table)', runs.copy)]
          : skipped('COPY', 'psql is not installed (apt-get install postgresql-client)')),
      );
      out.push(line('faultline import acled', runs.postgres));
      if (psql) out.push(ratio('ours / COPY', runs.postgres, runs.copy, 10));
    }
    return out;
  } finally {
    await cluster?.stop();
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}
