import type { SnapshotGraph } from './graph.js';
import { RELATION_TYPES, type RelationType } from '../core/vocab/relation-types.js';

/** A signed pair of a snapshot: its sign and the signed ties (alliance, hostility) that give it. */
export interface SignedPair {
  sign: 1 | -1;
  ties: string[];
}

/** Signed pairs of a snapshot, keyed `a|b` with a < b. */
export function signedPairs(graph: SnapshotGraph): Map<string, SignedPair> {
  const pairs = new Map<string, SignedPair>();
  graph.forEachEdge((_edge, attrs, a, b) => {
    if (attrs.sign !== 'positive' && attrs.sign !== 'negative') return;
    const ties = attrs.ties.filter((t) => RELATION_TYPES[t.type as RelationType].sign !== 0).map((t) => t.id);
    pairs.set(a < b ? `${a}|${b}` : `${b}|${a}`, { sign: attrs.sign === 'positive' ? 1 : -1, ties });
  });
  return pairs;
}

/** What fluidity needs to know of a tie: whether sources date its start and its end. */
export interface TieDating {
  startDated: boolean;
  endDated: boolean;
}

export interface Fluidity {
  before: number;
  after: number;
  /** New pairs with a tie whose start a source dates. */
  formed: number;
  /** Pairs gone with a tie whose end a source dates. */
  ended: number;
  /** Pairs that turned from allies to enemies or back. */
  flipped: number;
  /** New pairs whose ties no source dates the start of: first attested, not known to be formed. */
  appeared: number;
  /** Pairs gone without a dated end: their presumption ran out, not known to have ended. */
  lapsed: number;
  /** (formed + ended + flipped) over every pair signed in either snapshot; null when there are none. */
  share: number | null;
}

/**
 * Alliance fluidity: how many alliance and hostility ties change between two consecutive snapshots.
 * A pair counts as formed only when a source dates a start of one of its ties, and as ended only when
 * a source dates an end; a tie first attested by a report, or no longer presumed, is not a change.
 */
export function allianceFluidity(
  before: ReadonlyMap<string, SignedPair>,
  after: ReadonlyMap<string, SignedPair>,
  dating: (tieId: string) => TieDating | undefined,
): Fluidity {
  let formed = 0;
  let ended = 0;
  let flipped = 0;
  let appeared = 0;
  let lapsed = 0;
  for (const [pair, { sign, ties }] of before) {
    const next = after.get(pair);
    if (next === undefined) {
      if (ties.some((t) => dating(t)?.endDated)) ended++;
      else lapsed++;
    } else if (next.sign !== sign) flipped++;
  }
  for (const [pair, { ties }] of after) {
    if (before.has(pair)) continue;
    if (ties.some((t) => dating(t)?.startDated)) formed++;
    else appeared++;
  }
  const union = before.size + formed + appeared;
  return {
    before: before.size,
    after: after.size,
    formed,
    ended,
    flipped,
    appeared,
    lapsed,
    share: union === 0 ? null : (formed + ended + flipped) / union,
  };
}
