// The fuzz over real sockets: a `faultline serve` child on SQLite gets a share of the route fuzz
// through fetch, then the raw requests no client library sends; it must answer all and stay up.
import { openStore } from '../../src/composition-root.js';
import { RAW_REQUESTS, sendRaw } from './raw-requests.js';
import { fuzzRoutes, type Tally } from './run-routes.js';
import { ROOT, startServeChild } from './serve-child.js';
import { viaHttp } from './targets.js';
import { judge } from './verdict.js';
import { seedWorld } from './world.js';
import { fingerprint } from './fingerprint.js';

/** Fuzzes a served SQLite database at `db` (a new file) with `runs` requests per route and caller. */
export async function fuzzServeChild(db: string, options: { runs: number; seed: number }): Promise<Tally> {
  const store = await openStore(db);
  const world = await seedWorld(store, () => new Date());
  const server = await startServeChild(db);
  try {
    const origin = `http://127.0.0.1:${server.port}`;
    const target = { name: 'sqlite, faultline serve over HTTP', origin, send: viaHttp, fingerprint: () => fingerprint(store), secrets: [ROOT, db], ...world };
    const tally = await fuzzRoutes(target, options);
    for (const [name, raw] of Object.entries(RAW_REQUESTS)) {
      const answer = await sendRaw(server.port, raw);
      tally.sent++;
      tally.statuses.set(answer.status, (tally.statuses.get(answer.status) ?? 0) + 1);
      // Node's parser refuses some requests with a bare 400 before the app runs, or waits for a body that never comes.
      const problems = judge({ method: 'RAW', url: '/api/', body: raw }, answer, target.secrets).filter(
        (p) => !(answer.status === 0 && p.startsWith('no answer')) && !(!answer.json && p.includes('without { error')),
      );
      if (problems.length)
        tally.failures.push({
          route: `raw: ${name}`,
          caller: 'anonymous',
          request: { method: 'RAW', url: name, body: raw },
          status: answer.status,
          problems,
          seed: 0,
          index: 0,
        });
    }
    const session = await viaHttp(new Request(`${origin}/api/session`));
    if (!server.alive() || session.status !== 200) {
      tally.failures.push({
        route: 'GET /api/session',
        caller: 'anonymous',
        request: { method: 'GET', url: '/api/session' },
        status: session.status,
        problems: ['the server is down after the fuzz'],
        seed: 0,
        index: 0,
      });
    }
    return tally;
  } finally {
    await server.stop();
    await store.close();
  }
}
