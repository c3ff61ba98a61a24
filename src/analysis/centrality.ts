import { blocsOf, type Bloc, type BlocPair } from './blocs.js';
import { betweennessOf } from './betweenness.js';
import { degreeCentrality } from './graph-lib.js';
import type { SnapshotGraph } from './graph.js';

/** Brokerage and blocs on a snapshot graph. */
export interface Centrality {
  /** Degree: the number of other actors an actor has ties with. */
  degree: Record<string, number>;
  /** Degree over n − 1 (graphology-metrics). */
  degreeCentrality: Record<string, number>;
  /** Normalised betweenness (Brandes; estimated on graphs too large to compute exactly, see `betweennessOf`). */
  betweenness: Record<string, number>;
  /** Bloc index per actor with a tie to another actor (0 for the largest bloc; `blocsOf`). */
  communities: Record<string, number>;
  communityCount: number;
  /** Modularity of the blocs on the weighted cooperative graph. */
  modularity: number;
  /** The blocs, largest first, members best-connected first. */
  blocs: Bloc[];
}

/** Degree and betweenness computed by graphology's packages, and the blocs of cooperation (`blocsOf`, seeded). */
export function centrality(graph: SnapshotGraph, options: { betweenness?: boolean } = {}): Centrality {
  const degree: Record<string, number> = {};
  graph.forEachNode((node) => {
    degree[node] = graph.degree(node);
  });
  const blocs = blocsOf(blocPairs(graph));
  return {
    degree,
    degreeCentrality: degreeCentrality(graph),
    betweenness: options.betweenness === false ? {} : betweennessOf(graph).scores,
    communities: Object.fromEntries(blocs.blocOf),
    communityCount: blocs.blocs.length,
    modularity: blocs.modularity,
    blocs: blocs.blocs,
  };
}

/** The snapshot graph's pairs as the blocs read them. */
export function blocPairs(graph: SnapshotGraph): BlocPair[] {
  return graph.mapEdges((_edge, attributes, a, b) => ({ a, b, sign: attributes.sign, certainty: attributes.certainty }));
}
