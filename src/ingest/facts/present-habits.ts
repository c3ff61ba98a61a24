/**
 * Fighting told in the simple present with its object and no date (« le JNIM combat l'EIS », « où elles affrontent les
 * combattants du JNIM », "the two coalitions fight each other in the Gourma") is a rivalry that lasts, not an incident.
 * Only verbs of fighting: an attack verb in the present is as often a narrative present telling one incident, and a
 * chronology's present ("16 March – JNIM attacks a post") is dated anyway.
 */
import type { SentenceView } from './sentence-view.js';

// English verbs of fighting in the present: the bare plural form or the third person. The nouns spelled alike are told
// apart by the words around them (a noun follows a determiner or a preposition, and a preposition follows it).
const ENGLISH_PRESENT = /^(?:fights?|clash(?:es)?|battles?)$/iu;
// French verbs of fighting in the present indicative, third person; "s'affrontent" is the pronominal form.
const FRENCH_PRESENT = /^(?:combat|combattent|(?:s['’])?affronte(?:nt)?)$/iu;
/** Words a noun follows: determiners, possessives, prepositions, and a few adjectives of number. */
const BEFORE_A_NOUN =
  /(?<![\p{L}])(?:the|a|an|its|their|his|her|this|that|these|those|of|in|on|by|for|with|after|before|during|new|first|latest|recent|le|la|les|l['’]|un|une|des|du|de|d['’]|cette|ce|ces|son|sa|ses|leur|leurs|apr[èe]s|avant|lors|par|pour|nouvelle?|premi[èe]re?|derni[èe]re?)\s*$/iu;
/** What a present verb takes: an object with its determiner, a name, or an adverb of habit. */
const OBJECT_AFTER =
  /^\s+(?:the|a|an|its|their|army|government|villages?|roads?|convoys?|le|la|les|l['’]|un|une|des|aux|au|r[ée]guli[èe]rement|souvent|aussi|encore|toujours|regularly|often|also|still|\p{Lu})/u;

/** Whether the trigger is a verb of fighting in the simple present taking an object: a habit when nothing dates it. */
export function isPresentHabit(view: SentenceView, at: { start: number; end: number; text: string }): boolean {
  const word = at.text.trim();
  if (!ENGLISH_PRESENT.test(word) && !FRENCH_PRESENT.test(word)) return false;
  const before = view.text.slice(Math.max(0, at.start - view.start - 30), at.start - view.start);
  const after = view.text.slice(at.end - view.start, at.end - view.start + 30);
  return !BEFORE_A_NOUN.test(before) && OBJECT_AFTER.test(after);
}
