/**
 * Where a group goes: a verb of arrival, return or spread with a place after a preposition of direction ("returned to
 * Kidal", "expanded from Ménaka towards Tidermène", "moved into the Gourma", "est revenu à Kidal", "s’est étendu vers
 * la région de Tillabéri") puts the group there, as annotators read it: it operates in each place named. Leaving a
 * place ("withdrew from", "a quitté") says where it was, not where it is, and is left to the event side.
 */
import type { Mention } from '../mentions/find-mentions.js';
import { actorsBefore, CLAUSE_BREAK, placesAfter, type SentenceView } from './sentence-view.js';

const B = String.raw`(?<![\p{L}])`;
const E = String.raw`(?![\p{L}])`;

/** Verbs of arrival, return and spread, English and French (auxiliary included, so "est revenu" is one trigger). */
const MOVE = new RegExp(
  String.raw`${B}(?:return(?:s|ed|ing)?|mov(?:es|ed|ing)|expand(?:s|ed|ing)?|spread(?:s|ing)?|extend(?:s|ed|ing)?|push(?:es|ed|ing)|advanc(?:es|ed|ing)|redeploy(?:s|ed|ing)?|relocat(?:es|ed|ing)|retreat(?:s|ed|ing)?|withdr(?:ew|awn|aws)|fled|flee(?:s|ing)?|(?:re-?)?enter(?:s|ed|ing)?|arriv(?:es|ed|ing)|reach(?:es|ed|ing)|(?:(?:est|sont|était|étaient|sera|seront)\s+)?(?:revenue?s?|retourn[ée]e?s?|rentr[ée]e?s?|entr[ée]e?s?|arriv[ée]e?s?|repli[ée]e?s?|red[ée]ploy[ée]e?s?)|s['’](?:est|sont|étai(?:en)?t)\s+(?:étendue?s?|repli[ée]e?s?|red[ée]ploy[ée]e?s?|install[ée]e?s?|retir[ée]e?s?)|s['’](?:étend|étendent|étendait|replie|replient|installe|installent|retire|retirent)|(?:a|ont|avait|avaient)\s+(?:progress[ée]|avanc[ée]|gagn[ée]|atteint|regagn[ée]|rejoint)|progress(?:e|ent|ait|aient)|regagn(?:e|ent|ait|aient))${E}`,
  'giu',
);

/**
 * The preposition of direction between the verb and the place: "to", "into", "towards", "from" (a spread starts
 * somewhere the group already is), "back to", "à", "dans", "vers", "jusqu’à"; a verb of entering takes its place
 * as a direct object ("entered Kidal", "a regagné Gao").
 */
const DIRECTION =
  /^\s+(?:(?:back|further|again|rapidly|quickly|gradually|steadily|also|then|later|déjà|aussi|ensuite|progressivement|rapidement|peu\s+à\s+peu)\s+)*(?:(?:to|into|towards?|toward|onto|on|from|across|throughout|in|back\s+to|à|au|aux|dans|vers|en|sur|jusqu['’]à|jusqu['’]au|depuis|de|du|d['’])\s*)?(?:(?:the|la|le|les|l['’])\s*)?(?:(?:[\p{Ll}-]+\s+){0,3}(?:of|de|du|des|d['’])\s*(?:(?:the|la|le|les|l['’])\s*)?)?$/iu;

/** Leaving: "withdrew", "fled", "retreated", "se retire", with "from"/"de" — the place it left is not where it went. */
const LEAVING = /^(?:withdr|fle|retreat|s['’](?:est|sont|étai(?:en)?t)\s+(?:retir|repli)|s['’]retir|s['’]repli|(?:(?:est|sont|était|étaient)\s+)?repli)/iu;

/** Spreading: "expanded from Ménaka", "s’est étendu depuis Gao": the place it spreads from is one it holds already. */
const SPREADING =
  /^(?:expand|spread|extend|push|advanc|s['’](?:est|sont|étai(?:en)?t)\s+étend|s['’]étend|progress|(?:a|ont|avait|avaient)\s+(?:progress|avanc))/iu;

/** The preposition at the end of a gap says where from: "from", "de", "depuis". */
const FROM_END =
  /(?:from|de|du|d['’]|depuis)\s*(?:(?:the|la|le|les|l['’])\s*)?(?:(?:[\p{Ll}-]+\s+){0,3}(?:of|de|du|des|d['’])\s*(?:(?:the|la|le|les|l['’])\s*)?)?$/iu;
/** A preposition of direction at the start of a gap; a verb of entering or reaching may take its place as a direct object. */
const PREPOSITION = /^\s+(?:[\p{Ll}]+\s+)?(?:to|into|towards?|onto|on|from|across|throughout|in|back|à|au|aux|dans|vers|en|sur|jusqu|depuis|de|du|d['’])/iu;
const DIRECT_OBJECT = /^(?:(?:re-?)?enter|reach|regagn|(?:a|ont|avait|avaient)\s+(?:gagn|atteint|regagn|rejoint))/iu;

/** An auxiliary of the future or the conditional, or "to", right before the verb (maybe with an adverb). */
const TO_COME =
  /(?<![\p{L}])(?:would|will|shall|could|might|may|to|['’]ll|pourrait|pourraient|devrait|devraient|va|vont|allait|allaient|compte|comptent)\s+(?:(?:soon|eventually|then|not|never|bientôt|ensuite)\s+)?(?:se\s+|s['’])?$/iu;

/** Places a group moved to in a sentence: `[group, place, trigger]`. */
export function movements(view: SentenceView): [Mention, Mention, { start: number; end: number }][] {
  const out: [Mention, Mention, { start: number; end: number }][] = [];
  for (const m of view.text.matchAll(MOVE)) {
    const at = { start: view.start + (m.index ?? 0), end: view.start + (m.index ?? 0) + m[0].length };
    // "said it would return to Gao", "will move into", "decided to return": a move to come is not a presence.
    if (TO_COME.test(view.text.slice(Math.max(0, at.start - view.start - 30), at.start - view.start))) continue;
    const places = directedPlaces(view, at.end, m[0]);
    if (places.length === 0) continue;
    // "expanded from Ménaka towards Tidermène": the second place phrase of the same motion.
    const last = places.at(-1) as Mention;
    const onward = /^\s+(?:to|into|towards?|toward|vers|jusqu['’]à|à|au|aux|dans)\s/iu.test(view.text.slice(last.end - view.start, last.end - view.start + 12))
      ? directedPlaces(view, last.end, 'to')
      : [];
    for (const actor of actorsBefore(view, at.start)) {
      if (actor.type === 'community' || actor.type === 'person' || !movesItself(view, actor)) continue;
      for (const place of [...places, ...onward]) out.push([actor, place, at]);
    }
  }
  return out;
}

/**
 * A group named as a complement moved nowhere: "civilians displaced by JNIM moved to Gao", "fear of JNIM spread to Gao",
 * "talks between the MNLA and the government moved to Algiers", "troops from Chad returned to Gao" (a state named after a
 * preposition is a place). Nor did a group whose leader, delegation or envoy travelled ("the MNLA leader returned to
 * Algiers"). Its own fighters, troops or units did move it ("fighters of JNIM returned to Gao").
 */
function movesItself(view: SentenceView, actor: Mention): boolean {
  const lead = view.text.slice(Math.max(0, actor.start - view.start - 40), actor.start - view.start);
  const after = view.text.slice(actor.end - view.start, actor.end - view.start + 24);
  if (/^\s*(?:['’]s\s+)?(?:leaders?|delegations?|envoys?|spokesm[ae]n|negotiators?|emissar(?:y|ies)|chiefs?)(?![\p{L}])/iu.test(after)) return false;
  const complement =
    /(?:^|[^\p{L}])(?:from|of|in|by|fleeing|between|linked\s+to|par|fuyant|entre|de|du|des|en|au)\s+(?:(?:the|les?|la)\s+|l['’]\s*)?$|(?:^|[^\p{L}])d['’]\s*$/iu;
  // The second of two complements: "between the MNLA and the government", "by JNIM and ISGS".
  const second = /(?:^|[^\p{L}])(?:between|by|of|fleeing|entre|par|fuyant)\s+[^,;.]{1,40}?\s+(?:and|et)\s+(?:(?:the|les?|la)\s+|l['’]\s*)?$/iu;
  if (!complement.test(lead) && !second.test(lead)) return true;
  return /(?:^|[^\p{L}])(?:fighters|troops|elements|units|men|militants|combattants|éléments|hommes|unités|troupes|soldats)\s+(?:of|from|du|de|des|d['’])\s*(?:(?:the|les?|la)\s+|l['’]\s*)?$/iu.test(
    lead,
  );
}

/** The places named after a verb of motion with a preposition of direction, in the same clause. */
function directedPlaces(view: SentenceView, at: number, verb: string): Mention[] {
  const places = placesAfter(view, at, 60);
  const first = places[0];
  if (!first) return [];
  const gap = view.text.slice(at - view.start, first.start - view.start);
  if (CLAUSE_BREAK.test(gap) || /[,()]/.test(gap) || !DIRECTION.test(gap)) return [];
  // An actor between the verb and the place is the verb's object ("returned the hostages to Gao", "drove X to Gao").
  if (view.actors.some((a) => a.start >= at && a.end <= first.start)) return [];
  // "withdrew most of its contingent": no preposition, so no destination; "entered Kidal" takes one as its object.
  if (!PREPOSITION.test(gap) && !DIRECT_OBJECT.test(verb)) return [];
  // "withdrew from Gao", "returning from Libya": the place left; only a spread starts where the group already is.
  if (FROM_END.test(gap) && (LEAVING.test(verb) || !SPREADING.test(verb))) return [];
  // A pronoun read as a place ("most of its contingent") is no place named.
  if (/^(?:its|their|ses|son|sa|leurs?)$/iu.test(first.surface)) return [];
  return places;
}
