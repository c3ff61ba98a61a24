import { betweennessCentrality, degreeCentrality, louvain } from './graph-lib.js';
import type { SnapshotGraph } from './graph.js';
import { seededRandom } from './random.js';

/** Brokerage and blocs on a snapshot graph. */
export interface Centrality {
  /** Degree: the number of other actors an actor has ties with. */
  degree: Record<string, number>;
  /** Degree over n − 1 (graphology-metrics). */
  degreeCentrality: Record<string, number>;
  /** Normalised betweenness (Brandes). */
  betweenness: Record<string, number>;
  /** Louvain community index per actor, and the partition's modularity. */
  communities: Record<string, number>;
  communityCount: number;
  modularity: number;
}

/** Degree, betweenness and Louvain communities, computed by graphology's packages; Louvain is seeded. */
export function centrality(graph: SnapshotGraph, options: { seed?: number; betweenness?: boolean } = {}): Centrality {
  const degree: Record<string, number> = {};
  graph.forEachNode((node) => {
    degree[node] = graph.degree(node);
  });
  const normalisedDegree = degreeCentrality(graph);
  const betweenness = options.betweenness === false ? {} : betweennessCentrality(graph, { normalized: true });
  if (graph.size === 0)
    return {
      degree,
      degreeCentrality: normalisedDegree,
      betweenness,
      communities: Object.fromEntries(graph.nodes().map((n, i) => [n, i])),
      communityCount: graph.order,
      modularity: 0,
    };
  const detailed = louvain.detailed(graph, { rng: seededRandom(options.seed ?? 1), getEdgeWeight: null });
  return {
    degree,
    degreeCentrality: normalisedDegree,
    betweenness,
    communities: detailed.communities,
    communityCount: detailed.count,
    modularity: detailed.modularity,
  };
}
