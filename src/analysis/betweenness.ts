// Betweenness for the metrics: exact through graphology-metrics on graphs small enough, otherwise
// estimated from sampled sources (Brandes & Pich 2007) over the same library's breadth-first routine.
import type { AbstractGraph } from 'graphology-types';
import { createUnweightedIndexedBrandes } from 'graphology-shortest-path/indexed-brandes.js';
import { betweennessCentrality } from './graph-lib.js';
import { seededRandom } from './random.js';

/** Normalised betweenness per node, and whether it was computed from every source or estimated. */
export interface Betweenness {
  scores: Record<string, number>;
  /** Breadth-first searches the figure rests on: the node count when exact, the sample size when estimated. */
  sources: number;
  exact: boolean;
}

/**
 * Work above which betweenness is estimated: sources × (nodes + edges), each breadth-first search
 * costing nodes + edges. 10⁸ is about 3 s on this project's machine (the 10k bench world's 2012-06
 * graph, 5.2k nodes and 6k edges, costs 5.8 × 10⁷ and stays exact); docs/queries.md states the error.
 */
export const EXACT_WORK = 1e8;
/** The fewest sources an estimate uses, however large the graph. */
export const MIN_SOURCES = 200;

/** How many sources betweenness reads on a graph of this size: all of them while the work stays under EXACT_WORK. */
export function sourcesFor(order: number, size: number, work = EXACT_WORK): number {
  if (order * (order + size) <= work) return order;
  return Math.min(order, Math.max(MIN_SOURCES, Math.floor(work / (order + size))));
}

/**
 * Normalised betweenness, as graphology-metrics defines it, on an undirected graph without weights.
 * Exact when `sources` covers every node (graphology-metrics itself); otherwise the Brandes–Pich
 * estimate from `sources` distinct nodes drawn uniformly with a seeded generator, scaled by n / k.
 */
export function betweennessOf(graph: AbstractGraph, options: { sources?: number; seed?: number } = {}): Betweenness {
  const sources = options.sources ?? sourcesFor(graph.order, graph.size);
  // Unweighted: the default reads a `weight` attribute our edges do not have, through a Dijkstra heap
  // 3.7× slower than breadth-first search for the same unit-weight answer.
  if (sources >= graph.order) return { scores: betweennessCentrality(graph, { normalized: true, getEdgeWeight: null }), sources: graph.order, exact: true };
  const pivots = samplePivots(graph.order, sources, seededRandom(options.seed ?? 1));
  const totals = dependencySums(graph, pivots);
  const n = graph.order;
  const scale = n <= 2 ? 1 : n / sources / ((n - 1) * (n - 2));
  const scores: Record<string, number> = {};
  graph.nodes().forEach((node, i) => (scores[node] = (totals[i] ?? 0) * scale));
  return { scores, sources, exact: false };
}

/**
 * Brandes' dependency accumulation summed over the given source indexes (in `graph.nodes()` order),
 * unscaled. Over every node it is what graphology-metrics sums (its tests hold the two equal); the
 * breadth-first routine is the library's, only the sum over a subset of sources is ours.
 */
export function dependencySums(graph: AbstractGraph, sourceIndexes: Iterable<number>): Float64Array<ArrayBuffer> {
  const brandes = createUnweightedIndexedBrandes(graph);
  const delta = new Float64Array(graph.order);
  const totals = new Float64Array(graph.order);
  for (const s of sourceIndexes) {
    const [stack, predecessors, sigma] = brandes(s);
    stack.forEach((v) => (delta[v] = 0));
    while (stack.size !== 0) {
      const w = stack.pop() ?? 0;
      const coefficient = (1 + (delta[w] ?? 0)) / (sigma[w] ?? 1);
      for (const v of predecessors[w] ?? []) delta[v] = (delta[v] ?? 0) + (sigma[v] ?? 0) * coefficient;
      if (w !== s) totals[w] = (totals[w] ?? 0) + (delta[w] ?? 0);
    }
  }
  return totals;
}

/** k distinct indexes below n, uniformly (a partial Fisher–Yates shuffle), sorted. */
function samplePivots(n: number, k: number, random: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (n - i));
    [order[i], order[j]] = [order[j] ?? j, order[i] ?? i];
  }
  return order.slice(0, k).sort((a, b) => a - b);
}
