// The aggregation bench (issue 17; issue 16's trend endpoint): five event aggregations read through
// the services on SQLite and PostgreSQL, side by side with DuckDB (in process, columnar) on the same
// rows as the anchor, and with the scan they replaced. Called from bench/run.ts for each size.
import Database from 'better-sqlite3';
import pg from 'pg';
import type * as DuckDB from '@duckdb/node-api';
import type { EventFilter, Store } from '../src/core/store-port.js';
import { buildEventFilter, type EventSelection } from '../src/services/queries/event-filter.js';
import { trends, type TrendQuery } from '../src/services/queries/trends.js';
import { PostgresStore } from '../src/store/postgres/postgres-store.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { findPostgresBin, startPostgresCluster } from '../test/support/postgres-cluster.js';
import { timeSideBySide, type Timing } from './stats.js';

/** One query: what the service is asked, and the same question in DuckDB's SQL over `events` and `participants`. */
interface Case {
  name: string;
  ours: (store: Store) => Promise<unknown>;
  duck: string;
}

// DuckDB has no body to read: the unknown-toll flag is loaded as a column, as the summaries keep it.
const DUCK_SUMS = 'count(*) AS events, sum(unknown) AS unknown, sum(f_low) AS low, sum(f_best) AS best, sum(f_high) AS high';
const SPAN = 'substr(lo, 1, 7) AS first, substr(hi, 1, 7) AS last';
const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;
const list = (values: readonly string[]) => `[${values.map(quote).join(', ')}]`;

/** DuckDB's rows of the events a participant filter matches (each event once), as a subquery. */
function duckMatching(filter: EventFilter): string {
  const windows = (filter.participants ?? []).map((w) => `(${quote(w.actor)}, ${quote(w.from ?? '0000-01-01')}, ${quote(w.to ?? '9999-12-31')})`);
  return `(SELECT * FROM events WHERE rid IN (
    SELECT p.rid FROM participants p JOIN (VALUES ${windows.join(', ')}) w(actor, wfrom, wto) ON p.actor = w.actor
    JOIN events e ON e.rid = p.rid AND e.hi >= w.wfrom AND e.lo <= w.wto))`;
}

async function cases(sqlite: Store, raw: Database.Database): Promise<Case[]> {
  const places = await sqlite.list('place');
  const filterOf = (q: EventSelection) => buildEventFilter(sqlite, q, places);
  const top = 'actor:a0';
  // The coalition the busiest actor belongs to, with all its components (the JNIM query at scale).
  const coalition =
    (raw.prepare(`SELECT b FROM records WHERE kind = 'relation' AND c = 'member_of' AND a = ? AND recorded_to IS NULL ORDER BY b LIMIT 1`).pluck().get(top) as
      string | undefined) ?? top;
  const region = 'place:r0';
  const regionFilter = await filterOf({ places: [region] });
  const coalitionQuery: TrendQuery = { period: 'month', actors: [coalition], includeComponents: true };
  const coalitionFilter = await filterOf(coalitionQuery);
  const oneActor = await filterOf({ actors: [top] });
  return [
    {
      name: 'events by month, all',
      ours: (store) => store.aggregateEvents({}, 'month'),
      duck: `SELECT substr(lo, 1, 7) AS key, count(*), count(*) FILTER (WHERE substr(hi, 1, 7) <> substr(lo, 1, 7)), sum(f_low), sum(f_best), sum(f_high)
             FROM events GROUP BY 1 ORDER BY 1`,
    },
    {
      name: `trend by month, one region (${region}, ${regionFilter.places?.length ?? 0} places)`,
      ours: (store) => trends(store, { period: 'month', places: [region] }),
      duck: `SELECT ${SPAN}, ${DUCK_SUMS} FROM events WHERE place IN (SELECT unnest(${list(regionFilter.places ?? [])})) GROUP BY 1, 2 ORDER BY 1, 2`,
    },
    {
      name: `trend by month and type, one actor (${top})`,
      ours: (store) => trends(store, { period: 'month', actors: [top], split: 'type' }),
      duck: `SELECT ${SPAN}, type, ${DUCK_SUMS} FROM ${duckMatching(oneActor)} GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    },
    {
      name: `trend by month, coalition + ${(coalitionFilter.participants?.length ?? 1) - 1} components (${coalition})`,
      ours: (store) => trends(store, coalitionQuery),
      duck: `SELECT ${SPAN}, ${DUCK_SUMS} FROM ${duckMatching(coalitionFilter)} GROUP BY 1, 2 ORDER BY 1, 2`,
    },
    {
      name: 'trend by quarter, all (GET /trends)',
      ours: (store) => trends(store, { period: 'quarter' }),
      duck: `SELECT ${SPAN}, ${DUCK_SUMS} FROM events GROUP BY 1, 2 ORDER BY 1, 2`,
    },
  ];
}

// The unknown-toll rule of src/store/sqlite/event-span-queries.ts, to load DuckDB's column.
const UNKNOWN = `CASE WHEN f_high > 0 THEN 0 WHEN instr(body, '"fatalities":') = 0 OR instr(body, '"fatalities":{}') > 0 THEN 1 ELSE 0 END`;

/** An in-memory DuckDB holding the current events and participants of the SQLite file, or the reason it cannot. */
async function duckdbOf(raw: Database.Database): Promise<{ query: (sql: string) => Promise<unknown>; threads: string; close: () => void } | string> {
  let duckdb: typeof DuckDB;
  try {
    duckdb = await import('@duckdb/node-api');
  } catch {
    return '@duckdb/node-api is not installed (npm install --save-dev @duckdb/node-api)';
  }
  const instance = await duckdb.DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  await db.run(
    `CREATE TABLE events (rid INTEGER, lo VARCHAR, hi VARCHAR, type VARCHAR, place VARCHAR, f_low INTEGER, f_best INTEGER, f_high INTEGER, unknown INTEGER)`,
  );
  await db.run('CREATE TABLE participants (rid INTEGER, actor VARCHAR, attribution VARCHAR)');
  const events = await db.createAppender('events');
  for (const r of raw
    .prepare(`SELECT rowid, lo, hi, c, a, f_low, f_best, f_high, ${UNKNOWN} FROM records WHERE kind = 'event' AND recorded_to IS NULL`)
    .raw()
    .iterate() as IterableIterator<[number, string, string, string, string | null, number, number, number, number]>) {
    events.appendInteger(r[0]);
    events.appendVarchar(r[1]);
    events.appendVarchar(r[2]);
    events.appendVarchar(r[3]);
    if (r[4] === null) events.appendVarchar('');
    else events.appendVarchar(r[4]);
    events.appendInteger(r[5]);
    events.appendInteger(r[6]);
    events.appendInteger(r[7]);
    events.appendInteger(r[8]);
    events.endRow();
  }
  events.closeSync();
  const participants = await db.createAppender('participants');
  for (const r of raw
    .prepare(
      `SELECT DISTINCT r.rowid, p.actor, p.attribution FROM event_participants p JOIN records r ON r.kind = 'event' AND r.id = p.event_id AND r.version = p.version AND r.recorded_to IS NULL`,
    )
    .raw()
    .iterate() as IterableIterator<[number, string, string]>) {
    participants.appendInteger(r[0]);
    participants.appendVarchar(r[1]);
    participants.appendVarchar(r[2]);
    participants.endRow();
  }
  participants.closeSync();
  const threads = (await db.runAndReadAll(`SELECT current_setting('threads')`)).getRows()[0]?.[0];
  return {
    query: async (sql) => (await db.runAndReadAll(sql)).getRowObjects(),
    threads: String(threads),
    close: () => {
      db.closeSync();
      instance.closeSync();
    },
  };
}

const PG_COLUMNS = 'kind, id, version, body, recorded_from, recorded_to, recorded_by, lo, hi, a, b, c, f_low, f_best, f_high';
const PG_TYPES = [
  'text',
  'text',
  'integer',
  'text',
  'timestamptz',
  'timestamptz',
  'text',
  'text',
  'text',
  'text',
  'text',
  'text',
  'integer',
  'integer',
  'integer',
];

/**
 * A PostgreSQL store holding what the five queries read from the SQLite file: sources, places, actors,
 * member_of relations (for components), events and their participants; the triggers build the summaries.
 */
async function postgresCopy(raw: Database.Database, url: string): Promise<{ store: PostgresStore; seconds: number; events: number }> {
  const t0 = performance.now();
  const store = await new PostgresStore({ url }).open();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const batch = 20_000;
  const copy = async (sql: string, table: string, columns: string, types: readonly string[]) => {
    let rows: unknown[][] = [];
    const flush = async () => {
      if (rows.length === 0) return;
      const arrays = types.map((_, i) => rows.map((r) => r[i]));
      const unnest = types.map((t, i) => `$${i + 1}::${t}[]`).join(', ');
      await client.query(`INSERT INTO ${table} (${columns}) SELECT * FROM unnest(${unnest})`, arrays);
      rows = [];
    };
    for (const row of raw.prepare(sql).raw().iterate() as IterableIterator<unknown[]>) {
      rows.push(row);
      if (rows.length >= batch) await flush();
    }
    await flush();
  };
  await copy(
    `SELECT ${PG_COLUMNS} FROM records WHERE recorded_to IS NULL AND (kind IN ('source', 'place', 'actor', 'event') OR (kind = 'relation' AND c = 'member_of')) ORDER BY kind, lo, id`,
    'records',
    PG_COLUMNS,
    PG_TYPES,
  );
  await copy(
    'SELECT event_id, version, actor, role, attribution FROM event_participants ORDER BY event_id',
    'event_participants',
    'event_id, version, actor, role, attribution',
    ['text', 'integer', 'text', 'text', 'text'],
  );
  // Batches may split one event's participants, which the triggers count per statement (as a restore does).
  await client.query('SELECT rebuild_event_summaries()');
  await client.query('ANALYZE');
  const events = Number((await client.query(`SELECT count(*) AS n FROM records WHERE kind = 'event'`)).rows[0]?.n ?? 0);
  await client.end();
  return { store, seconds: (performance.now() - t0) / 1000, events };
}

const ms = (t: Timing | undefined) => (t ? `${t.median.toFixed(1)} (p95 ${t.p95.toFixed(1)})` : '—');
const ratio = (a: Timing | undefined, b: Timing | undefined) => (a && b ? `${(a.median / b.median).toFixed(2)}×` : '—');

/**
 * Runs the five queries `n` times, round by round, on the SQLite file's store (summaries and scan),
 * on PostgreSQL when `postgres` is set, and on DuckDB; prints the table and returns notes for the run.
 */
export async function aggregationBench(file: string, label: string, options: { n: number; postgres: boolean }): Promise<string[]> {
  const notes: string[] = [];
  const raw = new Database(file, { readonly: true });
  const sqlite = new SqliteStore({ path: file });
  const scan = new SqliteStore({ path: file, readSummaries: false });
  const duck = await duckdbOf(raw);
  if (typeof duck === 'string') notes.push(`!! DuckDB SKIPPED for the aggregation bench: ${duck}; no DuckDB ratio in this run`);
  let postgres: { store: PostgresStore; stop: () => Promise<void> } | undefined;
  if (options.postgres) {
    const bin = findPostgresBin();
    if (!bin) notes.push('!! PostgreSQL SKIPPED for the aggregation bench: not installed (apt-get install postgresql, or set PG_BIN)');
    else {
      const cluster = await startPostgresCluster(bin);
      const copied = await postgresCopy(raw, await cluster.createDatabase());
      notes.push(
        `${label}: PostgreSQL copy of ${copied.events.toLocaleString('en')} events for the aggregation bench loaded in ${copied.seconds.toFixed(1)} s`,
      );
      postgres = {
        store: copied.store,
        stop: async () => {
          await copied.store.close();
          await cluster.stop();
        },
      };
    }
  }
  const lines: string[][] = [['query', 'SQLite ms', 'SQLite scan ms', 'PostgreSQL ms', 'DuckDB ms', 'SQLite / DuckDB', 'PostgreSQL / DuckDB', 'scan / SQLite']];
  try {
    for (const c of await cases(sqlite, raw)) {
      const bodies: Record<string, () => Promise<unknown>> = { sqlite: () => c.ours(sqlite), scan: () => c.ours(scan) };
      if (postgres) {
        const store = postgres.store;
        bodies['postgres'] = () => c.ours(store);
      }
      if (typeof duck !== 'string') bodies['duckdb'] = () => duck.query(c.duck);
      const t = await timeSideBySide(options.n, bodies);
      lines.push([
        c.name,
        ms(t['sqlite']),
        ms(t['scan']),
        ms(t['postgres']),
        ms(t['duckdb']),
        ratio(t['sqlite'], t['duckdb']),
        ratio(t['postgres'], t['duckdb']),
        ratio(t['scan'], t['sqlite']),
      ]);
    }
  } finally {
    await postgres?.stop();
    if (typeof duck !== 'string') duck.close();
    await sqlite.close();
    await scan.close();
    raw.close();
  }
  const widths = (lines[0] ?? []).map((_, i) => Math.max(...lines.map((l) => (l[i] ?? '').length)));
  console.log(`\nAggregations, ${label}: medians (p95) of ${options.n} rounds, each body once per round; ms`);
  for (const [i, l] of lines.entries()) {
    console.log(l.map((cell, k) => (k === 0 ? cell.padEnd(widths[k] ?? 0) : cell.padStart(widths[k] ?? 0))).join(' | '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  }
  if (typeof duck !== 'string')
    notes.push(`DuckDB ${label}: in process, in memory, ${duck.threads} threads; SQLite and PostgreSQL answer on one connection each`);
  return notes;
}
