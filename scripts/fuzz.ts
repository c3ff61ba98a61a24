// `npm run fuzz`: malformed path parameters, queries and bodies on every declared route (API_ROUTES),
// as anonymous and as each role, against SQLite and PostgreSQL in process and against a
// `faultline serve` child over sockets. Fails (exit 1) on any 5xx, any 4xx outside the error shape,
// any stack trace, repository path or database location in an answer, a refused request that changed
// the database, or a server that stops answering. FUZZ_RUNS (requests per route and caller, default
// 25) and FUZZ_SEED size and vary a run; the same seed sends the same requests. docs/security.md.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../src/composition-root.js';
import { createApp } from '../src/server/app.js';
import { fingerprint } from './fuzz/fingerprint.js';
import { printTally } from './fuzz/report.js';
import { fuzzRoutes, type Tally } from './fuzz/run-routes.js';
import { ROOT } from './fuzz/serve-child.js';
import { fuzzServeChild } from './fuzz/serve-run.js';
import { viaApp } from './fuzz/targets.js';
import { seedWorld } from './fuzz/world.js';
import type { PostgresCluster } from '../test/support/postgres-cluster.js';
import { postgresOrWarn } from './fuzz/postgres-or-warn.js';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 25);
const SEED = Number(process.env['FUZZ_SEED'] ?? 18);
const options = { runs: RUNS, seed: SEED };

// A server would die of either of these: so does the fuzz, loudly, with what it was doing.
const crash = (what: string) => (reason: unknown) => {
  console.error(`FAILED: ${what}:`, reason);
  process.exit(1);
};
process.on('unhandledRejection', crash('unhandled rejection'));
process.on('uncaughtException', crash('uncaught exception'));

/** Fuzzes the app in this process over a fresh store at `location`. */
async function inProcess(name: string, location: string, secrets: string[]): Promise<Tally> {
  const store = await openStore(location);
  try {
    const world = await seedWorld(store, () => new Date());
    const app = createApp(store, { loopback: true });
    const target = { name, origin: 'http://localhost', send: viaApp(app), fingerprint: () => fingerprint(store), secrets: [ROOT, ...secrets], ...world };
    return await fuzzRoutes(target, options);
  } finally {
    await store.close();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'faultline-fuzz-'));
const tallies: Tally[] = [];
let cluster: PostgresCluster | undefined;
console.log(`fuzz: ${RUNS} requests per route and caller, seed ${SEED}`);
try {
  const db = join(dir, 'fuzz.db');
  tallies.push(await inProcess('sqlite, in process', db, [db]));
  cluster = await postgresOrWarn('the PostgreSQL fuzz');
  if (cluster) {
    const url = await cluster.createDatabase();
    tallies.push(await inProcess('postgres, in process', url, [url, new URL(url).host]));
  }
  tallies.push(await fuzzServeChild(join(dir, 'serve.db'), { runs: Math.max(1, Math.ceil(RUNS / 5)), seed: SEED }));
} finally {
  await cluster?.stop();
  rmSync(dir, { recursive: true, force: true });
}

for (const tally of tallies) printTally(tally);
const failures = tallies.reduce((n, t) => n + t.failures.length + t.more, 0) + (!cluster && process.env['CI'] ? 1 : 0);
console.log(failures ? `\nFAILED: ${failures} failures` : `\nPASSED: ${tallies.reduce((n, t) => n + t.sent, 0)} requests, no failures`);
process.exit(failures ? 1 : 0);
