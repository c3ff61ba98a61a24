/**
 * Candidate relations of one sentence: every ordered pair of an actor (or an anaphor standing for the
 * document's subject) and another mention, with the features the ranker scores.
 */
import type { Mention } from '../../mentions/find-mentions.js';
import type { TaggedToken } from '../../text/tagger.js';
import type { SentenceView } from '../sentence-view.js';
import type { Anaphor } from '../subject.js';
import { kindOf, pairFeatures, type Slot } from './features.js';
import type { KnownTies } from './known-ties.js';

export interface PairCandidate {
  from: Mention;
  to: Mention;
  /** `kind>kind` of the two ends, which says the relation types the pair may hold. */
  kinds: string;
  features: string[];
  /** The ties the graph already records, which the ranker weighs per type (`known-ties.ts`). */
  known?: KnownTies;
}

/** Pairs further apart than this many mentions are not candidates: it keeps a sentence's pairs linear in its mentions. */
const MAX_SLOT_DISTANCE = 12;

function slotOf(tokens: readonly TaggedToken[], m: Mention, anaphor: boolean): Slot | undefined {
  // The first token ending after the mention starts, by bisection (a long sentence may hold many mentions).
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as TaggedToken).end > m.start) hi = mid;
    else lo = mid + 1;
  }
  const first = lo < tokens.length ? lo : -1;
  if (first < 0 || (tokens[first] as TaggedToken).start >= m.end) return undefined;
  let last = first;
  while (last + 1 < tokens.length && (tokens[last + 1] as TaggedToken).start < m.end) last++;
  return { mention: m, first, last, anaphor };
}

export function pairCandidates(view: SentenceView, tokens: readonly TaggedToken[], anaphors: readonly Anaphor[], known?: KnownTies): PairCandidate[] {
  const slots: Slot[] = [];
  for (const m of [...view.actors, ...view.places]) {
    const s = slotOf(tokens, m, false);
    if (s) slots.push(s);
  }
  for (const a of anaphors) slots.push({ mention: a.mention, first: a.first, last: a.last, anaphor: true });
  slots.sort((x, y) => x.first - y.first);
  const out: PairCandidate[] = [];
  slots.forEach((a, i) => {
    if (a.mention.kind !== 'actor') return;
    for (let j = Math.max(0, i - MAX_SLOT_DISTANCE); j < Math.min(slots.length, i + MAX_SLOT_DISTANCE + 1); j++) {
      const b = slots[j] as Slot;
      if (b === a || b.mention.id === a.mention.id) continue;
      out.push({
        from: a.mention,
        to: b.mention,
        kinds: `${kindOf(a.mention)}>${kindOf(b.mention)}`,
        features: pairFeatures(tokens, slots, a, b, { text: view.text, offset: view.start }),
        ...(known ? { known } : {}),
      });
    }
  });
  return out;
}
