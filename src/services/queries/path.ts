import { snapshotGraph } from '../../analysis/graph.js';
import { shortestPath } from '../../analysis/graph-lib.js';
import type { InForce } from '../../analysis/snapshot.js';
import { NotFoundError } from '../../core/errors.js';
import type { Store } from '../../core/store-port.js';
import { snapshot } from './snapshot.js';
import type { QueryOptions } from './load.js';

/** One hop of a path: the two actors and every tie between them that day. */
export interface PathHop {
  from: string;
  to: string;
  ties: { id: string; type: string; certainty: InForce }[];
}

export interface PathResult {
  asOf: string;
  from: string;
  to: string;
  found: boolean;
  /** Actors along the path, ends included. */
  actors: { id: string; name: string }[];
  hops: PathHop[];
  /** Definite only when every hop has a definite tie. */
  certainty: InForce | null;
}

/** path(a, b, asOf): a shortest chain of ties between two actors on a day, with the types of each hop. */
export async function path(store: Store, from: string, to: string, asOf: string, options: QueryOptions & { minCertainty?: InForce } = {}): Promise<PathResult> {
  for (const id of [from, to])
    if (!(await store.get('actor', id, options.recordedAt ? { recordedAt: options.recordedAt } : {}))) throw new NotFoundError('actor', id);
  const snap = await snapshot(store, { asOf, ...options });
  const graph = snapshotGraph(snap, options.minCertainty ? { minCertainty: options.minCertainty } : {});
  const empty = { asOf, from, to, found: false, actors: [], hops: [], certainty: null };
  if (!graph.hasNode(from) || !graph.hasNode(to)) return empty;
  const nodes = from === to ? [from] : shortestPath(graph, from, to);
  if (!nodes) return empty;
  const hops: PathHop[] = [];
  for (let i = 0; i + 1 < nodes.length; i++) {
    const a = nodes[i] ?? '';
    const b = nodes[i + 1] ?? '';
    const edge = graph.edge(a, b);
    hops.push({ from: a, to: b, ties: edge === undefined ? [] : graph.getEdgeAttribute(edge, 'ties') });
  }
  const certain = hops.every((h) => h.ties.some((t) => t.certainty === 'definite'));
  return {
    asOf,
    from,
    to,
    found: true,
    actors: nodes.map((id) => ({ id, name: graph.getNodeAttribute(id, 'name') })),
    hops,
    certainty: certain ? 'definite' : 'possible',
  };
}
