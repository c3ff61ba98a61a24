import { UndirectedGraph } from 'graphology';
import { louvain } from './graph-plugins.js';
import type { PairSign } from './pair-sign.js';
import { seededRandom } from './random.js';
import type { InForce } from '../core/ties/tie-span.js';

/** A pair of actors as the blocs read it: its two ends, its merged sign and the certainty of its surest tie. */
export interface BlocPair {
  a: string;
  b: string;
  sign: PairSign;
  certainty: InForce;
}

/** A bloc: actors that Louvain groups together over cooperative ties, best-connected first. */
export interface Bloc {
  /** 0 for the largest bloc. */
  index: number;
  members: string[];
}

export interface Blocs {
  /** Largest first; every actor with a pair is in exactly one, alone when it has no cooperative pair. */
  blocs: Bloc[];
  blocOf: Map<string, number>;
  /** Modularity of the partition on the weighted cooperative graph; 0 when it has no edge. */
  modularity: number;
}

/** The one Louvain seed, so `faultline metrics`, the API and the web network draw the same blocs. */
export const BLOC_SEED = 7;

/** How strongly a cooperative pair binds, by its surest tie: one only possible or presumed counts half. */
export const BLOC_WEIGHT: Record<InForce, number> = { definite: 1, possible: 0.5, presumed: 0.5 };

/**
 * Blocs of cooperation (docs/queries.md): Louvain communities over every pair that is not only
 * hostile, weighted by certainty, with a seeded random source. Hostility separates, it does not
 * bind, so a pair whose only signed ties are hostile is left out of the graph, not its ends.
 */
export function blocsOf(pairs: Iterable<BlocPair>): Blocs {
  const degree = new Map<string, number>();
  const cooperative: [string, string, number][] = [];
  for (const { a, b, sign, certainty } of pairs) {
    if (a === b) continue;
    degree.set(a, (degree.get(a) ?? 0) + 1);
    degree.set(b, (degree.get(b) ?? 0) + 1);
    if (sign !== 'negative') cooperative.push(a < b ? [a, b, BLOC_WEIGHT[certainty]] : [b, a, BLOC_WEIGHT[certainty]]);
  }
  // Louvain's result depends on the order it meets nodes and edges: sorting both lets every caller,
  // however it built its graph, get the same blocs.
  const graph = new UndirectedGraph<Record<string, never>, { weight: number }>();
  for (const node of [...degree.keys()].sort(byId)) graph.addNode(node);
  cooperative.sort((x, y) => byId(x[0], y[0]) || byId(x[1], y[1]));
  for (const [a, b, weight] of cooperative) graph.addEdge(a, b, { weight });
  let communities: Record<string, number> = Object.fromEntries(graph.nodes().map((node, i) => [node, i]));
  let modularity = 0;
  if (graph.size > 0) {
    const detailed = louvain.detailed(graph, { rng: seededRandom(BLOC_SEED), getEdgeWeight: 'weight' });
    communities = detailed.communities;
    modularity = detailed.modularity;
  }
  const byCommunity = new Map<number, string[]>();
  for (const [node, community] of Object.entries(communities)) {
    const list = byCommunity.get(community);
    if (list) list.push(node);
    else byCommunity.set(community, [node]);
  }
  const degreeOf = (id: string) => degree.get(id) ?? 0;
  const blocs = [...byCommunity.values()]
    .map((members) => members.sort((a, b) => degreeOf(b) - degreeOf(a) || byId(a, b)))
    .sort((a, b) => b.length - a.length || byId(a[0] ?? '', b[0] ?? ''))
    .map((members, index) => ({ index, members }));
  const blocOf = new Map<string, number>();
  for (const bloc of blocs) for (const member of bloc.members) blocOf.set(member, bloc.index);
  return { blocs, blocOf, modularity };
}

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
