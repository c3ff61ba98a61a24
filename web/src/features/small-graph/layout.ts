import { UndirectedGraph } from 'graphology';
import { forceAtlas2 } from '../../../../src/analysis/graph-plugins.js';
import { seededPosition } from '../../../../src/analysis/random.js';

/** A node's place in a unit square, [0, 1] on both axes. */
export type Placed = Map<string, { x: number; y: number }>;

/**
 * ForceAtlas2 (graphology-layout-forceatlas2) from start positions seeded by each id, for a fixed
 * number of passes, scaled into the unit square: the same actors and ties always land in the same
 * places, so two drawings of one layout (before and after) can be compared side by side.
 */
export function layoutSmallGraph(nodes: readonly string[], edges: readonly (readonly [string, string])[], iterations = 300): Placed {
  const graph = new UndirectedGraph();
  for (const id of nodes) if (!graph.hasNode(id)) graph.addNode(id, seededPosition(id));
  for (const [a, b] of edges) if (a !== b && graph.hasNode(a) && graph.hasNode(b) && !graph.hasEdge(a, b)) graph.addEdge(a, b);
  if (graph.order > 1) {
    // Strong gravity keeps actors tied to no one else near the middle rather than at the edges.
    forceAtlas2.assign(graph, {
      iterations,
      settings: { ...forceAtlas2.inferSettings(graph), gravity: 3, scalingRatio: 10, strongGravityMode: true, barnesHutOptimize: false },
    });
  }
  const xs: number[] = [];
  const ys: number[] = [];
  graph.forEachNode((_id, a) => {
    xs.push(a['x'] as number);
    ys.push(a['y'] as number);
  });
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const spanX = maxX - minX || 1;
  const spanY = maxY - minY || 1;
  const placed: Placed = new Map();
  graph.forEachNode((id, a) =>
    placed.set(id, { x: graph.order === 1 ? 0.5 : ((a['x'] as number) - minX) / spanX, y: graph.order === 1 ? 0.5 : ((a['y'] as number) - minY) / spanY }),
  );
  return placed;
}
