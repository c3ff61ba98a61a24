import type { SnapshotGraph } from './graph.js';

/** Signed pairs of a snapshot, keyed `a|b` with a < b. */
export function signedPairs(graph: SnapshotGraph): Map<string, 1 | -1> {
  const pairs = new Map<string, 1 | -1>();
  graph.forEachEdge((_edge, attrs, a, b) => {
    if (attrs.sign !== 'positive' && attrs.sign !== 'negative') return;
    pairs.set(a < b ? `${a}|${b}` : `${b}|${a}`, attrs.sign === 'positive' ? 1 : -1);
  });
  return pairs;
}

export interface Fluidity {
  before: number;
  after: number;
  formed: number;
  ended: number;
  /** Pairs that turned from allies to enemies or back. */
  flipped: number;
  /** (formed + ended + flipped) over every pair signed in either snapshot; null when there are none. */
  share: number | null;
}

/** Alliance fluidity: how many alliance and hostility ties change between two consecutive snapshots. */
export function allianceFluidity(before: ReadonlyMap<string, 1 | -1>, after: ReadonlyMap<string, 1 | -1>): Fluidity {
  let formed = 0;
  let ended = 0;
  let flipped = 0;
  for (const [pair, sign] of before) {
    const next = after.get(pair);
    if (next === undefined) ended++;
    else if (next !== sign) flipped++;
  }
  for (const pair of after.keys()) if (!before.has(pair)) formed++;
  const union = before.size + formed;
  return { before: before.size, after: after.size, formed, ended, flipped, share: union === 0 ? null : (formed + ended + flipped) / union };
}
