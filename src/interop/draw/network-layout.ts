import { UndirectedGraph } from 'graphology';
import { forceAtlas2 } from '../../analysis/graph-plugins.js';
import { sha256Hex } from '../../core/text/normalise.js';

export interface LayoutInput {
  nodes: readonly { id: string }[];
  edges: readonly { source: string; target: string }[];
}

/** A start position from the id alone, so an actor starts in the same place whatever the date drawn. */
function seedPosition(id: string): { x: number; y: number } {
  const h = sha256Hex(id);
  const a = Number.parseInt(h.slice(0, 8), 16) / 0xffffffff;
  const b = Number.parseInt(h.slice(8, 16), 16) / 0xffffffff;
  return { x: (a - 0.5) * 100, y: (b - 0.5) * 100 };
}

/**
 * ForceAtlas2 from seeded start positions for a fixed number of iterations: the same graph always
 * gets the same layout, and pictures of nearby dates look alike.
 */
export function layoutNetwork(input: LayoutInput, iterations = 400): Map<string, { x: number; y: number }> {
  const graph = new UndirectedGraph();
  for (const n of input.nodes) graph.addNode(n.id, seedPosition(n.id));
  for (const e of input.edges) if (graph.hasNode(e.source) && graph.hasNode(e.target) && !graph.hasEdge(e.source, e.target)) graph.addEdge(e.source, e.target);
  if (graph.order > 1) {
    const settings = { ...forceAtlas2.inferSettings(graph), gravity: 1.5, scalingRatio: 8, barnesHutOptimize: false };
    forceAtlas2.assign(graph, { iterations, settings });
  }
  const out = new Map<string, { x: number; y: number }>();
  graph.forEachNode((id, a) => out.set(id, { x: a['x'] as number, y: a['y'] as number }));
  return out;
}
