/**
 * Relations the trained ranker finds among a sentence's candidate pairs. One logistic model per
 * relation type, applied to the pairs whose kinds that type took in training; a pair the trigger
 * table also proposed carries the feature `pat`. Weights: relation-ranker.json, written by
 * `npx tsx eval/train-ranker.ts` from the annotations of the tuned-on seeds only.
 */
import { RELATION_TYPES, type RelationType } from '../../../core/vocab/relation-types.js';
import type { ExtractedRelation } from '../extract-relations.js';
import type { PairCandidate } from './candidates.js';
import { knownFeatures } from './known-ties.js';
import { relationKey } from './relation-key.js';
import { probability } from './logistic.js';
import model from './relation-ranker.json' with { type: 'json' };

export interface TypeModel {
  /** `kind>kind` pairs the type was seen with in training. */
  kinds: string[];
  weights: Record<string, number>;
}
export interface RankerModel {
  threshold: number;
  types: Record<string, TypeModel>;
}

export const RANKER: RankerModel = model as RankerModel;

export { relationKey };

/**
 * The features a candidate has for one type: its own, `pat` when the trigger table proposed the same relation,
 * and `kb` or `kbo` when the graph already records this tie or another between the same two.
 */
export function typedFeatures(c: PairCandidate, type: string, proposed: ReadonlySet<string>): string[] {
  const typed = knownFeatures(c.known, type, c.from.id, c.to.id);
  if (proposed.has(relationKey(type, c.from.id, c.to.id))) typed.push('pat');
  return typed.length === 0 ? c.features : [...c.features, ...typed];
}

/** The best-scored pair per relation above the threshold. */
export function rankRelations(
  candidates: readonly PairCandidate[],
  proposed: ReadonlySet<string>,
  ranker: RankerModel,
  sentence: number,
  valid: (type: RelationType) => string | undefined,
): ExtractedRelation[] {
  const best = new Map<string, { relation: ExtractedRelation; probability: number }>();
  for (const c of candidates) {
    for (const [type, m] of Object.entries(ranker.types)) {
      if (!m.kinds.includes(c.kinds)) continue;
      const p = probability(m.weights, typedFeatures(c, type, proposed));
      if (p < ranker.threshold) continue;
      const key = relationKey(type, c.from.id, c.to.id);
      if ((best.get(key)?.probability ?? 0) >= p) continue;
      const t = type as RelationType;
      const [from, to] = RELATION_TYPES[t].symmetric && c.from.id > c.to.id ? [c.to, c.from] : [c.from, c.to];
      const v = valid(t);
      const trigger = { start: Math.min(c.from.start, c.to.start), end: Math.max(c.from.end, c.to.end) };
      best.set(key, { relation: { type: t, from, to, ...(v ? { valid: v } : {}), sentence, trigger }, probability: p });
    }
  }
  return [...best.values()].map((b) => b.relation);
}
