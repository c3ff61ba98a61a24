// `npm run bench`: query latency on generated data at 1k/10k/100k actors, with same-run baselines
// (hand-written SQL on the same store; NetworkX on the same graph), extraction throughput, and the
// ACLED import of a million generated rows against its floor; CLI start against bare Node.
// Options: --sizes 1000,10000 --keep --acled-rows N.
// --pg-actors N: the largest world the aggregation bench (bench/aggregation.ts) copies into PostgreSQL.
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { centrality } from '../src/analysis/centrality.js';
import { snapshotGraph } from '../src/analysis/graph.js';
import { louvain } from '../src/analysis/graph-lib.js';
import { seededRandom } from '../src/analysis/random.js';
import { diff } from '../src/services/queries/diff.js';
import { events } from '../src/services/queries/events.js';
import { genealogy } from '../src/services/queries/genealogy.js';
import { path } from '../src/services/queries/path.js';
import { snapshot } from '../src/services/queries/snapshot.js';
import { trends } from '../src/services/queries/trends.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { betweennessOf } from '../src/analysis/betweenness.js';
import { aggregationBench } from './aggregation.js';
import { bulkLoad } from './bulk-load.js';
import { centralityBench } from './centrality.js';
import { cliStart } from './cli-start.js';
import { extractionThroughput } from './extraction-throughput.js';
import { generateWorld } from './generate.js';
import { httpThroughput } from './http-throughput.js';
import { snapshotFoldRows } from './snapshot-fold.js';
import { time, type Timing } from './stats.js';

interface Row {
  size: string;
  query: string;
  ours: Timing;
  baseline?: { name: string; median: number };
}

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const SIZES = (arg('--sizes') ?? '1000,10000,100000').split(',').map(Number);
// The import target is stated for a million rows (about two minutes here); `--acled-rows 0` skips it.
const ACLED_ROWS = Number(arg('--acled-rows') ?? '1000000');
/** How long a Python baseline may run before its ratio is left out (and the note says it timed out). */
const BASELINE_TIMEOUT_MS = 240_000;
const KEEP = process.argv.includes('--keep');
// The aggregation bench copies each world into PostgreSQL up to this many actors (ten events each);
// 100k actors (a million events) take longer to copy than the rest of the bench here, so ask for it.
const PG_ACTORS = Number(arg('--pg-actors') ?? '10000');
const DIR = join(tmpdir(), 'faultline-bench');
const AS_OF = '2012-06';
const rows: Row[] = [];
const notes: string[] = [];
const started = performance.now();

mkdirSync(DIR, { recursive: true });
for (const actors of SIZES) await benchSize(actors);
notes.push(extractionThroughput());
rows.push(...(await cliStart(DIR)));
notes.push((await httpThroughput(DIR)).note);
print();
// In a process of its own: the generated worlds above leave a large heap behind, which would slow
// the import's garbage collection but not its floor's. Floor and import still run side by side there.
if (ACLED_ROWS > 0)
  execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'interop-import.ts'), '--rows', String(ACLED_ROWS)], { stdio: 'inherit' });

/** Debian's python3-networkx and python3-igraph install for /usr/bin/python3, which a python3 earlier on PATH may hide. */
function pythonWith(module: string): string {
  for (const python of ['python3', '/usr/bin/python3']) {
    try {
      execFileSync(python, ['-c', `import ${module}`], { stdio: 'ignore' });
      return python;
    } catch {
      // try the next interpreter
    }
  }
  return 'python3';
}

async function benchSize(actors: number): Promise<void> {
  const eventsPerActor = 10;
  const file = join(DIR, `world-${actors}.db`);
  const t0 = performance.now();
  if (!KEEP || !existsSync(file)) {
    for (const suffix of ['', '-wal', '-shm']) if (existsSync(file + suffix)) execFileSync('rm', ['-f', file + suffix]);
    await bulkLoad(file, generateWorld(actors, eventsPerActor));
  }
  const label = `${fmt(actors)} actors / ${fmt(actors * 10)} rel. / ${fmt(actors * eventsPerActor)} events`;
  notes.push(`${label}: generated and loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s, ${(statSync(file).size / 2 ** 20).toFixed(0)} MiB`);
  const store = new SqliteStore({ path: file });
  const raw = new Database(file, { readonly: true });
  const rnd = seededRandom(7);
  const someActor = () => `actor:a${Math.floor(rnd() * actors)}`;
  const heavy = actors >= 100_000;
  const n = heavy ? 7 : 15;

  const snap = await snapshot(store, { asOf: AS_OF });
  notes.push(`${label}: snapshot on ${AS_OF} holds ${fmt(snap.counts.actors)} actors and ${fmt(snap.counts.ties)} ties`);
  rows.push({ size: label, query: `snapshot ${AS_OF}`, ours: await time(n, () => snapshot(store, { asOf: AS_OF })) });
  const folded = await snapshotFoldRows(store, label, n);
  rows.push(...folded.rows);
  notes.push(...folded.notes);
  rows.push({ size: label, query: 'genealogy (one actor)', ours: await time(50, () => genealogy(store, someActor())) });
  const cluster = (i: number) => `actor:a${Math.min(actors - 1, Math.floor(i / 50) * 50 + ((i * 7) % 50))}`;
  rows.push({
    size: label,
    query: `path a→b ${AS_OF}`,
    ours: await time(heavy ? 5 : 10, (i) => path(store, cluster((i + 1) * 50), cluster((i + 1) * 50 + 3), AS_OF)),
  });
  rows.push({ size: label, query: 'diff 2010 → 2012', ours: await time(heavy ? 3 : 7, () => diff(store, '2010', '2012')) });

  // Event aggregation: the store's grouped query against the same grouping written by hand.
  const handMonth = raw.prepare(
    `SELECT substr(lo, 1, 7) AS k, count(*) AS n, sum(f_low), sum(f_best), sum(f_high) FROM records WHERE kind = 'event' AND recorded_to IS NULL GROUP BY k`,
  );
  const handMonthTiming = await time(n, () => handMonth.all());
  rows.push({
    size: label,
    query: 'events by month, all',
    ours: await time(n, () => store.aggregateEvents({}, 'month')),
    baseline: { name: 'hand SQL', median: handMonthTiming.median },
  });
  // The trend endpoint's query (GET /api/trends): first and last month of each date, unknown tolls read
  // from the body where the high estimate is 0, folded into periods; against the plain month grouping.
  rows.push({
    size: label,
    query: 'trend by quarter, all (GET /trends)',
    ours: await time(n, () => trends(store, { period: 'quarter' })),
    baseline: { name: 'hand SQL by month', median: handMonthTiming.median },
  });
  const top = 'actor:a0';
  const handActor = raw.prepare(
    `SELECT substr(r.lo, 1, 7) AS k, count(*), sum(r.f_best) FROM event_participants p JOIN records r ON r.kind = 'event' AND r.id = p.event_id AND r.version = p.version AND r.recorded_to IS NULL WHERE p.actor = ? GROUP BY k`,
  );
  const handActorTiming = await time(n, () => handActor.all(top));
  rows.push({
    size: label,
    query: 'events by month, one actor',
    ours: await time(n, () => store.aggregateEvents({ participants: [{ actor: top }] }, 'month')),
    baseline: { name: 'hand SQL', median: handActorTiming.median },
  });
  rows.push({
    size: label,
    query: 'trend by month, actor+components, split by type',
    ours: await time(n, () => trends(store, { period: 'month', actors: [top], includeComponents: true, split: 'type' })),
    baseline: { name: 'hand SQL, one actor', median: handActorTiming.median },
  });
  rows.push({
    size: label,
    query: 'events service: actor+components by month',
    ours: await time(n, () => events(store, { actors: [top], includeComponents: true, by: 'month', limit: 0 })),
  });
  const handFilter = raw.prepare(
    `SELECT body FROM records WHERE kind = 'event' AND recorded_to IS NULL AND lo <= ? AND hi >= ? AND c IN ('armed_clash', 'attack_on_civilians')`,
  );
  rows.push({
    size: label,
    query: 'filter events: a year, two types',
    ours: await time(n, () => store.filterEvents({ from: '2010-01-01', to: '2010-12-31', types: ['armed_clash', 'attack_on_civilians'] })),
    baseline: {
      name: 'hand SQL',
      median: (await time(n, () => handFilter.all('2010-12-31', '2010-01-01').map((r) => JSON.parse((r as { body: string }).body) as unknown))).median,
    },
  });

  if (actors === 10_000) await againstNetworkx(label, snap);
  raw.close();
  await store.close();
  notes.push(...(await aggregationBench(file, label, { n, postgres: actors <= PG_ACTORS })));
}

async function againstNetworkx(label: string, snap: Awaited<ReturnType<typeof snapshot>>): Promise<void> {
  const graph = snapshotGraph(snap);
  const edges = join(DIR, 'snapshot-10k.edges');
  const lines = [graph.nodes().join(' ')];
  graph.forEachEdge((_e, _a, s, t) => lines.push(`${s} ${t}`));
  writeFileSync(edges, lines.join('\n') + '\n');
  notes.push(
    `NetworkX and igraph comparison on the ${AS_OF} snapshot graph: ${fmt(graph.order)} nodes, ${fmt(graph.size)} edges (graphology, NetworkX and igraph read the same edge list)`,
  );
  const betweennessOurs = await time(3, () => betweennessOf(graph));
  const louvainOurs = await time(5, () => louvain(graph, { rng: seededRandom(1) }));
  const nx = pythonBaseline('NetworkX', 'nx_baseline.py', 'networkx', 'python3-networkx', edges);
  const ig = pythonBaseline('igraph', 'igraph_baseline.py', 'igraph', 'python3-igraph', edges);
  for (const [query, ours, key] of [
    ['betweenness (graphology)', betweennessOurs, 'betweenness'],
    ['Louvain (graphology)', louvainOurs, 'louvain'],
  ] as const) {
    for (const [name, base] of [
      ['NetworkX', nx],
      ['igraph', ig],
    ] as const) {
      rows.push({ size: label, query, ours, ...(base ? { baseline: { name, median: base[key] } } : {}) });
    }
  }
  rows.push({ size: label, query: 'all metrics on the snapshot', ours: await time(3, () => centrality(graph)) });
  const central = await centralityBench(graph, edges, pythonWith('igraph'), nx?.betweenness);
  for (const row of central.rows) rows.push({ size: label, ...row });
  notes.push(...central.notes);
}

/**
 * Runs a Python baseline on the edge list; on failure says why in the notes — missing module (with the
 * package to install), timed out (with the limit), or the error itself — rather than one guess for all.
 */
function pythonBaseline(
  name: string,
  script: string,
  module: string,
  debianPackage: string,
  edges: string,
): { betweenness: number; louvain: number } | undefined {
  try {
    return JSON.parse(
      execFileSync(pythonWith(module), [join(import.meta.dirname, script), edges, '1'], {
        encoding: 'utf8',
        timeout: BASELINE_TIMEOUT_MS,
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    ) as { betweenness: number; louvain: number };
  } catch (error) {
    const e = error as Error & { code?: string; signal?: string; stderr?: string };
    if (e.code === 'ETIMEDOUT' || e.signal === 'SIGTERM') notes.push(`${name} timed out after ${BASELINE_TIMEOUT_MS / 1000} s: no ratio for it in this run`);
    else if ((e.stderr ?? '').includes(`No module named '${module}'`)) notes.push(`${name} is not installed: skipped (apt-get install ${debianPackage})`);
    else notes.push(`${name} failed: ${(e.stderr || e.message).trim().split('\n').at(-1) ?? ''}`);
    return undefined;
  }
}

function fmt(n: number): string {
  return n >= 1_000_000 ? `${n / 1_000_000}M` : n >= 1000 ? `${n / 1000}k` : String(n);
}

function print(): void {
  const head = ['data', 'query', 'n', 'median ms', 'p95 ms', 'baseline', 'baseline ms', 'ours / baseline'];
  const body = rows.map((r) => [
    r.size,
    r.query,
    String(r.ours.n),
    r.ours.median.toFixed(1),
    r.ours.p95.toFixed(1),
    r.baseline?.name ?? '',
    r.baseline ? r.baseline.median.toFixed(1) : '',
    r.baseline ? (r.ours.median / r.baseline.median).toFixed(2) : '',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i >= 2 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join(' | ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const b of body) console.log(line(b));
  console.log('');
  for (const note of notes) console.log(`- ${note}`);
  console.log(`- whole run: ${((performance.now() - started) / 1000).toFixed(0)} s`);
}
