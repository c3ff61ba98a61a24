import { UndirectedGraph } from 'graphology';
import { RELATION_TYPES } from '../core/vocab/relation-types.js';
import { mergeSign, signOf, type PairSign } from './pair-sign.js';
import type { InForce, Snapshot } from './snapshot.js';
import { CERTAINTY_RANK } from '../core/ties/tie-span.js';

export type { PairSign } from './pair-sign.js';

export interface ActorNode {
  name: string;
  kind: string;
  certainty: InForce;
}

export interface PairEdge {
  ties: { id: string; type: string; certainty: InForce }[];
  sign: PairSign;
  /** As certain as the pair's strongest tie. */
  certainty: InForce;
}

export type SnapshotGraph = UndirectedGraph<ActorNode, PairEdge>;

export interface GraphOptions {
  /** Include instant ties (a split, a signature) as standing ties; off by default. */
  instants?: boolean;
  minCertainty?: InForce;
}

/**
 * Projects a snapshot into an undirected graphology graph: one node per actor, one edge per pair of
 * actors carrying every tie between them. Ties to places and events stay out (they are not actors).
 */
export function snapshotGraph(snapshot: Snapshot, options: GraphOptions = {}): SnapshotGraph {
  const graph: SnapshotGraph = new UndirectedGraph<ActorNode, PairEdge>();
  for (const actor of snapshot.actors) graph.addNode(actor.id, { name: actor.name, kind: actor.kind, certainty: actor.certainty });
  for (const tie of snapshot.ties) {
    const spec = RELATION_TYPES[tie.type];
    if ((spec.instant && !options.instants) || tie.from === tie.to) continue;
    if (options.minCertainty && CERTAINTY_RANK[tie.certainty] < CERTAINTY_RANK[options.minCertainty]) continue;
    if (!graph.hasNode(tie.from) || !graph.hasNode(tie.to)) continue;
    const entry = { id: tie.id, type: tie.type, certainty: tie.certainty };
    const edge = graph.edge(tie.from, tie.to);
    if (edge === undefined) {
      graph.addEdge(tie.from, tie.to, { ties: [entry], sign: signOf(spec.sign), certainty: tie.certainty });
    } else {
      const attrs = graph.getEdgeAttributes(edge);
      attrs.ties.push(entry);
      attrs.sign = mergeSign(attrs.sign, spec.sign);
      if (CERTAINTY_RANK[tie.certainty] > CERTAINTY_RANK[attrs.certainty]) attrs.certainty = tie.certainty;
    }
  }
  return graph;
}
