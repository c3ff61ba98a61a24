/**
 * Candidate relations of one sentence: every ordered pair of an actor (or an anaphor standing for the
 * document's subject) and another mention, with the features the ranker scores.
 */
import type { Mention } from '../../mentions/find-mentions.js';
import type { TaggedToken } from '../../text/tagger.js';
import type { SentenceView } from '../sentence-view.js';
import type { Anaphor } from '../subject.js';
import { kindOf, pairFeatures, type Slot } from './features.js';

export interface PairCandidate {
  from: Mention;
  to: Mention;
  /** `kind>kind` of the two ends, which says the relation types the pair may hold. */
  kinds: string;
  features: string[];
}

function slotOf(tokens: readonly TaggedToken[], m: Mention, anaphor: boolean): Slot | undefined {
  const first = tokens.findIndex((t) => t.end > m.start);
  if (first < 0 || (tokens[first] as TaggedToken).start >= m.end) return undefined;
  let last = first;
  while (last + 1 < tokens.length && (tokens[last + 1] as TaggedToken).start < m.end) last++;
  return { mention: m, first, last, anaphor };
}

export function pairCandidates(view: SentenceView, tokens: readonly TaggedToken[], anaphors: readonly Anaphor[]): PairCandidate[] {
  const slots: Slot[] = [];
  for (const m of [...view.actors, ...view.places]) {
    const s = slotOf(tokens, m, false);
    if (s) slots.push(s);
  }
  for (const a of anaphors) slots.push({ mention: a.mention, first: a.first, last: a.last, anaphor: true });
  slots.sort((x, y) => x.first - y.first);
  const out: PairCandidate[] = [];
  for (const a of slots) {
    if (a.mention.kind !== 'actor') continue;
    for (const b of slots) {
      if (b === a || b.mention.id === a.mention.id) continue;
      out.push({ from: a.mention, to: b.mention, kinds: `${kindOf(a.mention)}>${kindOf(b.mention)}`, features: pairFeatures(tokens, slots, a, b) });
    }
  }
  return out;
}
