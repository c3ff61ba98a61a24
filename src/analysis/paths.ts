import { shortestPath } from './graph-lib.js';
import type { SnapshotGraph } from './graph.js';

/**
 * The chains of actors between two nodes of exactly `length` hops (no actor twice), at most `limit`
 * of them, in the graph's own neighbour order so the answer is the same every time. A breadth-first
 * distance from the target prunes every branch that cannot arrive in the hops left.
 */
export function pathsOfLength(graph: SnapshotGraph, from: string, to: string, length: number, limit: number): string[][] {
  if (!graph.hasNode(from) || !graph.hasNode(to) || length < 1) return [];
  const distance = new Map<string, number>([[to, 0]]);
  let frontier = [to];
  for (let d = 1; d <= length && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const node of frontier)
      graph.forEachNeighbor(node, (neighbour) => {
        if (distance.has(neighbour)) return;
        distance.set(neighbour, d);
        next.push(neighbour);
      });
    frontier = next;
  }
  const found: string[][] = [];
  const walk = (chain: string[]) => {
    if (found.length >= limit) return;
    const last = chain[chain.length - 1] ?? from;
    const left = length - (chain.length - 1);
    if (left === 0) {
      if (last === to) found.push([...chain]);
      return;
    }
    graph.forEachNeighbor(last, (neighbour) => {
      const d = distance.get(neighbour);
      if (d === undefined || d > left - 1 || chain.includes(neighbour)) return;
      if (neighbour === to && left !== 1) return;
      chain.push(neighbour);
      walk(chain);
      chain.pop();
    });
  };
  walk([from]);
  return found;
}

/** The number of hops of a shortest chain between two nodes (graphology's bidirectional search), or undefined when none joins them. */
export function hopsBetween(graph: SnapshotGraph, from: string, to: string): number | undefined {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return undefined;
  if (from === to) return 0;
  const nodes = shortestPath(graph, from, to);
  return nodes ? nodes.length - 1 : undefined;
}
