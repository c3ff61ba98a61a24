// HTTP throughput for `npm run bench`: requests per second with autocannon (50 connections) on the Mali
// dataset, read with a viewer's API token and accepting gzip as an analyst's browser would, against a bare Hono route on the
// same server (the floor: what the Node adapter and Hono cost alone). The three are measured round by
// round so that drift in the machine's load falls on each alike. The server runs in its own process;
// autocannon runs here, so both share the machine's cores, as they would in `npm run load`.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { openStore } from '../src/composition-root.js';
import { addUser, createToken } from '../src/services/auth/accounts.js';
import { loadDataset } from '../src/services/dataset/load-dataset.js';

const ROOT = join(import.meta.dirname, '..');
const ROUNDS = 5;
const SECONDS = 3;
const CONNECTIONS = 50;

interface ThroughputRow {
  target: string;
  path: string;
  /** Requests per second of each round, sorted. */
  rounds: number[];
  median: number;
  p99ms: number;
}

const median = (xs: number[]) => xs[Math.floor(xs.length / 2)] ?? 0;

async function prepare(db: string): Promise<string> {
  for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
  const store = await openStore(db);
  try {
    const by = { by: 'bench' };
    await loadDataset(store, join(ROOT, 'data', 'mali'), by);
    await addUser(store, { name: 'bench-viewer', role: 'viewer' }, by);
    return (await createToken(store, { user: 'bench-viewer', name: 'bench', expiresInDays: 1 }, by)).token;
  } finally {
    await store.close();
  }
}

function startServer(db: string): Promise<{ port: number; stop: () => void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'http-server.ts'), db], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (d: Buffer) => {
      output += d.toString();
      const port = /listening on (\d+)/.exec(output)?.[1];
      if (port) resolve({ port: Number(port), stop: () => child.kill('SIGTERM') });
    });
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}: ${output}`)));
  });
}

/** Measures the bare route, `/api/vocab/event-types` and the snapshot endpoint; returns one row each and a note. */
export async function httpThroughput(dir: string): Promise<{ rows: ThroughputRow[]; note: string }> {
  const db = join(dir, 'http-throughput.db');
  const token = await prepare(db);
  const server = await startServer(db);
  const targets = [
    { target: 'bare Hono route (floor)', path: '/bare' },
    { target: 'event types (a small answer)', path: '/api/vocab/event-types' },
    { target: 'snapshot endpoint', path: '/api/snapshot?asOf=2017-06-01' },
  ];
  const samples = new Map<string, { rps: number[]; p99: number[] }>(targets.map((t) => [t.path, { rps: [], p99: [] }]));
  try {
    for (let round = -1; round < ROUNDS; round++) {
      for (const { path } of targets) {
        const result = await autocannon({
          url: `http://127.0.0.1:${server.port}${path}`,
          connections: CONNECTIONS,
          duration: round < 0 ? 1 : SECONDS,
          // Asks for gzip as every browser does; kept answers are then sent compressed.
          headers: { authorization: `Bearer ${token}`, 'accept-encoding': 'gzip, deflate, br' },
        });
        if (result.non2xx > 0 || result.errors > 0)
          throw new Error(`${path}: ${result.non2xx} non-2xx answers (${JSON.stringify(result.statusCodeStats)}) and ${result.errors} errors`);
        if (round >= 0) {
          samples.get(path)?.rps.push(result.requests.average);
          samples.get(path)?.p99.push(result.latency.p99);
        }
      }
    }
  } finally {
    server.stop();
  }
  const rows = targets.map(({ target, path }) => {
    const s = samples.get(path) ?? { rps: [], p99: [] };
    const rounds = [...s.rps].sort((a, b) => a - b);
    return { target, path, rounds, median: median(rounds), p99ms: median([...s.p99].sort((a, b) => a - b)) };
  });
  const floor = rows[0]?.median ?? 0;
  const snapshotRow = rows[2];
  const note = `HTTP, data/mali, a viewer's token, ${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS} s: ${rows
    .map((r) => `${r.target} ${Math.round(r.median)} req/s (rounds ${r.rounds.map(Math.round).join('/')}, p99 ${r.p99ms} ms)`)
    .join('; ')}; snapshot endpoint / bare route = ${snapshotRow && floor ? ((100 * snapshotRow.median) / floor).toFixed(1) : '?'}% (target ≥ 25%)`;
  return { rows, note };
}
