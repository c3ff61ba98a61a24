/**
 * When a town of the offline gazetteer (sahel-towns.json) is a place without a locative cue before it: incident logs
 * and bulletins write it as a heading ("31/10 – Djibo (province du Soum) – …"), a complement ("le blocus de Djibo") or
 * an end of a road ("axe Kaya–Dori"). A short name or one that is also a person's is read so only where nothing makes
 * it a word or a person: not at the start of a sentence (where any word has a capital), never written in lower case in
 * the same text ("Pa", "San", "Say"), not after a title or beside a given or family name ("Boubacar Djibo").
 */
import type { Token } from '../text/tokens.js';

/** Titles that make the next name a person's. */
const TITLE_BEFORE =
  /(?:^|[\s(])(?:M\.|Mr\.?|Mrs\.?|Ms\.?|Mme|Dr\.?|President|Président|General|Général|Colonel|Minister|Ministre|Sheikh|Cheikh|Imam|Chief|Chef)\s+$/u;
/** Where a sentence or a line starts: a capital there says nothing. */
const SENTENCE_START = /(?:^|[.!?:;]\s+|\n\s*)$/u;

/**
 * Whether the gazetteer town at tokens i..j is a place though no locative cue precedes it. `isPersonName` is asked of
 * the capitalised words beside it, so that a family name spelled as a town inside a person's name is left alone.
 */
export function isUncuedTown(text: string, tokens: readonly Token[], i: number, j: number, isPersonName: (keys: readonly string[]) => boolean): boolean {
  const first = tokens[i] as Token;
  const last = tokens[j] as Token;
  const letters = text.slice(first.start, last.end).replace(/[^\p{L}]/gu, '');
  if (letters.length < 4) return false;
  const before = text.slice(Math.max(0, first.start - 30), first.start);
  if (SENTENCE_START.test(before) || TITLE_BEFORE.test(before)) return false;
  // A capitalised neighbour joined by a space that is a given or family name makes a person's name ("Djibo Bakary").
  const prev = tokens[i - 1];
  const next = tokens[j + 1];
  const neighbour = (t: Token | undefined, gap: string) => t !== undefined && /^ $/.test(gap) && /^\p{Lu}/u.test(t.surface) && isPersonName([t.key]);
  if (neighbour(prev, prev ? text.slice(prev.end, first.start) : '') || neighbour(next, next ? text.slice(last.end, next.start) : '')) return false;
  // A word the text also writes in lower case is a common word that happens to be a town's name.
  const word = text.slice(first.start, last.end);
  const lower = word.toLocaleLowerCase('fr');
  return !new RegExp(`(?<![\\p{L}])${lower.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(text);
}
