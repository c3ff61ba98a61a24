// Actors or places joined by commas and "and" around a first one: the list a subject or an object may be.
import type { Mention } from '../mentions/find-mentions.js';
import type { SentenceView } from './sentence-view.js';

// "Aguelhok et de Tessalit", "in Kidal and in Gao": a preposition repeated after the conjunction.
const LIST_GAP =
  /^\)?\s*(?:,|,?\s*and|,?\s*et|,?\s*as\s+well\s+as|,?\s*along\s+with|&|\/|–|-)\s*(?:(?:de|du|des|à|au|aux|dans|en|in|to|at)\s+|d['’])?(?:(?:the|les?|la|an?|une)\s+(?:[\p{Ll}-]+\s+)?|l['’])?(?:(?<=(?:the|la|l['’])\s*(?:[\p{L}-]+\s+)?)(?:branch|wing|emirate|branche|aile)(?:\s+[\p{Ll}-]+)?\s+(?:of|de|du|d['’])\s*(?:the\s+|la\s+|l['’])?)?$/iu;
/** A sentence's opening preposition (maybe after a date) whose object is not the clause's subject. */
const FRONTED_PREPOSITION =
  /^(?:[^,]{1,24},\s*)?(?:au\s+sein\s+(?:du|des|de\s+la|de\s+l['’]|de|d['’])|dans\s+les\s+rangs\s+(?:du|des|de\s+la|de\s+l['’]|de|d['’])|within|inside|in\s+the\s+ranks\s+of|selon|d['’]apr[èe]s|according\s+to)\s*(?:(?:the|le|la|les)\s+|l['’])?$/iu;
const SUBJECT_PRONOUN = /^(?:it|he|she|il|elle)$/iu;
export const POSSESSIVE = /^(?:its|their|ses|son|sa|leurs?)$/iu;
const ALLIES = String.raw`(?:all(?:y|ies)|alli[ée]e?s?|partners?|partenaires?)(?:\s+(?!(?:of|de|du|des)\s)\p{Ll}[\p{Ll}-]*)?(?:\s+(?:of|de|du|des)\s*(?:(?:the|la|le)\s+|l['’])?(?:(?:group|groupe)\s+)?|\s+)`;
const ALLIES_GAP = new RegExp(String.raw`^\s*,?\s*(?:and|et)\s+(?:its|their|ses|leurs?|son|sa)\s+${ALLIES}$`, 'iu');
const ALLIES_AFTER_POSSESSIVE = new RegExp(String.raw`^\s+${ALLIES}$`, 'iu');

/** "Timbuktu on 28 June and Léré": places of one list, each with its own date. */
const DATED_LIST_GAP = /^\s+(?:on|in|by|le|en)\s+[^,;.()]{1,24}?\s*,?\s+(?:and|et|then|puis)\s+(?:(?:the|la|le)\s+|l['’])?$/iu;

/** Actors (or places) joined by commas and "and" around a first one, in reading order. */
export function coordinated(view: SentenceView, first: Mention, direction: -1 | 1, actors: readonly Mention[] = view.actors): Mention[] {
  const listGap = (gap: string) =>
    LIST_GAP.test(gap) ||
    (first.kind === 'place' &&
      DATED_LIST_GAP.test(gap) &&
      !view.actors.some((a) => a.start >= first.start && a.start < first.start + 120 && a.start > first.end && gap.includes(a.surface)));
  const list = [first];
  let k = actors.indexOf(first);
  for (;;) {
    const next = actors[k + direction];
    if (!next) break;
    const [a, b] = direction === 1 ? [actors[k] as Mention, next] : [next, actors[k] as Mention];
    const gap = view.text.slice(a.end - view.start, b.start - view.start);
    // "Long Name (ACR)" is one actor named twice.
    if (a.id === b.id && /^\s*\(\s*$|^\s*\)\s*$/.test(gap)) {
      k += direction;
      continue;
    }
    // "the Ménaka Region of Mali and in the Tillabéri Region of Niger": a country after "of" qualifies the place before it.
    if (first.kind === 'place' && direction === 1 && next.type === 'country' && /^\s+(?:of|de|du|in|au|en)\s+(?:the\s+)?$/iu.test(gap)) {
      k += direction;
      continue;
    }
    // "X left Y, and it joined Z": a subject pronoun after the conjunction opens a clause; it is no item of a list.
    if (SUBJECT_PRONOUN.test(a.surface) || SUBJECT_PRONOUN.test(b.surface)) break;
    // "Au sein du JNIM, la katiba…", "Selon la CMA, le GATIA…": the object of a fronted preposition is no item of the list.
    if (a.kind === 'actor' && FRONTED_PREPOSITION.test(view.text.slice(0, a.start - view.start))) break;
    // "both groups" stands for several actors at one span: a list of its own.
    // "X et leurs alliés du groupe Y", "X and its allies Y": the allies act with X.
    const allies = ALLIES_GAP.test(gap) || (POSSESSIVE.test(a.surface) && ALLIES_AFTER_POSSESSIVE.test(gap));
    if (!listGap(gap) && !allies && !(a.start === b.start && a.end === b.end)) break;
    if (!list.some((m) => m.id === next.id)) list.push(next);
    k += direction;
  }
  return direction === 1 ? list : list.reverse();
}
