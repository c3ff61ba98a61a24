// `npx tsx bench/pg-import-timeline.ts [rows] [stepMs] [busyShare]`: when each of the PostgreSQL import's three
// workers is busy. Imports a generated file into a throwaway cluster while a sampling thread reads,
// every step, the CPU of this process's main thread, of its other threads (the reading worker), and of
// the cluster's server processes from /proc (Linux only). Prints one line per step with each one's
// share of a core, then the fraction of the import during which two or three of them overlapped.
// Turns show as one column busy while the others idle; overlap as two or three busy at once.
import { loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { importAcled } from '../src/services/interop/import-acled.js';
import { PostgresStore } from '../src/store/postgres/postgres-store.js';
import { generatedAcledFile } from './generated-acled-file.js';
import { findPostgresBin, startPostgresCluster } from '../test/support/postgres-cluster.js';

const rows = Number(process.argv[2] ?? 100000);
const step = Number(process.argv[3] ?? 500);
// A share of a core above which a step counts as busy: low, since on shared cores a busy thread may get little.
const BUSY = Number(process.argv[4] ?? 0.1);
const file = await generatedAcledFile(rows);
const bin = findPostgresBin();
if (!bin) throw new Error('PostgreSQL is not installed');
const cluster = await startPostgresCluster(bin);

// The sampler runs in its own thread so that it samples while the main thread is busy.
const sampler = new Worker(
  `
  const { readFileSync, readdirSync } = require('node:fs');
  const { parentPort, workerData } = require('node:worker_threads');
  const ticks = (path) => { try { const f = readFileSync(path, 'utf8').split(') ')[1].split(' '); return Number(f[11]) + Number(f[12]); } catch { return 0; } };
  const me = process.pid;
  const self = readdirSync('/proc/self/task').map(Number);
  // The postmaster is the process started with the cluster's port; its server processes are its children.
  const procs = () => readdirSync('/proc').filter((p) => /^\\d+$/.test(p));
  const cmd = (p) => { try { return readFileSync('/proc/' + p + '/cmdline', 'utf8').split('\\0').join(' '); } catch { return ''; } };
  const postmaster = procs().find((p) => cmd(p).includes('-p ' + workerData.port + ' '));
  const parent = (p) => { try { return readFileSync('/proc/' + p + '/stat', 'utf8').split(') ')[1].split(' ')[1]; } catch { return ''; } };
  const server = () => procs().filter((p) => p === postmaster || parent(p) === postmaster);
  const sample = () => {
    const tasks = readdirSync('/proc/' + me + '/task').map(Number);
    const main = ticks('/proc/' + me + '/task/' + me + '/stat');
    const others = tasks.filter((t) => t !== me && !self.includes(t) && t !== workerData.tid).reduce((s, t) => s + ticks('/proc/' + me + '/task/' + t + '/stat'), 0);
    const pg = server().reduce((s, p) => s + ticks('/proc/' + p + '/stat'), 0);
    return [performance.now(), main, others, pg];
  };
  const out = [];
  const timer = setInterval(() => out.push(sample()), workerData.step);
  parentPort.on('message', () => { clearInterval(timer); out.push(sample()); parentPort.postMessage(out); });
  `,
  { eval: true, workerData: { step, port: new URL(cluster.url('x')).port, tid: 0 } },
);
try {
  const url = await cluster.createDatabase();
  const store = new PostgresStore({ url });
  await store.open();
  const load = loadavg()[0] ?? NaN;
  const t = performance.now();
  const summary = await importAcled(store, file, { by: 'bench' });
  const wall = (performance.now() - t) / 1000;
  const samples = await new Promise<number[][]>((resolve) => {
    sampler.once('message', resolve);
    sampler.postMessage('stop');
  });
  await store.close();
  // Shares of a core per step (clock ticks are hundredths of a second).
  const lines: string[] = [];
  let two = 0;
  let three = 0;
  let steps = 0;
  const sums = [0, 0, 0];
  for (let i = 1; i < samples.length; i++) {
    const [t1, ...now] = samples[i] as number[];
    const [t0, ...before] = samples[i - 1] as number[];
    const seconds = ((t1 ?? 0) - (t0 ?? 0)) / 1000;
    // A thread that ended takes its ticks with it: a step never counts less than nothing.
    const shares = now.map((v, k) => Math.max(0, (v - (before[k] ?? 0)) / 100 / seconds));
    shares.forEach((s, k) => (sums[k] = (sums[k] ?? 0) + s * seconds));
    const busy = shares.filter((s) => s > BUSY).length;
    steps++;
    if (busy >= 2) two++;
    if (busy >= 3) three++;
    const bar = (s: number) => '#'.repeat(Math.round(Math.min(1, s) * 10)).padEnd(10);
    lines.push(
      `${(((t1 ?? 0) - (samples[0]?.[0] ?? 0)) / 1000).toFixed(1).padStart(6)} s  main ${bar(shares[0] ?? 0)} worker ${bar(shares[1] ?? 0)} server ${bar(shares[2] ?? 0)}`,
    );
  }
  console.log(lines.join('\n'));
  console.log(
    `${rows} rows: wall ${wall.toFixed(1)} s, events ${summary.events}, load ${load.toFixed(1)} → ${(loadavg()[0] ?? NaN).toFixed(1)}; CPU main ${sums[0]?.toFixed(1)} s, worker ${sums[1]?.toFixed(1)} s, server ${sums[2]?.toFixed(1)} s; ` +
      `steps with at least two above ${BUSY * 100} % of a core: ${((100 * two) / steps).toFixed(0)} %, all three: ${((100 * three) / steps).toFixed(0)} %`,
  );
} finally {
  await sampler.terminate();
  await cluster.stop();
}
