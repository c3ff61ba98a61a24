// Betweenness against igraph (C, Debian's python3-igraph) on the same graph, round by round so that
// the shared machine's load falls on each alike: graphology-metrics' default (Dijkstra), the metrics'
// breadth-first exact figure in this thread, in the server's worker thread, and split over two
// workers; then the sampled estimate's error against the exact figure.
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import type { AbstractGraph } from 'graphology-types';
import { betweennessJob } from '../src/analysis/betweenness-job.js';
import { betweennessOf, sourcesFor } from '../src/analysis/betweenness.js';
import { betweennessCentrality } from '../src/analysis/graph-lib.js';
import { betweennessThread } from '../src/services/queries/betweenness-thread.js';
import { summarize, type Timing } from './stats.js';

interface Row {
  query: string;
  ours: Timing;
  baseline?: { name: string; median: number };
}

const ROUNDS = 5;
const TOP = 20;

/** Timings and notes for bench/run.ts; `python` is an interpreter that imports igraph, `nx` NetworkX's median if it ran. */
export async function centralityBench(graph: AbstractGraph, edges: string, python: string, nx?: number): Promise<{ rows: Row[]; notes: string[] }> {
  const notes: string[] = [
    `centrality bench starts at load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')} (2 cores, shared)`,
  ];
  const thread = betweennessThread({ minWork: 0 });
  const split = rangeWorkers(2);
  const samples: Record<string, number[]> = { igraph: [], dijkstra: [], exact: [], worker: [], split: [] };
  const clock = async (name: string, body: () => unknown) => {
    const start = performance.now();
    await body();
    samples[name]?.push(performance.now() - start);
  };
  let igraphMissing = '';
  for (let round = -1; round < ROUNDS; round++) {
    if (!igraphMissing) {
      try {
        const out = execFileSync(python, [join(import.meta.dirname, 'igraph_baseline.py'), edges, '1'], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
          timeout: 120_000,
        });
        if (round >= 0) samples['igraph']?.push((JSON.parse(out) as { betweenness: number }).betweenness);
      } catch (error) {
        igraphMissing = ((error as { stderr?: string }).stderr ?? String(error)).trim().split('\n').at(-1) ?? 'failed';
      }
    }
    // The old default is 3.7× slower; three rounds of it say enough.
    if (round < 3) await clock(round < 0 ? 'warm' : 'dijkstra', () => betweennessCentrality(graph, { normalized: true }));
    await clock(round < 0 ? 'warm' : 'exact', () => betweennessOf(graph));
    await clock(round < 0 ? 'warm' : 'worker', () => thread.run(graph));
    await clock(round < 0 ? 'warm' : 'split', () => split.run(graph));
  }
  await thread.close();
  await split.close();
  notes.push(
    `centrality bench ends at load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')}`,
  );
  if (igraphMissing) notes.push(`igraph did not run (${igraphMissing}): no ratio against it (apt-get install python3-igraph)`);
  const igraph = samples['igraph']?.length ? summarize([...(samples['igraph'] ?? [])]) : undefined;
  const spread = (name: string) => {
    const s = [...(samples[name] ?? [])].sort((a, b) => a - b);
    return `${name} ${s.map((x) => x.toFixed(0)).join(' / ')} ms`;
  };
  notes.push(`betweenness samples, ${graph.order} nodes / ${graph.size} edges: ${['igraph', 'dijkstra', 'exact', 'worker', 'split'].map(spread).join('; ')}`);
  const rows: Row[] = [];
  const add = (query: string, name: string) => {
    const ours = summarize([...(samples[name] ?? [])]);
    if (igraph) rows.push({ query, ours, baseline: { name: 'igraph', median: igraph.median } });
    if (nx !== undefined) rows.push({ query, ours, baseline: { name: 'NetworkX', median: nx } });
    if (!igraph && nx === undefined) rows.push({ query, ours });
  };
  add('betweenness, graphology default (Dijkstra)', 'dijkstra');
  add('betweenness, exact (graphology-metrics, unweighted)', 'exact');
  add('betweenness, exact, in the worker thread', 'worker');
  add('betweenness, exact, split over 2 workers', 'split');
  const exact = betweennessOf(graph).scores;
  for (const k of [100, 200, 500, 1000]) rows.push(estimateRow(graph, exact, k, notes));
  notes.push(
    `estimates: pivots drawn uniformly (5 seeds each), scores scaled by n / k (Brandes & Pich 2007); errors over the exact top ${TOP}. A graph is estimated above 10^8 units of work, e.g. 50k nodes and 60k edges get ${sourcesFor(50_000, 60_000)} sources`,
  );
  return { rows, notes };
}

/** Times the estimate from k sources and states its error against the exact figure over five seeds. */
function estimateRow(graph: AbstractGraph, exact: Record<string, number>, k: number, notes: string[]): Row {
  const top = Object.entries(exact)
    .sort((a, b) => b[1] - a[1])
    .slice(0, TOP);
  const times: number[] = [];
  const maxErr: number[] = [];
  const meanErr: number[] = [];
  const overlap: number[] = [];
  const rho: number[] = [];
  for (let seed = 1; seed <= 5; seed++) {
    const start = performance.now();
    const estimate = betweennessOf(graph, { sources: k, seed }).scores;
    times.push(performance.now() - start);
    const errors = top.map(([id, value]) => Math.abs((estimate[id] ?? 0) - value) / value);
    maxErr.push(Math.max(...errors));
    meanErr.push(errors.reduce((a, b) => a + b, 0) / errors.length);
    const estimatedTop = new Set(
      Object.entries(estimate)
        .sort((a, b) => b[1] - a[1])
        .slice(0, TOP)
        .map(([id]) => id),
    );
    overlap.push(top.filter(([id]) => estimatedTop.has(id)).length);
    rho.push(
      spearman(
        top.map(([, v]) => v),
        top.map(([id]) => estimate[id] ?? 0),
      ),
    );
  }
  const pct = (xs: number[]) => `${(Math.min(...xs) * 100).toFixed(1)}–${(Math.max(...xs) * 100).toFixed(1)}%`;
  notes.push(
    `estimate from ${k} of ${graph.order} sources: top-${TOP} relative error max ${pct(maxErr)}, mean ${pct(meanErr)}; top-${TOP} overlap ${Math.min(...overlap)}–${Math.max(...overlap)} of ${TOP}; Spearman on the exact top ${TOP} ${Math.min(...rho).toFixed(2)}–${Math.max(...rho).toFixed(2)} (range over 5 seeds)`,
  );
  return { query: `betweenness, estimate from ${k} sources`, ours: summarize(times) };
}

/** Spearman's rank correlation (no ties expected among real-valued scores). */
function spearman(a: number[], b: number[]): number {
  const ranks = (xs: number[]) => {
    const order = xs.map((x, i) => [x, i] as const).sort((p, q) => p[0] - q[0]);
    const r = new Array<number>(xs.length);
    order.forEach(([, i], rank) => (r[i] = rank));
    return r;
  };
  const ra = ranks(a);
  const rb = ranks(b);
  const n = a.length;
  const d2 = ra.reduce((sum, r, i) => sum + (r - (rb[i] ?? 0)) ** 2, 0);
  return 1 - (6 * d2) / (n * (n * n - 1));
}

/**
 * Brandes' sources split into ranges, each summed in a worker of its own, started once and kept as
 * the server's worker is (bench only: the server keeps one worker, leaving a core to answer requests).
 */
function rangeWorkers(parts: number): { run: (graph: AbstractGraph) => Promise<Float64Array>; close: () => Promise<void> } {
  const entry = join(import.meta.dirname, 'betweenness-range-worker.ts');
  const tsx = createRequire(import.meta.url).resolve('tsx/cjs');
  const workers = Array.from({ length: parts }, () => new Worker(`require(${JSON.stringify(tsx)}); require(${JSON.stringify(entry)});`, { eval: true }));
  return {
    run: async (graph) => {
      const { order, edges } = betweennessJob(graph);
      const step = Math.ceil(order / parts);
      const answers = await Promise.all(
        workers.map(
          (worker, p) =>
            new Promise<Float64Array>((resolve, reject) => {
              worker.once('message', resolve);
              worker.once('error', reject);
              worker.postMessage({ order, edges, from: p * step, to: Math.min(order, (p + 1) * step) });
            }),
        ),
      );
      const totals = new Float64Array(order);
      for (const part of answers) for (let i = 0; i < order; i++) totals[i] = (totals[i] ?? 0) + (part[i] ?? 0);
      return totals;
    },
    close: async () => void (await Promise.all(workers.map((w) => w.terminate()))),
  };
}
