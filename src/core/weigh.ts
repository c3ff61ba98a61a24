import type { Claim } from './model/claim.js';
import type { Source } from './model/source.js';
import type { ClaimCredibility, SourceReliability } from './vocab/admiralty.js';

/**
 * W1: what a source's grade and a claim's credibility count for. "Cannot be judged" (F, 6) counts for
 * a little, not for nothing: it says nothing against the document.
 */
export const RELIABILITY_WEIGHT: Record<SourceReliability, number> = { A: 1, B: 0.8, C: 0.6, D: 0.35, E: 0.1, F: 0.3 };
export const CREDIBILITY_WEIGHT: Record<ClaimCredibility, number> = { 1: 1, 2: 0.8, 3: 0.6, 4: 0.35, 5: 0.1, 6: 0.3 };

/** How much one side of a disagreement weighs, and why (W1–W3). */
export interface ReadingWeight {
  /** The sum over independent documents of reliability × the best credibility of the claims citing it. */
  score: number;
  /** Documents cited, and how many of them are independent (W2). */
  sources: number;
  independent: number;
  /** The best grade among them, as Admiralty writes it ("B2"). */
  strongest: string;
  /** The date of the latest document (W3: recency is shown, not added to the score). */
  latest?: string;
}

/**
 * W1–W3: weighs the claims supporting one reading. Documents that reproduce another (a source's
 * `basedOn`) count once with it (W2); each independent group counts for its best document and claim.
 */
export function weighReading(claims: readonly Claim[], sourceById: ReadonlyMap<string, Source>): ReadingWeight {
  const best = new Map<string, ClaimCredibility>();
  for (const claim of claims)
    for (const e of claim.evidence) {
      const known = best.get(e.source);
      if (known === undefined || claim.credibility < known) best.set(e.source, claim.credibility);
    }
  const origin = (id: string): string => {
    const seen = new Set<string>();
    let at = id;
    for (let next = sourceById.get(at)?.basedOn?.[0]; next !== undefined && !seen.has(next); next = sourceById.get(at)?.basedOn?.[0]) {
      seen.add(at);
      at = next;
    }
    return at;
  };
  const groups = new Map<string, number>();
  let strongest = '';
  let strongestValue = -1;
  let latest: string | undefined;
  for (const [id, credibility] of best) {
    const source = sourceById.get(id);
    const reliability = source?.reliability ?? 'F';
    const value = RELIABILITY_WEIGHT[reliability] * CREDIBILITY_WEIGHT[credibility];
    const group = origin(id);
    groups.set(group, Math.max(groups.get(group) ?? 0, value));
    if (value > strongestValue) [strongest, strongestValue] = [`${reliability}${credibility}`, value];
    if (source?.date && (latest === undefined || source.date > latest)) latest = source.date;
  }
  const score = Math.round([...groups.values()].reduce((sum, v) => sum + v, 0) * 100) / 100;
  return { score, sources: best.size, independent: groups.size, strongest, ...(latest ? { latest } : {}) };
}
