/**
 * Where a group acts: a place phrase ("in", "around", "near", "across", "dans", "autour de", "près de") attached to
 * a verb or noun of a group's activity ("clashed … around Bandiagara", "its stronghold lies in the Ménaka Region",
 * "patrouille dans le Gourma", "multiplie les attaques dans la région de Mopti") says the group operates there. The
 * activity words are general (operating, fighting, attacking, patrolling, recruiting, being based or present), not
 * phrases of one report; the place must follow in the same clause.
 */
import type { Mention } from '../mentions/find-mentions.js';
import { CLAUSE_BREAK, placeReadings, placesAfter, type SentenceView } from './sentence-view.js';

const B = String.raw`(?<![\p{L}])`;
const E = String.raw`(?![\p{L}])`;

/** Words of a group's activity; `mutual` ones (fighting, clashing) place both sides there. */
export const ACTIVITY = new RegExp(
  String.raw`${B}(?:(?<mutual>clash(?:es|ed|ing)?|fight(?:s|ing)?|fought|battl(?:e|es|ed|ing)|combat(?:s|tu|tent|tait|taient|tre)?|affront(?:e|ent|é|és|ée|ait|aient|èrent|er)|s['’]affront(?:e|ent|aient|èrent))|operat(?:e|es|ed|ing|ions?)|active|present|based|stationed|deployed|entrenched|patrol(?:s|led|ling)?|attack(?:s|ed|ing)?|ambush(?:es|ed|ing)?|raid(?:s|ed|ing)?|recruit(?:s|ed|ing)?|stronghold|strongholds|strongest|bases?|camps?|positions|checkpoints?|headquarters|headquartered|quartiers?\s+g[ée]n[ée]raux|quartier\s+g[ée]n[ée]ral|campements?|barrages|points\s+de\s+contr[ôo]le|op[èée]r(?:e|ent|ait|aient|ations?)|install[ée]e?s?|settled|presence|pr[ée]sence|actifs?|actives?|pr[ée]sente?s?|implant[ée]e?s?|bas[ée]e?s?|d[ée]ploy[ée]e?s?|patrouill(?:e|ent|ait|aient|es)|attaqu(?:e|ent|é|és|ée|ait|aient|es)|embuscades?|recrut(?:e|ent|ait|aient)|bastion|fief|sévit|sévissent|offensives?)${E}`,
  'giu',
);

/**
 * Further words that place a group, kept apart from ACTIVITY, which the ranker's features read: strikes and bombing,
 * troops and reinforcements sent somewhere, spreading, and a group noun described by its place ("a militia of the
 * Ménaka area", "une milice armée du nord du Mali"), which takes "of"/"du" instead of a locative preposition.
 */
export const PRESENCE = new RegExp(
  String.raw`${B}(?:(?<strike>strikes?|struck|bomb(?:ed|ing|ings)|shell(?:ed|ing)|frappes?|frapp[ée]e?s?|bombard(?:e|ent|é|ée|ements?))|(?<troops>troops|soldiers|contingents?|reinforcements|soldats|troupes|renforts|(?<=\d\s+)militaires)|(?<expand>expand(?:s|ed|ing)?|spread|spreads|s['’](?:est|sont)\s+(?:étendue?s?|implant[ée]e?s?))|(?<noun>groups?|militias?|movements?|factions?|groupes?|milices?|mouvements?|katibas?))${E}`,
  'giu',
);

/** The end of a place phrase: a locative preposition, maybe with a description ("in the borderlands of", "dans la région de"). */
export const LOCATIVE_END =
  /(?:^|[^\p{L}])(?:in|into|around|near|across|throughout|inside|along|dans|autour\s+d[e'’]|pr[èe]s\s+d[e'’]|vers|en|au|aux|à|le\s+long\s+d[e'’]|sur)\s*(?:(?:the|la|le|les|l['’])\s*)?(?:(?:[\p{L}-]+\s+){0,3}(?:of|de|du|des|d['’])\s*(?:(?:the|la|le|les|l['’])\s*)?)?$|(?:^|[^\p{L}])(?:among|parmi|chez)\s+(?:(?:the|les)\s+)?[^,;:.()]{1,40}?\s(?:of|in|from|de|du|des|d['’]|dans|en)\s*(?:(?:the|la|le|les|l['’])\s*)?(?:(?:[\p{Ll}-]+\s+){0,2}(?:of|de|du|des|d['’])\s*(?:(?:the|la|le|les|l['’])\s*)?)?$/iu;

/**
 * "a militia of the Ménaka area", "une milice armée du nord du Mali": a group noun with at most one describing word and
 * "of"/"du" before the place says where the group is — unless the place begins a longer name ("the groups of the
 * Algiers Accords").
 */
const DESCRIBED_END = /^(?:\s+[\p{Ll}-]+)?\s+(?:of|du|de|des|d['’])\s*(?:(?:the|la|le|les|l['’])\s*)?$/u;

/** Capitalised names a list opens with, before the first known place: "Ténenkou, de ", "Foo, Bar and ". */
const UNKNOWN_LIST_HEAD =
  /(?<=\s)\p{Lu}[\p{L}'’-]+(?:\s*,\s*(?:(?:de|d['’]|of)\s*)?\p{Lu}[\p{L}'’-]+)*\s*(?:,\s*(?:(?:and|et)\s+)?|\s(?:and|et)\s+)(?:(?:de|d['’]|of)\s*)?$/u;

/** The places of a place phrase after an activity word, in the same clause and within `maxGap` characters. */
export function locatedPlaces(view: SentenceView, at: number, maxGap = 90, groupNoun = false): Mention[] {
  const place = placeReadings(view).find((m) => m.start >= at);
  if (!place || place.start - at > maxGap) return [];
  // "dans les cercles de Ténenkou, de Niono et de Djenné": a name the gazetteer lacks may open the list of places.
  const gap = view.text.slice(at - view.start, place.start - view.start).replace(UNKNOWN_LIST_HEAD, '');
  if (CLAUSE_BREAK.test(gap) || /,\s*(?:and|et)\s|[(),]/.test(gap)) return [];
  if (!(groupNoun ? DESCRIBED_END.test(gap) : LOCATIVE_END.test(gap))) return [];
  if (groupNoun && /^\s+\p{Lu}/u.test(view.text.slice(place.end - view.start))) return [];
  return placesAfter(view, place.start, 0);
}

/**
 * "Le MSA est un groupe armé touareg implanté dans…", "The HCUA grew out of the Ifoghas elite and is strongest in…": the
 * only actor before the activity word is a community that describes the predicate or ends the first verb's object; the
 * activity is said of the clause's subject, which a copula or a coordinated verb carries to it.
 */
export function describedSubject(view: SentenceView, at: number, before: readonly Mention[]): Mention[] {
  const community = before.at(-1);
  if (!community || !before.every((m) => m.type === 'community')) return [];
  const subject = view.actors.find((m) => m.end <= community.start && m.type !== 'community' && m.type !== 'person');
  if (!subject || subject !== view.actors[0]) return [];
  const lead = view.text.slice(subject.end - view.start, community.start - view.start);
  const tail = view.text.slice(community.end - view.start, at - view.start);
  if (CLAUSE_BREAK.test(lead) || CLAUSE_BREAK.test(tail) || lead.length > 90) return [];
  const copular = COPULA.test(lead) && /^(?:\s+[\p{Ll}-]+){0,3}\s+$/u.test(tail);
  const coordinated = COORDINATED_PREDICATE.test(tail);
  return copular || coordinated ? [subject] : [];
}
/** A copula and the start of its predicate noun phrase: "is a", "est un groupe armé", "remains the main". */
const COPULA =
  /^\s*(?:\([^()]{1,20}\)\s*)?,?\s*(?:is|was|remains|became|est|était|fut|reste|demeure|devient|est\s+devenu)\s+(?:(?:now|still|also|désormais|toujours|aussi)\s+)?(?:an?|the|un|une|le|la|l['’])\s*(?:[\p{Ll}-]+\s+){0,4}$/u;
/** The first verb's object ends and a second verb of the same subject opens: "… elite and is", "… et reste". */
const COORDINATED_PREDICATE =
  /^(?:\s+[\p{Ll}-]+){0,4}\s*,?\s+(?:and|et)\s+(?:(?:is|are|was|were|has|have|had|remains?|est|sont|était|reste|a|ont)\s+)?(?:(?:also|now|still|mainly|mostly|aussi|désormais|surtout|principalement|toujours)\s+)*$/u;
