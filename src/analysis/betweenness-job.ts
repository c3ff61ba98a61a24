// Betweenness as plain data, so it can cross to a worker thread: the graph as node count and edge
// pairs, the answer as scores in node order.
import { UndirectedGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import { betweennessOf, type Betweenness } from './betweenness.js';

/** A graph's shape in node order: edges as index pairs, in the order they were added. */
export interface BetweennessJob {
  order: number;
  edges: Uint32Array<ArrayBuffer>;
  sources?: number;
  seed?: number;
}

/** Scores in node order. */
export interface BetweennessAnswer {
  scores: Float64Array<ArrayBuffer>;
  sources: number;
  exact: boolean;
}

/** The job for a graph; scores come back in `graph.nodes()` order. */
export function betweennessJob(graph: AbstractGraph, options: { sources?: number; seed?: number } = {}): BetweennessJob {
  const index = new Map(graph.nodes().map((node, i) => [node, i]));
  const edges = new Uint32Array(graph.size * 2);
  let k = 0;
  graph.forEachEdge((_edge, _attributes, source, target) => {
    edges[k++] = index.get(source) ?? 0;
    edges[k++] = index.get(target) ?? 0;
  });
  return { order: graph.order, edges, ...options };
}

/**
 * Runs a job. Nodes and edges are added in the graph's own order and the keys are not integer-like,
 * so neighbours are visited as in the original graph and the sums are the same to the last bit.
 */
export function runBetweennessJob(job: BetweennessJob): BetweennessAnswer {
  const graph = new UndirectedGraph();
  for (let i = 0; i < job.order; i++) graph.addNode(`n${i}`);
  for (let k = 0; k < job.edges.length; k += 2) graph.addEdge(`n${job.edges[k] ?? 0}`, `n${job.edges[k + 1] ?? 0}`);
  const options = { ...(job.sources === undefined ? {} : { sources: job.sources }), ...(job.seed === undefined ? {} : { seed: job.seed }) };
  const { scores, sources, exact } = betweennessOf(graph, options);
  return { scores: Float64Array.from(graph.nodes(), (node) => scores[node] ?? 0), sources, exact };
}

/** An answer keyed by the graph's node ids again. */
export function betweennessFrom(graph: AbstractGraph, answer: BetweennessAnswer): Betweenness {
  const scores: Record<string, number> = {};
  graph.nodes().forEach((node, i) => (scores[node] = answer.scores[i] ?? 0));
  return { scores, sources: answer.sources, exact: answer.exact };
}
