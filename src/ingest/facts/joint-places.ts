/**
 * Operating somewhere with a partner: "worked alongside GATIA and the MSA in the Ménaka region", "conduct joint patrols in
 * the Soum with Operation Barkhane", "fight side by side with VDP units around Tougouri", « opère dans le Gourma aux côtés
 * des FAMa », "joined Barkhane for operations in the tri-border area". A lasting joint activity (not one fight: that is
 * an event) with a place phrase in its clause puts the subject and each partner there; the activity rules read only the
 * subject, and the partner is the object of a preposition they do not look at.
 */
import type { Mention } from '../mentions/find-mentions.js';
import { locatedPlaces } from './locative.js';
import { coordinated } from './coordinated.js';
import { GROUP_KINDS } from './event-agents.js';
import { actorsBefore, CLAUSE_BREAK, matchesIn, type SentenceView } from './sentence-view.js';

type Trigger = { start: number; end: number };

/** Verbs and nouns of lasting operations, patrols and work; no verb of one incident (attacked, clashed). */
const JOINT = new RegExp(
  String.raw`(?<![\p{L}])(?:work(?:s|ed|ing)?|operat(?:e|es|ed|ing)|patrol(?:s|led|ling)?|(?:joint\s+|combined\s+)?(?:operations|patrols)|fight(?:s|ing)?\s+side\s+by\s+side|fought\s+side\s+by\s+side|joined|op[èe]r(?:e|ent|ait|aient|é)|patrouill(?:e|ent|ait|aient|é)|(?:op[ée]rations|patrouilles)(?:\s+conjointes|\s+communes)?|combat(?:tent|tait|taient)?\s+c[ôo]te\s+[àa]\s+c[ôo]te)(?![\p{L}])`,
  'giu',
);
/** The words that open the partner, right before its name: "alongside (the)", "with", « aux côtés des ». */
const PARTNER_LEAD =
  /(?:^|[^\p{L}])(?:alongside|side\s+by\s+side\s+with|together\s+with|along\s+with|jointly\s+with|in\s+tandem\s+with|with|aux\s+c[ôo]t[ée]s\s+(?:de|du|des|d['’])|avec|conjointement\s+avec|c[ôo]te\s+[àa]\s+c[ôo]te\s+avec)\s*(?:(?:the|le|la|les)\s+|l['’])?$/iu;
/** "joined Barkhane for operations": the verb's object is the partner when operations follow it. */
const JOINED_OBJECT = /^\s+(?:the\s+)?$/iu;
const FOR_OPERATIONS = /^\s+(?:for|in)\s+(?:joint\s+|combined\s+)?(?:operations|patrols)(?![\p{L}])/iu;
/** A "with" that completes a word of support or of a tie names no partner: "with the support of", "with the help of". */
const NOT_PARTNER = /^\s*(?:['’]s\s+)?(?:support|help|backing|appui|aide|soutien)(?![\p{L}])/iu;
const isGroup = (m: Mention) => GROUP_KINDS.has(m.type);

/** `[group, place, trigger]` for the subject and each partner of a joint activity whose clause names a place. */
export function jointPlaces(view: SentenceView): [Mention, Mention, Trigger][] {
  const out: [Mention, Mention, Trigger][] = [];
  for (const at of matchesIn(view, JOINT)) {
    const clause = view.text.slice(at.end - view.start).split(CLAUSE_BREAK)[0] ?? '';
    const clauseEnd = at.end + Math.min(clause.length, 160);
    const joined = /^joined$/iu.test(at.text);
    const first = view.actors.find((m) => {
      if (m.start < at.end || m.end > clauseEnd || !isGroup(m)) return false;
      const lead = view.text.slice(at.end - view.start, m.start - view.start);
      if (joined) return JOINED_OBJECT.test(lead) && FOR_OPERATIONS.test(view.text.slice(m.end - view.start));
      return PARTNER_LEAD.test(lead.slice(-40)) && !NOT_PARTNER.test(view.text.slice(m.end - view.start));
    });
    if (!first) continue;
    const partners = coordinated(view, first, 1).filter(isGroup);
    const last = partners.at(-1) as Mention;
    const places = [...locatedPlaces(view, at.end, 60), ...locatedPlaces(view, last.end, 40)].filter((p) => p.end <= clauseEnd);
    if (places.length === 0) continue;
    const subjects = actorsBefore(view, at.start).filter((m) => isGroup(m) && !partners.some((p) => p.id === m.id));
    if (subjects.length === 0) continue;
    const trigger = { start: at.start, end: at.end };
    for (const group of [...subjects, ...partners]) for (const place of places) out.push([group, place, trigger]);
  }
  return out;
}
