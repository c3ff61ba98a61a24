import type { SnapshotGraph } from './graph.js';

/** A closed triangle of signed ties; balanced when the product of its signs is positive. */
export interface Triad {
  actors: [string, string, string];
  /** Signs of the ties a–b, b–c and a–c. */
  signs: [1 | -1, 1 | -1, 1 | -1];
  balanced: boolean;
}

export interface Balance {
  triads: number;
  balanced: number;
  /** Balanced triads over all signed triads; null when there are none. */
  share: number | null;
  unbalanced: Triad[];
}

/**
 * Structural balance of the signed network: every triangle whose three pairs are signed (allies +,
 * enemies −, from the relation table's `sign`); ambivalent and unsigned pairs are left out.
 */
export function structuralBalance(graph: SnapshotGraph): Balance {
  const order = new Map<string, number>();
  const adjacency = new Map<string, Map<string, 1 | -1>>();
  graph.forEachNode((node) => order.set(node, order.size));
  graph.forEachEdge((_edge, attrs, a, b) => {
    if (attrs.sign !== 'positive' && attrs.sign !== 'negative') return;
    const sign = attrs.sign === 'positive' ? 1 : -1;
    link(adjacency, a, b, sign);
    link(adjacency, b, a, sign);
  });
  const rank = (n: string) => order.get(n) ?? 0;
  let triads = 0;
  let balanced = 0;
  const unbalanced: Triad[] = [];
  for (const [a, na] of adjacency) {
    for (const [b, ab] of na) {
      if (rank(b) <= rank(a)) continue;
      const nb = adjacency.get(b);
      if (!nb) continue;
      for (const [c, ac] of na) {
        if (rank(c) <= rank(b)) continue;
        const bc = nb.get(c);
        if (bc === undefined) continue;
        triads++;
        if (ab * bc * ac > 0) balanced++;
        else unbalanced.push({ actors: [a, b, c], signs: [ab, bc, ac], balanced: false });
      }
    }
  }
  return { triads, balanced, share: triads === 0 ? null : balanced / triads, unbalanced };
}

function link(adjacency: Map<string, Map<string, 1 | -1>>, a: string, b: string, sign: 1 | -1): void {
  let next = adjacency.get(a);
  if (!next) adjacency.set(a, (next = new Map()));
  next.set(b, sign);
}
