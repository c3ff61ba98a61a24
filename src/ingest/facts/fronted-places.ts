/**
 * A place phrase that opens the sentence and sets where its main clause happens: "In the Liptako-Gourma, Barkhane and the
 * FAMa conduct joint operations", « Dans la région de Mopti, le FLN continue d’opérer dans les cercles de A et B ». When
 * the main clause's verb is one of lasting presence or operations (not one incident: an attack there is an event), each
 * group of its subject list operates in the opening places, whatever places the clause names itself.
 */
import type { Mention } from '../mentions/find-mentions.js';
import { coordinated } from './coordinated.js';
import { withNewPlaces } from './new-places.js';
import { placeReadings, type SentenceView } from './sentence-view.js';

type Trigger = { start: number; end: number };

/** The opening preposition, an article and up to three words of a kind of area ("la région de", "the cercle of"). */
const OPENING =
  /^(?:In|Within|Across|Throughout|Dans|Au|Aux|En|Sur)\s+(?:(?:the|le|la|les)\s+|l['’]\s*)?(?:(?:[\p{Ll}-]+\s+){1,3}(?:of|de|du|des|d['’])\s*(?:(?:the|la|le|les)\s+|l['’])?)?$/u;
/** From the opening list's last place to the comma that closes the phrase: a bracket or a country may stand between. */
const CLOSE = /^\s*(?:\([^()]{1,40}\)\s*)?,\s*$/u;
/** Between the comma and the subject: an article, "troops of", « les hommes de ». */
const SUBJECT_LEAD =
  /^\s*(?:(?:the|le|la|les)\s+|l['’]\s*)?(?:(?:fighters|troops|units|men|combattants|hommes|unités|éléments)\s+(?:of|de|du|des|d['’])\s*(?:(?:the|la|le|les)\s+|l['’])?)?$/iu;
/** A verb of lasting presence or of operations, a few words after the subject list. */
const PRESENCE = new RegExp(
  String.raw`^[^,;:]{0,40}?(?<![\p{L}])(?:operat(?:e|es|ed|ing)|(?:conduct\p{L}*|carr(?:y|ies|ied)\s+out|lead\p{L}*|led)\s+(?:\p{Ll}+\s+){0,2}operations|patrol\p{L}*|(?:is|are|was|were|remains?|remained)\s+(?:\p{Ll}+\s+)?(?:active|present|based|deployed|entrenched)|op[èe]r(?:e|ent|ait|aient|é)|m[èe]n(?:e|ent|ait|aient)\s+(?:\p{Ll}+\s+){0,3}?(?:des\s+)?op[ée]rations|conduis(?:ent|ait|aient)|conduit\s+(?:\p{Ll}+\s+){0,3}?(?:des\s+)?op[ée]rations|patrouill\p{L}*|(?:est|sont|était|étaient|reste|restent)\s+(?:\p{Ll}+\s+)?(?:actifs?|actives?|présente?s?|implanté?e?s?|déployé?e?s?|basé?e?s?))(?![\p{L}])`,
  'iu',
);
const GROUPS = new Set(['armed_group', 'coalition', 'state_force', 'international_force']);

/** `[group, place, trigger]` for each group of a main clause of presence that an opening place phrase sets somewhere. */
export function frontedPlaces(view: SentenceView): [Mention, Mention, Trigger][] {
  const places = placeReadings(withNewPlaces(view));
  const first = places[0];
  if (!first || !OPENING.test(view.text.slice(0, first.start - view.start))) return [];
  const opening = coordinated(view, first, 1, places);
  const last = opening.at(-1) as Mention;
  const comma = view.text.indexOf(',', last.end - view.start);
  if (comma < 0 || !CLOSE.test(view.text.slice(last.end - view.start, comma + 1))) return [];
  const subject = view.actors.find((m) => m.start - view.start > comma);
  if (!subject || !SUBJECT_LEAD.test(view.text.slice(comma + 1, subject.start - view.start))) return [];
  const subjects = coordinated(view, subject, 1).filter((g) => GROUPS.has(g.type));
  const lastSubject = subjects.at(-1);
  if (!lastSubject) return [];
  // "Dan Na Ambassagou, a Dogon militia, continued to operate": an apposition after the subject is skipped.
  const clause = view.text.slice(lastSubject.end - view.start).replace(/^\s*,\s*(?:a|an|the|un|une|le|la|l['’])\s[^,;:]{1,60},/iu, '');
  if (!PRESENCE.test(clause)) return [];
  const trigger = { start: view.start, end: subject.start };
  return subjects.flatMap((g) => opening.map((p): [Mention, Mention, Trigger] => [g, p, trigger]));
}
