/**
 * Ties the graph already records, as the relation ranker weighs them: a report that names two actors the
 * graph links, in a sentence that reads like the tie, most often restates that tie. The ranker learns how
 * much that counts beside the sentence's own words (features `kb`, the same type, and `kbo`, another type
 * between the same two), so a restated tie is proposed as support for the recorded one and a pair the graph
 * does not link still needs the words alone.
 */
import { relationKey } from './relation-key.js';

/** A recorded tie's type and ends. */
export interface KnownTie {
  type: string;
  from: string;
  to: string;
}

export class KnownTies {
  private readonly keys = new Set<string>();
  private readonly pairs = new Set<string>();

  constructor(ties: readonly KnownTie[] = []) {
    for (const t of ties) {
      this.keys.add(relationKey(t.type, t.from, t.to));
      this.pairs.add(pairKey(t.from, t.to));
    }
  }

  /** Whether the graph records this tie (either order for a symmetric type). */
  has(type: string, from: string, to: string): boolean {
    return this.keys.has(relationKey(type, from, to));
  }

  /** Whether the graph records any tie between the two, in either direction. */
  links(a: string, b: string): boolean {
    return this.pairs.has(pairKey(a, b));
  }
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** The features a recorded tie adds to a candidate for one type. */
export function knownFeatures(known: KnownTies | undefined, type: string, from: string, to: string): string[] {
  if (!known?.links(from, to)) return [];
  return known.has(type, from, to) ? ['kb'] : ['kbo'];
}
