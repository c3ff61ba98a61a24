/**
 * Acronyms built from the first syllables of a name's words rather than from its initials, which French writes with
 * one capital: "Compagnie malienne de navigation (Comanav)", « Société nationale des transports (Sonatra) ». The
 * bracketed word is read as the acronym of the name before it when it splits, in order, into the beginnings (two
 * letters or more) of every content word of that name; a capitalised word in brackets that does not ("(Mali)", "(Gao)")
 * is left alone.
 */
import { foldName } from '../../core/text/normalise.js';
import { slugOf } from '../../core/text/slug.js';
import type { ActorKind } from '../../core/vocab/actor-kinds.js';
import type { Token } from '../text/tokens.js';
import type { ProposedActor } from './new-actors.js';

/** Articles and prepositions a syllabic acronym skips. */
const FUNCTION_WORDS = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'et', 'pour', 'of', 'the', 'and', 'for', 'au', 'aux', 'en']);

/** Whether `acronym` is made of a beginning of each word, in order, each two letters or more. */
function splitsInto(acronym: string, words: readonly string[]): boolean {
  const [word, ...rest] = words;
  if (word === undefined) return acronym === '';
  for (let n = Math.min(acronym.length, word.length); n >= 2; n--) if (word.startsWith(acronym.slice(0, n)) && splitsInto(acronym.slice(n), rest)) return true;
  return false;
}

/** "Long name (Syllabic)": the name, from its capitalised first word, proposed with its acronym. */
export function syllabicDefinitions(text: string, tokens: readonly Token[], kindOf: (name: string) => ActorKind): ProposedActor[] {
  const out: ProposedActor[] = [];
  for (const m of text.matchAll(/\(\s*(\p{Lu}\p{Ll}{3,11})\s*\)/gu)) {
    const acronym = m[1] ?? '';
    const endIndex = tokens.findIndex((t) => t.start >= m.index) - 1;
    const last = tokens[endIndex];
    if (!last || !/^\s*$/.test(text.slice(last.end, m.index))) continue;
    for (let k = endIndex - 1; k >= Math.max(0, endIndex - 8); k--) {
      const t = tokens[k] as Token;
      // Only the gaps a name holds: spaces, hyphens, apostrophes.
      if (!/^[\s\-–'’]{1,2}$/.test(text.slice(t.end, (tokens[k + 1] as Token).start))) break;
      const words = tokens
        .slice(k, endIndex + 1)
        .filter((w) => !FUNCTION_WORDS.has(w.key))
        .map((w) => w.key);
      if (!/^\p{Lu}/u.test(t.surface) || words.length < 2 || !splitsInto(foldName(acronym), words)) continue;
      const name = text.slice(t.start, last.end);
      const end = m.index + m[0].length;
      out.push({ id: `actor:${slugOf(acronym)}`, name, kind: kindOf(name), acronym, start: t.start, end, surface: text.slice(t.start, end), cue: 'acronym' });
      break;
    }
  }
  return out;
}
