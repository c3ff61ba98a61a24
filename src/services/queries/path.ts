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
  /** The weakest hop's certainty, each hop as certain as its strongest tie (D8, D9). */
  certainty: InForce | null;
}

const LEVELS: readonly InForce[] = ['definite', 'possible', 'presumed'];

/**
 * path(a, b, asOf): a shortest chain of ties between two actors on a day or in a period, with the types
 * of each hop. Definite paths first: a chain of definite ties wins over a shorter one that needs a
 * possible tie, which wins over one that needs a presumed tie.
 */
export async function path(store: Store, from: string, to: string, asOf: string, options: QueryOptions & { minCertainty?: InForce } = {}): Promise<PathResult> {
  for (const id of [from, to])
    if (!(await store.get('actor', id, options.recordedAt ? { recordedAt: options.recordedAt } : {}))) throw new NotFoundError('actor', id);
  const snap = await snapshot(store, { asOf, ...options });
  const empty = { asOf, from, to, found: false, actors: [], hops: [], certainty: null };
  const weakest = options.minCertainty ? LEVELS.indexOf(options.minCertainty) : LEVELS.length - 1;
  for (const level of LEVELS.slice(0, weakest + 1)) {
    const graph = snapshotGraph(snap, { minCertainty: level });
    if (!graph.hasNode(from) || !graph.hasNode(to)) continue;
    const nodes = from === to ? [from] : shortestPath(graph, from, to);
    if (!nodes) continue;
    const hops: PathHop[] = [];
    for (let i = 0; i + 1 < nodes.length; i++) {
      const a = nodes[i] ?? '';
      const b = nodes[i + 1] ?? '';
      const edge = graph.edge(a, b);
      hops.push({ from: a, to: b, ties: edge === undefined ? [] : graph.getEdgeAttribute(edge, 'ties') });
    }
    return {
      asOf,
      from,
      to,
      found: true,
      actors: nodes.map((id) => ({ id, name: graph.getNodeAttribute(id, 'name') })),
      hops,
      certainty: level,
    };
  }
  return empty;
}
