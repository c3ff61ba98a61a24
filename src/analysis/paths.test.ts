import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { ActorNode, PairEdge, SnapshotGraph } from './graph.js';
import { hopsBetween, pathsOfLength } from './paths.js';

function graphOf(edges: [string, string][]): SnapshotGraph {
  const graph: SnapshotGraph = new UndirectedGraph<ActorNode, PairEdge>();
  for (const [a, b] of edges) {
    for (const n of [a, b]) if (!graph.hasNode(n)) graph.addNode(n, { name: n, kind: 'armed_group', certainty: 'definite' });
    graph.addEdge(a, b, { ties: [], sign: 'unsigned', certainty: 'definite' });
  }
  return graph;
}

describe('paths between two actors', () => {
  // a–b direct; a–c–b and a–d–b through a third; a–d–e–b longer.
  const graph = graphOf([
    ['a', 'b'],
    ['a', 'c'],
    ['c', 'b'],
    ['a', 'd'],
    ['d', 'b'],
    ['d', 'e'],
    ['e', 'b'],
  ]);

  it('counts the hops of a shortest chain, and none between unconnected actors', () => {
    expect(hopsBetween(graph, 'a', 'b')).toBe(1);
    expect(hopsBetween(graph, 'c', 'e')).toBe(2);
    graph.addNode('z', { name: 'z', kind: 'armed_group', certainty: 'definite' });
    expect(hopsBetween(graph, 'a', 'z')).toBeUndefined();
    graph.dropNode('z');
  });

  it('lists every chain of a given length, no actor twice, and stops at the limit', () => {
    expect(pathsOfLength(graph, 'a', 'b', 1, 10)).toEqual([['a', 'b']]);
    expect(pathsOfLength(graph, 'a', 'b', 2, 10).sort()).toEqual([
      ['a', 'c', 'b'],
      ['a', 'd', 'b'],
    ]);
    expect(pathsOfLength(graph, 'a', 'b', 3, 10)).toEqual([['a', 'd', 'e', 'b']]);
    expect(pathsOfLength(graph, 'a', 'b', 2, 1)).toHaveLength(1);
  });
});
