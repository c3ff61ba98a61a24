/**
 * Founders named beside the subject of a founding verb: "X founded D with A and B", "X a fondé avec A et B l’organisation
 * D", "D, qu’il a formée en 2014 avec A et B". The partners founded D too; and when they stand between the verb and D,
 * the nearest-actor reading of the trigger table would take a partner for the group founded.
 */
import type { Mention } from '../mentions/find-mentions.js';
import { actorsAfter, type SentenceView } from './sentence-view.js';

const slice = (view: SentenceView, from: number, to: number) => view.text.slice(from - view.start, to - view.start);

/** "with", "avec", "together with", "aux côtés de", maybe after a date or a place ("in 2014 with", "en 2014 avec"). */
const WITH =
  /^\s*,?\s*(?:(?:in|en|on|le)\s+[^\s,;.()]+(?:\s+[^\s,;.()]+){0,2}?\s*,?\s+)?(?:together\s+with|along\s+with|alongside|with|avec|aux\s+c[ôo]t[ée]s\s+(?:de|du|des|d['’]))\s*(?:(?:the|le|la|les|some|other|several|des)\s+|l['’])?$/iu;

const FOUNDABLE = new Set(['armed_group', 'coalition', 'international_force', 'international_org', 'other_org']);

/**
 * The group founded and the partners named with its founder, when the partners stand right after a founding verb
 * ("a fondé, avec A et B, D"): `undefined` when the text after the verb does not open with "with"/"avec".
 */
export function foundedAfterPartners(view: SentenceView, at: { start: number; end: number }): { partners: Mention[]; founded: Mention } | undefined {
  // "l’Alliance des États du Sahel (AES)" is one item named twice.
  const listed = actorsAfter(view, at.end, 60).filter((m, i, all) => i === 0 || (all[i - 1] as Mention).id !== m.id);
  const first = listed[0];
  if (!first || !WITH.test(slice(view, at.end, first.start))) return undefined;
  // "avec le Mali et le Burkina Faso l’Alliance…": the list reading runs on into the group founded, which no comma or
  // conjunction joins to the partners.
  const end = listed.findIndex((m, i) => i > 0 && !/[,&]|(?:^|\s)(?:and|et)\s/iu.test(slice(view, (listed[i - 1] as Mention).end, m.start)));
  const partners = end > 0 ? listed.slice(0, end) : listed;
  // "avec le Mali et le Burkina Faso, l’Alliance…": a comma before the group founded joins it to the list as well.
  const tail = partners.at(-1) as Mention;
  if (end < 0 && partners.length > 1 && FOUNDABLE.has(tail.type) && !view.actors.some((m) => m.start >= tail.end && m.id !== tail.id && FOUNDABLE.has(m.type)))
    return { partners: partners.slice(0, -1), founded: tail };
  const last = tail;
  const founded = view.actors.find((m) => m.start >= last.end && FOUNDABLE.has(m.type));
  if (!founded || !/^\s*,?\s*(?:(?:the|le|la|les)\s+|l['’])?(?:[\p{L}-]+\s+){0,3}$/iu.test(slice(view, last.end, founded.start))) return undefined;
  return { partners, founded };
}

/** "X founded D with A and B", "D, qu’il a formée en 2014 avec A et B": the partners named after the group founded. */
export function partnersAfterFounded(view: SentenceView, founded: Mention, trigger: { end: number }): Mention[] {
  // After the group ("founded D with A") or after the verb of an object relative ("D, qu’il a formée avec A").
  const from = Math.max(founded.end, trigger.end);
  const partners = actorsAfter(view, from, 40);
  const first = partners[0];
  if (!first || !WITH.test(slice(view, from, first.start))) return [];
  return partners.filter((m) => m.type !== 'community');
}

/**
 * Whether a group or a state is the subject of a founding verb used actively, with the group founded as its direct
 * object ("the two coalitions set up the CSP", "the CMA and other groups formed the CSP"): a participle ("a coalition
 * created in Algiers", "X was created when A and B merged") and an object after a preposition ("set up a base in P,
 * weeks after X") are not. A person founds in every phrasing the table reads.
 */
export function foundsActively(view: SentenceView, subjects: readonly Mention[], from: Mention, to: Mention, at: { start: number; end: number }): boolean {
  if (from.type === 'person') return true;
  // "France launched Operation Serval": a state or a group launching an operation is not read as founding a group.
  if (/^(?:launched|lanc)/iu.test(slice(view, at.start, at.end))) return false;
  // The subject nearest the verb stands for the whole list ("A and B set up C").
  const nearest = subjects.filter((m) => m.end <= at.start).at(-1);
  if (!nearest || from.end > at.start || to.start < at.end) return false;
  // "X was one of the founders of D", "X, l’un des quatre groupes fondateurs du D": a group named a founder of D by a
  // copula or an apposition founded it, as the subject of a founding verb does.
  if (FOUNDER_NOUN.test(slice(view, at.start, at.end)))
    return FOUNDER_LEAD.test(slice(view, nearest.end, at.start)) && /^\s*(?:(?:the|la|le|les)\s+|l['’])?$/iu.test(slice(view, at.end, to.start));
  return SUBJECT_GAP.test(slice(view, nearest.end, at.start)) && DIRECT_OBJECT.test(slice(view, at.end, to.start));
}

/** A founder named by a noun ("founders of", "founding groups of", "fondateurs du"), not by a verb. */
const FOUNDER_NOUN = /^(?:(?:co-?)?(?:founders?|fondat(?:eur|eurs|rice|rices))|founding\s+\p{L}+\s+of)(?![\p{L}])/iu;

/**
 * Between a group and a founder noun: a copula or a comma, then "one of the", "among the", "a", "l’un des", maybe with
 * up to two words ("one of the four founding groups of", "l’un des groupes fondateurs du").
 */
const FOUNDER_LEAD =
  /^\s*(?:\([^()]{1,20}\)\s*)?(?:,\s*|(?:is|was|are|were|became|remains?|has\s+been|had\s+been|est|était|fut|a\s+été|avait\s+été|reste|devient|est\s+devenue?)\s+(?:(?:also|thus|aussi|ainsi|donc)\s+)?)(?:(?:one\s+of|among)\s+the\s+|(?:l['’]une?|une?)\s+des\s+|parmi\s+les\s+|the\s+|an?\s+|le\s+|la\s+|l['’]|une?\s+)(?:[\p{L}-]+\s+){0,2}$/iu;

/** Between a subject and its verb: nothing, an acronym in brackets, "and other groups", an auxiliary or an adverb. */
const SUBJECT_GAP =
  /^\s*(?:\([^()]{1,20}\)\s*)?(?:(?:and|et)\s+(?:other|several|some|d['’]autres|plusieurs|quelques)\s+[\p{L}\s-]{1,40}?\s+)?(?:(?:had|has|have|a|ont|avait|avaient|then|later|jointly|together|also|ensemble|aussi|ensuite|conjointement)\s+)*$/iu;

/** Between a founding verb and its direct object: a date at most, then an article and up to two words. */
const DIRECT_OBJECT =
  /^\s*(?:(?:in|en|on|le)\s+[^\s,;.()]+(?:\s+[^\s,;.()]+){0,2}?\s*,?\s+)?(?:(?:the|a|an|new|la|le|les|une?|nouvelle?|nouveau)\s+|l['’])*(?:(?!(?:after|before|in|on|at|by|with|for|of|from|to|since|après|avant|dans|par|avec|pour|de|du|des|depuis|en)\s)[\p{L}-]+\s+){0,2}$/iu;
