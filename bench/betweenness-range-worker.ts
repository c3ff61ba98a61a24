// Worker-thread entry for bench/centrality.ts: Brandes' dependency sums over one range of sources.
import { UndirectedGraph } from 'graphology';
import { parentPort } from 'node:worker_threads';
import { dependencySums } from '../src/analysis/betweenness.js';

parentPort?.on('message', ({ order, edges, from, to }: { order: number; edges: Uint32Array; from: number; to: number }) => {
  const graph = new UndirectedGraph();
  for (let i = 0; i < order; i++) graph.addNode(`n${i}`);
  for (let k = 0; k < edges.length; k += 2) graph.addEdge(`n${edges[k] ?? 0}`, `n${edges[k + 1] ?? 0}`);
  const totals = dependencySums(
    graph,
    Array.from({ length: to - from }, (_, i) => from + i),
  );
  parentPort?.postMessage(totals, [totals.buffer]);
});
