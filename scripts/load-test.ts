// `npm run load`: a bounded load test on loopback. For the embedded store and for PostgreSQL it loads
// data/mali, starts `faultline serve` in a child process, and for 60 s lets 100 clients (autocannon)
// in. Most read the snapshot, profile and events endpoints with a viewer's API token; a fifth write:
// a reviewer's edit of a proposed claim (each writer its own claim, its description alternating, so
// every edit is a new version and an audit entry) and an editor's token created and revoked again.
// It prints requests, errors, p50/p99 for reads and writes apart, and the server's resident memory
// before, at its peak and after; it exits 1 if any request failed. LOAD_DURATION (seconds),
// LOAD_CONNECTIONS and LOAD_WRITERS (writing connections among them) override the defaults.
// Without PostgreSQL it measures SQLite alone and says so loudly (and fails when $CI is set).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { openStore } from '../src/composition-root.js';
import { addUser, createToken } from '../src/services/auth/accounts.js';
import { loadDataset } from '../src/services/dataset/load-dataset.js';
import { buildClaim, buildSource, SOURCE_TEXT } from '../test/factories.js';
import type { PostgresCluster } from '../test/support/postgres-cluster.js';
import { postgresOrWarn } from './fuzz/postgres-or-warn.js';
import { ROOT, startServeChild } from './fuzz/serve-child.js';

const DURATION = Number(process.env['LOAD_DURATION'] ?? 60);
const CONNECTIONS = Number(process.env['LOAD_CONNECTIONS'] ?? 100);
// LOAD_WRITERS=0 measures reads alone (the response cache then serves every repeat until the run ends).
const WRITERS = Math.min(CONNECTIONS - 1, Number(process.env['LOAD_WRITERS'] ?? Math.max(1, Math.round(CONNECTIONS / 5))));
const READS = ['/api/snapshot?asOf=2017-06-01', '/api/actors/actor:gatia/profile', '/api/events?from=2016&to=2018'];

interface Tokens {
  viewer: string;
  editor: string;
  reviewer: string;
}

interface Figures {
  requests: number;
  throughput: number;
  p50: number;
  p99: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

interface Outcome {
  store: string;
  reads: Figures;
  writes: Figures;
  rss: { before?: number; peak?: number; after?: number };
}

const proposal = (i: number) => `actor:load-writer-${i}`;

/** Loads the Mali dataset, one proposed claim per writer to edit, and a user with a token per role used. */
async function prepare(db: string): Promise<Tokens> {
  const store = await openStore(db);
  try {
    const by = { by: 'load-test' };
    await loadDataset(store, join(ROOT, 'data', 'mali'), by);
    await store.write(
      [
        { kind: 'source', record: buildSource() },
        ...Array.from({ length: WRITERS }, (_, i) => ({
          kind: 'claim' as const,
          record: buildClaim(proposal(i), 1, { status: 'proposed', value: { kind: 'armed_group', name: `Writer ${i}`, description: 'not yet edited' } }),
        })),
      ],
      by,
    );
    await store.putSourceText(buildSource().id, SOURCE_TEXT);
    const tokens = {} as Tokens;
    for (const role of ['viewer', 'editor', 'reviewer'] as const) {
      await addUser(store, { name: `load-${role}`, role }, by);
      tokens[role] = (await createToken(store, { user: `load-${role}`, name: 'load test', expiresInDays: 1 }, by)).token;
    }
    return tokens;
  } finally {
    await store.close();
  }
}

/** Each writing connection edits its own claim, then creates a token and revokes it. */
function writes(tokens: Tokens): autocannon.Request[] {
  const json = (token: string) => ({ authorization: `Bearer ${token}`, 'content-type': 'application/json' });
  let next = 0;
  type Writer = { claim?: string; edits?: number; tokenId?: string };
  return [
    {
      method: 'PATCH',
      headers: json(tokens.reviewer),
      setupRequest: (request, context) => {
        const writer = context as Writer;
        writer.claim ??= encodeURIComponent(`${proposal(next++ % WRITERS)}#1`);
        writer.edits = (writer.edits ?? 0) + 1;
        const body = JSON.stringify({ by: 'load', value: { description: `edited ${writer.edits % 2 ? 'once' : 'twice'}` } });
        return { ...request, path: `/api/review/claims/${writer.claim}`, body };
      },
    },
    {
      method: 'POST',
      path: '/api/account/tokens',
      headers: json(tokens.editor),
      body: JSON.stringify({ name: 'load test', expiresInDays: 1 }),
      onResponse: (status, body, context) => {
        if (status === 201) (context as Writer).tokenId = (JSON.parse(body) as { token: { id: string } }).token.id;
      },
    },
    {
      method: 'DELETE',
      headers: { authorization: `Bearer ${tokens.editor}` },
      setupRequest: (request, context) => ({ ...request, path: `/api/account/tokens/${(context as Writer).tokenId ?? 'none'}` }),
    },
  ];
}

const figures = (result: autocannon.Result): Figures => ({
  requests: result.requests.total,
  throughput: result.requests.average,
  p50: result.latency.p50,
  p99: result.latency.p99,
  errors: result.errors,
  timeouts: result.timeouts,
  non2xx: result.non2xx,
});

const NO_WRITES: Figures = { requests: 0, throughput: 0, p50: 0, p99: 0, errors: 0, timeouts: 0, non2xx: 0 };

async function hammer(name: string, db: string): Promise<Outcome> {
  const tokens = await prepare(db);
  const server = await startServeChild(db);
  try {
    const url = `http://127.0.0.1:${server.port}`;
    // Readers ask for gzip, as every browser does; the server sends kept answers compressed then.
    const headers = { authorization: `Bearer ${tokens.viewer}`, 'accept-encoding': 'gzip, deflate, br' };
    for (const path of READS) {
      const response = await fetch(`${url}${path}`, { headers });
      if (!response.ok) throw new Error(`${name}: warm-up ${path} answered ${response.status}`);
    }
    const before = server.rssMiB();
    const rss: Outcome['rss'] = before === undefined ? {} : { before };
    const sampler = setInterval(() => {
      const now = server.rssMiB();
      if (now !== undefined) rss.peak = Math.max(rss.peak ?? 0, now);
    }, 500);
    console.log(`${name}: ${CONNECTIONS - WRITERS} readers and ${WRITERS} writers for ${DURATION} s…`);
    const common = { url, duration: DURATION, timeout: 30 };
    const [reads, written] = await Promise.all([
      autocannon({ ...common, connections: CONNECTIONS - WRITERS, headers, requests: READS.map((path) => ({ method: 'GET' as const, path })) }),
      WRITERS > 0 ? autocannon({ ...common, connections: WRITERS, requests: writes(tokens) }) : undefined,
    ]);
    clearInterval(sampler);
    const after = server.rssMiB();
    if (after !== undefined) rss.after = after;
    if (!server.alive()) throw new Error(`${name}: the server died under load`);
    return { store: name, reads: figures(reads), writes: written ? figures(written) : NO_WRITES, rss };
  } finally {
    await server.stop();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'faultline-load-'));
const outcomes: Outcome[] = [];
let cluster: PostgresCluster | undefined;
try {
  outcomes.push(await hammer('sqlite', join(dir, 'load.db')));
  cluster = await postgresOrWarn('the PostgreSQL load run (SQLite measured alone)');
  if (cluster) outcomes.push(await hammer('postgres', await cluster.createDatabase()));
} finally {
  await cluster?.stop();
  rmSync(dir, { recursive: true, force: true });
}

console.log(`\n${CONNECTIONS} clients (${WRITERS} writing), ${DURATION} s; reads in turn: ${READS.join(', ')}`);
console.log('writes in turn: PATCH /api/review/claims/{id} (reviewer), POST /api/account/tokens and DELETE /api/account/tokens/{id} (editor)');
console.table(
  outcomes.flatMap((o) =>
    (['reads', 'writes'] as const).map((kind) => ({
      store: o.store,
      kind,
      requests: o[kind].requests,
      'req/s': Math.round(o[kind].throughput),
      'p50 ms': o[kind].p50,
      'p99 ms': o[kind].p99,
      errors: o[kind].errors,
      timeouts: o[kind].timeouts,
      'non-2xx': o[kind].non2xx,
    })),
  ),
);
console.table(
  outcomes.map((o) => ({ store: o.store, 'RSS before MiB': o.rss.before ?? '?', 'RSS peak MiB': o.rss.peak ?? '?', 'RSS after MiB': o.rss.after ?? '?' })),
);
const failed = outcomes.some((o) => [o.reads, o.writes].some((f) => f.errors + f.timeouts + f.non2xx > 0)) || (!cluster && Boolean(process.env['CI']));
if (failed) console.log('FAILED: some requests failed, or PostgreSQL was missing under CI');
process.exit(failed ? 1 : 0);
