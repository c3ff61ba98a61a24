// `npx tsx bench/pg-import-profile.ts [rows]`: where the PostgreSQL import's server time goes. Imports a
// generated file once with every statement logged with its duration (log_min_duration_statement = 0),
// then prints the statements grouped by their first words, with their total, and the process's CPU.
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { importAcled } from '../src/services/interop/import-acled.js';
import { PostgresStore } from '../src/store/postgres/postgres-store.js';
import { generatedAcledFile } from './generated-acled-file.js';
import { findPostgresBin, startPostgresCluster } from '../test/support/postgres-cluster.js';

const rows = Number(process.argv[2] ?? 50000);
const file = await generatedAcledFile(rows);
const bin = findPostgresBin();
if (!bin) throw new Error('PostgreSQL is not installed');
const cluster = await startPostgresCluster(bin);
try {
  const url = await cluster.createDatabase();
  const db = url.split('/').pop() ?? '';
  const admin = new pg.Client({ connectionString: url });
  admin.on('error', (e) => console.error('admin', e.message));
  await admin.connect();
  const { rows: dd } = await admin.query<{ d: string }>("SELECT current_setting('data_directory') AS d");
  const log = join(dd[0]?.d ?? '', '..', 'server.log');
  if (process.env['EXPLAIN']) {
    // Plans of the slow statements, with their triggers, for connections made from here on.
    await admin.query("LOAD 'auto_explain'");
    await admin.query(`ALTER SYSTEM SET session_preload_libraries = 'auto_explain'`);
    for (const [name, value] of [
      ['log_min_duration', '300'],
      ['log_analyze', 'on'],
      ['log_buffers', 'on'],
      ['log_triggers', 'on'],
      ['log_nested_statements', 'on'],
    ])
      await admin.query(`ALTER SYSTEM SET auto_explain.${name} = '${value}'`);
    await admin.query('SELECT pg_reload_conf()');
  }
  const store = new PostgresStore({ url });
  await store.open();
  await admin.query('ALTER SYSTEM SET log_min_duration_statement = 0');
  await admin.query('SELECT pg_reload_conf()');
  await new Promise((r) => setTimeout(r, 300));
  const start = readFileSync(log, 'utf8').length;
  const u0 = process.cpuUsage();
  const t = performance.now();
  const s = await importAcled(store, file, { by: 'bench' });
  const wall = performance.now() - t;
  const u = process.cpuUsage(u0);
  const { rows: pids } = await admin.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [db]);
  const ticks = pids.reduce((sum, { pid }) => {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return sum + Number(fields[11]) + Number(fields[12]);
  }, 0);
  const backend = `${(ticks / 100).toFixed(1)} s CPU in ${pids.length} backends`;
  await store.close();
  await admin.query('ALTER SYSTEM RESET log_min_duration_statement');
  await admin.query('SELECT pg_reload_conf()');
  await admin.end();
  const text = readFileSync(log, 'utf8').slice(start);
  if (process.env['EXPLAIN']) writeFileSync(join(tmpdir(), 'faultline-pg-profile.log'), text);
  const groups = new Map<string, { n: number; ms: number }>();
  let total = 0;
  for (const m of text.matchAll(/duration: ([\d.]+) ms {2}(?:statement|execute [^:]*|parse [^:]*|bind [^:]*): ([\s\S]*?)(?=\n\S|$)/g)) {
    const ms = Number(m[1]);
    const key = (m[2] ?? '').replace(/\s+/g, ' ').slice(0, 110);
    const g = groups.get(key) ?? { n: 0, ms: 0 };
    g.n++;
    g.ms += ms;
    groups.set(key, g);
    total += ms;
  }
  console.log(
    `${rows} rows: wall ${(wall / 1000).toFixed(1)} s, node cpu ${((u.user + u.system) / 1e6).toFixed(1)} s, events ${s.events}, load ${(loadavg()[0] ?? NaN).toFixed(1)}`,
  );
  console.log(`server: ${backend}`);
  console.log(`server statements total ${(total / 1000).toFixed(1)} s`);
  for (const [key, g] of [...groups].sort((a, b) => b[1].ms - a[1].ms).slice(0, 30))
    console.log(`${(g.ms / 1000).toFixed(2).padStart(7)} s ${String(g.n).padStart(5)}×  ${key}`);
} catch (e) {
  console.error(e);
} finally {
  await cluster.stop();
}
