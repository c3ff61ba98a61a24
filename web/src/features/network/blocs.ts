import { UndirectedGraph } from 'graphology';
import { louvain, seededRandom } from './graph-lib.js';
import type { NetworkGraph, VisibleGraph } from './graph.js';

/** A bloc: actors that Louvain groups together on a day, its largest members first. */
export interface Bloc {
  index: number;
  members: string[];
}

/**
 * Blocs on a day: Louvain communities of the visible graph over cooperative ties only (hostility
 * separates, it does not bind), numbered by size; a seeded random source keeps them stable.
 */
export function blocsOf(graph: NetworkGraph, visible: VisibleGraph): { blocOf: Map<string, number>; blocs: Bloc[] } {
  const cooperative = new UndirectedGraph<Record<string, never>, { weight: number }>();
  for (const node of visible.degree.keys()) cooperative.addNode(node);
  for (const [key, state] of visible.pairs) {
    if (state.sign === -1) continue;
    cooperative.addEdge(graph.source(key), graph.target(key), { weight: state.certainty === 'definite' ? 1 : 0.5 });
  }
  const byCommunity = new Map<number, string[]>();
  if (cooperative.size > 0) {
    const communities = louvain(cooperative, { rng: seededRandom(7), getEdgeWeight: 'weight' });
    for (const [node, community] of Object.entries(communities)) {
      const list = byCommunity.get(community);
      if (list) list.push(node);
      else byCommunity.set(community, [node]);
    }
  }
  const degree = (id: string) => visible.degree.get(id) ?? 0;
  const blocs = [...byCommunity.values()]
    .map((members) => members.sort((a, b) => degree(b) - degree(a) || (a < b ? -1 : 1)))
    .sort((a, b) => b.length - a.length || ((a[0] ?? '') < (b[0] ?? '') ? -1 : 1))
    .map((members, index) => ({ index, members }));
  const blocOf = new Map<string, number>();
  for (const bloc of blocs) for (const member of bloc.members) blocOf.set(member, bloc.index);
  return { blocOf, blocs };
}
