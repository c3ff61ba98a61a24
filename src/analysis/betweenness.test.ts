import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { betweennessOf, dependencySums, EXACT_WORK, MIN_SOURCES, sourcesFor } from './betweenness.js';
import { betweennessCentrality } from './graph-lib.js';
import { seededRandom } from './random.js';

/** A seeded random graph: n nodes, about m edges, string keys that are not integers (as actor ids are not). */
function randomGraph(n: number, m: number, seed: number): UndirectedGraph {
  const random = seededRandom(seed);
  const graph = new UndirectedGraph();
  for (let i = 0; i < n; i++) graph.addNode(`actor:r${(i * 7919) % n}`);
  const nodes = graph.nodes();
  for (let e = 0; e < m; e++) {
    const a = nodes[Math.floor(random() * n)] ?? '';
    const b = nodes[Math.floor(random() * n)] ?? '';
    if (a !== b && !graph.hasEdge(a, b)) graph.addEdge(a, b);
  }
  return graph;
}

/** graphology-metrics' default: edge weights read from `weight` (absent here, so 1) through Dijkstra. */
const oracle = (graph: UndirectedGraph) => betweennessCentrality(graph, { normalized: true });

const cases = [
  [30, 25, 1],
  [60, 90, 2],
  [120, 140, 3],
  [200, 600, 4],
  [150, 100, 5],
] as const;

describe('betweenness', () => {
  for (const [n, m, seed] of cases)
    it(`is graphology-metrics' betweenness on a random graph of ${n} nodes and ~${m} edges`, () => {
      const graph = randomGraph(n, m, seed);
      const ours = betweennessOf(graph);
      expect(ours.exact).toBe(true);
      expect(ours.sources).toBe(n);
      const expected = oracle(graph);
      expect(Object.keys(ours.scores)).toEqual(Object.keys(expected));
      // Breadth-first and Dijkstra meet predecessors in another order, so sums may differ in the last bits.
      for (const [node, value] of Object.entries(expected)) expect(ours.scores[node]).toBeCloseTo(value, 12);
    });

  for (const [n, m, seed] of cases)
    it(`sums over every source exactly what graphology-metrics sums (${n} nodes)`, () => {
      const graph = randomGraph(n, m, seed);
      const totals = dependencySums(graph, graph.nodes().keys());
      const scale = 1 / ((n - 1) * (n - 2));
      const expected = betweennessCentrality(graph, { normalized: true, getEdgeWeight: null });
      expect(Object.fromEntries(graph.nodes().map((node, i) => [node, (totals[i] ?? 0) * scale]))).toEqual(expected);
    });

  it('estimates without bias: averaged over many samples of a quarter of the sources, close to the exact figure', () => {
    const graph = randomGraph(80, 110, 9);
    const exact = oracle(graph);
    const runs = 400;
    const sum: Record<string, number> = {};
    for (let seed = 1; seed <= runs; seed++) {
      const estimate = betweennessOf(graph, { sources: 20, seed });
      expect(estimate).toMatchObject({ exact: false, sources: 20 });
      for (const [node, value] of Object.entries(estimate.scores)) sum[node] = (sum[node] ?? 0) + value / runs;
    }
    const top = Object.entries(exact)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5);
    for (const [node, value] of top) expect(Math.abs((sum[node] ?? 0) - value) / value).toBeLessThan(0.05);
  });

  it('gives the same estimate for the same seed', () => {
    const graph = randomGraph(100, 130, 11);
    expect(betweennessOf(graph, { sources: 10, seed: 3 })).toEqual(betweennessOf(graph, { sources: 10, seed: 3 }));
  });

  it('stays exact while sources × (nodes + edges) is within the budget, then samples at least MIN_SOURCES', () => {
    expect(sourcesFor(5_200, 6_000)).toBe(5_200);
    const n = 50_000;
    const m = 60_000;
    expect(sourcesFor(n, m)).toBe(Math.floor(EXACT_WORK / (n + m)));
    expect(sourcesFor(2_000_000, 3_000_000)).toBe(MIN_SOURCES);
    expect(sourcesFor(10, 10, 1)).toBe(10);
  });
});
