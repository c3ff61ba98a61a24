import { snapshotGraph, type SnapshotGraph } from '../../analysis/graph.js';
import { hopsBetween, pathsOfLength } from '../../analysis/paths.js';
import type { InForce } from '../../analysis/snapshot.js';
import { CERTAINTY_RANK } from '../../core/ties/tie-span.js';
import { NotFoundError } from '../../core/errors.js';
import type { Store } from '../../core/store-port.js';
import type { Footnote } from '../footnotes.js';
import { subjectFootnotes } from './footnotes.js';
import { namesOf, type QueryOptions } from './load.js';
import { snapshot } from './snapshot.js';

/** A tie on a hop: its type and ends as recorded (either way round the hop), its interval, how certain it is in the period, and its claims by footnote number. */
export interface PathTie {
  id: string;
  type: string;
  from: string;
  to: string;
  certainty: InForce;
  valid: string;
  footnotes: number[];
}

/** One hop of a path: the two actors and every tie between them that day. */
export interface PathHop {
  from: string;
  to: string;
  ties: PathTie[];
}

/** One chain of actors from one end to the other, as certain as its weakest hop (each hop as its strongest tie). */
export interface PathRoute {
  certainty: InForce;
  actors: { id: string; name: string }[];
  hops: PathHop[];
}

export interface PathResult {
  asOf: string;
  from: string;
  to: string;
  found: boolean;
  /** The first route's actors, ends included. */
  actors: { id: string; name: string }[];
  hops: PathHop[];
  /** The first route's certainty: the weakest hop's, each hop as certain as its strongest tie (D8, D9). */
  certainty: InForce | null;
  /**
   * Every route worth reading, definite first, then possible, then presumed: at each certainty the
   * shortest chains that need it; when the ends are tied directly, also the chains through one third
   * actor, which say what else joins them. At most `ROUTES_PER_LEVEL` chains of each length per level.
   */
  routes: PathRoute[];
  /** The footnotes the ties cite by number. */
  notes: Footnote[];
}

const LEVELS: readonly InForce[] = ['definite', 'possible', 'presumed'];
const ROUTES_PER_LEVEL = 6;

/**
 * path(a, b, asOf): how two actors are connected in a period. Definite chains first: a chain of
 * definite ties wins over a shorter one that needs a possible tie, which wins over one that needs a
 * presumed tie; each tie with its interval and the claims behind it.
 */
export async function path(store: Store, from: string, to: string, asOf: string, options: QueryOptions & { minCertainty?: InForce } = {}): Promise<PathResult> {
  for (const id of [from, to])
    if (!(await store.get('actor', id, options.recordedAt ? { recordedAt: options.recordedAt } : {}))) throw new NotFoundError('actor', id);
  const snap = await snapshot(store, { asOf, ...options });
  const recorded = new Map(snap.ties.map((t) => [t.id, t]));
  const weakest = options.minCertainty ? LEVELS.indexOf(options.minCertainty) : LEVELS.length - 1;
  const chains: { level: InForce; graph: SnapshotGraph; nodes: string[] }[] = [];
  const seen = new Set<string>();
  for (const level of LEVELS.slice(0, weakest + 1)) {
    const graph = snapshotGraph(snap, { minCertainty: level });
    const shortest = from === to ? 0 : hopsBetween(graph, from, to);
    if (shortest === undefined) continue;
    const lengths = shortest === 0 ? [] : shortest === 1 ? [1, 2] : [shortest];
    const found = shortest === 0 ? [[from]] : lengths.flatMap((n) => pathsOfLength(graph, from, to, n, ROUTES_PER_LEVEL));
    for (const nodes of found) {
      const key = nodes.join('>');
      if (seen.has(key)) continue;
      seen.add(key);
      chains.push({ level, graph, nodes });
    }
  }
  const book = await subjectFootnotes(
    store,
    [...new Set(chains.flatMap(({ graph, nodes }) => edgeTies(graph, nodes).map((t) => t.id)))],
    await namesOf(store, options),
    options,
  );
  const routes: PathRoute[] = chains.map(({ graph, nodes }) => {
    const hops = nodes.slice(1).map((b, i): PathHop => {
      const a = nodes[i] ?? '';
      const edge = graph.edge(a, b);
      const ties = edge === undefined ? [] : graph.getEdgeAttribute(edge, 'ties');
      return {
        from: a,
        to: b,
        ties: ties.map((t) => {
          const tie = recorded.get(t.id);
          return { ...t, from: tie?.from ?? a, to: tie?.to ?? b, valid: tie?.valid ?? '', footnotes: book.of(t.id) };
        }),
      };
    });
    const hopCertainty = (hop: PathHop) =>
      hop.ties.reduce<InForce>((best, t) => (CERTAINTY_RANK[t.certainty] > CERTAINTY_RANK[best] ? t.certainty : best), 'presumed');
    const certainty = hops.reduce<InForce>((worst, hop) => (CERTAINTY_RANK[hopCertainty(hop)] < CERTAINTY_RANK[worst] ? hopCertainty(hop) : worst), 'definite');
    return { certainty, actors: nodes.map((id) => ({ id, name: graph.getNodeAttribute(id, 'name') })), hops };
  });
  // Within a certainty, shorter chains first; the search order already puts definite before possible before presumed.
  routes.sort((a, b) => CERTAINTY_RANK[b.certainty] - CERTAINTY_RANK[a.certainty] || a.hops.length - b.hops.length);
  const first = routes[0];
  return {
    asOf,
    from,
    to,
    found: first !== undefined,
    actors: first?.actors ?? [],
    hops: first?.hops ?? [],
    certainty: first?.certainty ?? null,
    routes,
    notes: book.notes,
  };
}

/** The ties on the hops of a chain. */
function edgeTies(graph: SnapshotGraph, nodes: readonly string[]): { id: string }[] {
  return nodes.slice(1).flatMap((b, i) => {
    const edge = graph.edge(nodes[i] ?? '', b);
    return edge === undefined ? [] : graph.getEdgeAttribute(edge, 'ties');
  });
}
