// `npm run load`: a bounded load test on loopback. For the embedded store and for PostgreSQL (when
// installed), it loads data/mali, starts `faultline serve` in a child process, and lets 100 clients
// (autocannon) request the snapshot, profile and events endpoints for 60 s with an API token; then it
// prints throughput and p50/p99 latency side by side and exits 1 if any request failed.
// LOAD_DURATION (seconds) and LOAD_CONNECTIONS override the defaults. Not part of `npm test`.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { openStore } from '../src/composition-root.js';
import { addUser, createToken } from '../src/services/auth/accounts.js';
import { loadDataset } from '../src/services/dataset/load-dataset.js';
import { findPostgresBin, startPostgresCluster, type PostgresCluster } from '../test/support/postgres-cluster.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'test', 'support', 'cli-child.ts');
const DURATION = Number(process.env['LOAD_DURATION'] ?? 60);
const CONNECTIONS = Number(process.env['LOAD_CONNECTIONS'] ?? 100);
const PATHS = ['/api/snapshot?asOf=2017-06-01', '/api/actors/actor:gatia/profile', '/api/events?from=2016&to=2018'];

interface Outcome {
  store: string;
  requests: number;
  throughput: number;
  p50: number;
  p99: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

/** Loads the Mali dataset and makes a viewer with a token, so every request is authenticated. */
async function prepare(db: string): Promise<string> {
  const store = await openStore(db);
  try {
    await loadDataset(store, join(ROOT, 'data', 'mali'), { by: 'load-test' });
    await addUser(store, { name: 'load', role: 'viewer' }, { by: 'load-test' });
    return (await createToken(store, { user: 'load', name: 'load test', expiresInDays: 1 }, { by: 'load-test' })).token;
  } finally {
    await store.close();
  }
}

function startServer(db: string): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'serve', '--db', db, '--port', '0', '--host', '127.0.0.1'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (d: Buffer) => {
      output += d.toString();
      const port = /localhost:(\d+)/.exec(output)?.[1];
      if (port) resolve({ child, port: Number(port) });
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code} before listening:\n${output}`)));
  });
}

async function hammer(name: string, db: string): Promise<Outcome> {
  const token = await prepare(db);
  const { child, port } = await startServer(db);
  try {
    const headers = { authorization: `Bearer ${token}` };
    for (const path of PATHS) {
      const response = await fetch(`http://127.0.0.1:${port}${path}`, { headers });
      if (!response.ok) throw new Error(`${name}: warm-up ${path} answered ${response.status}`);
    }
    console.log(`${name}: ${CONNECTIONS} clients for ${DURATION} s…`);
    const result = await autocannon({
      url: `http://127.0.0.1:${port}`,
      connections: CONNECTIONS,
      duration: DURATION,
      timeout: 30,
      headers,
      requests: PATHS.map((path) => ({ method: 'GET' as const, path })),
    });
    return {
      store: name,
      requests: result.requests.total,
      throughput: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
    };
  } finally {
    child.kill('SIGTERM');
  }
}

const dir = mkdtempSync(join(tmpdir(), 'faultline-load-'));
const outcomes: Outcome[] = [];
let cluster: PostgresCluster | undefined;
try {
  outcomes.push(await hammer('sqlite', join(dir, 'load.db')));
  const bin = findPostgresBin();
  if (bin) {
    cluster = await startPostgresCluster(bin);
    outcomes.push(await hammer('postgres', await cluster.createDatabase()));
  } else {
    console.log('PostgreSQL is not installed: measured the embedded store only');
  }
} finally {
  await cluster?.stop();
  rmSync(dir, { recursive: true, force: true });
}

console.log(`\n${CONNECTIONS} clients, ${DURATION} s, endpoints in turn: ${PATHS.join(', ')}`);
console.table(
  outcomes.map((o) => ({
    store: o.store,
    requests: o.requests,
    'req/s': Math.round(o.throughput),
    'p50 ms': o.p50,
    'p99 ms': o.p99,
    errors: o.errors,
    timeouts: o.timeouts,
    'non-2xx': o.non2xx,
  })),
);
const failed = outcomes.some((o) => o.errors + o.timeouts + o.non2xx > 0);
if (failed) console.log('FAILED: some requests failed');
process.exit(failed ? 1 : 0);
