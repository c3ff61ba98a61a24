// `npx tsx bench/pg-import-paths.ts [rows] [old,new,old,new]`: the ACLED import into PostgreSQL by the
// per-row write path (`old`: stagedFrom = Infinity) and the staged one (`new`, staged-write.ts),
// alternating in one run on one throwaway cluster, each into a new database: wall time, the CPU time
// of this process (main thread and reading worker) and of the run's server backends (ps, whole
// seconds), and the load average. The generated file is kept in /tmp/faultline-pg-paths-<rows>.csv.
import { execSync } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { importAcled } from '../src/services/interop/import-acled.js';
import { PostgresStore } from '../src/store/postgres/postgres-store.js';
import { WRITE_SIZES } from '../src/store/postgres/write-versions.js';
import { generateAcledCsv } from '../src/interop/acled/generate-acled.js';
import { findPostgresBin, startPostgresCluster } from '../test/support/postgres-cluster.js';
const rows = Number(process.argv[2] ?? 50000);
const modes = (process.argv[3] ?? 'old,new').split(',');
const file = join(tmpdir(), `faultline-pg-paths-${rows}.csv`);
if (!existsSync(file)) {
  const out = createWriteStream(file);
  for (const chunk of generateAcledCsv(rows)) if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
  await new Promise<void>((r) => out.end(() => r()));
}
const backendCpu = (db: string) => {
  const out = execSync(`ps -C postgres -o times=,args= | grep ' ${db} ' || true`).toString();
  return out
    .split('\n')
    .filter(Boolean)
    .reduce((s, l) => s + Number(l.trim().split(/\s+/)[0]), 0);
};
const bin = findPostgresBin();
if (!bin) throw new Error('PostgreSQL is not installed (apt-get install postgresql, or set PG_BIN)');
const cluster = await startPostgresCluster(bin);
try {
  for (const mode of modes) {
    const url = await cluster.createDatabase();
    const db = url.split('/').pop() ?? '';
    const store = new PostgresStore({ url, writeSizes: { ...WRITE_SIZES, stagedFrom: mode === 'old' ? Infinity : WRITE_SIZES.stagedFrom } });
    await store.open();
    let peak = 0;
    const timer = setInterval(() => (peak = Math.max(peak, backendCpu(db))), 200);
    const u0 = process.cpuUsage();
    const t = performance.now();
    const s = await importAcled(store, file, { by: 'bench' });
    const wall = performance.now() - t;
    const u = process.cpuUsage(u0);
    peak = Math.max(peak, backendCpu(db));
    clearInterval(timer);
    await store.close();
    console.log(
      `${mode}: ${rows} rows, wall ${(wall / 1000).toFixed(1)} s, node cpu ${((u.user + u.system) / 1e6).toFixed(1)} s, backend cpu ~${peak} s, events ${s.events}, load ${(loadavg()[0] ?? NaN).toFixed(1)}`,
    );
  }
} finally {
  await cluster.stop();
}
