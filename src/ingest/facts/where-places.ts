/**
 * A place qualified by a relative "where"/"où" whose clause says a group is there: "the Gao and Kidal regions, where the
 * FAMa and Wagner are pushing north", "la région de Mopti, où le JNIM est très actif", "the Liptako-Gourma, where ISGS
 * fighters recruit". The relative's subject operates in the place (and the places listed with it) when its verb is one
 * of presence, holding or movement; a fight or an attack there is an event, as in locative.ts.
 */
import type { Mention } from '../mentions/find-mentions.js';
import { CLAUSE_BREAK, placeReadings, type SentenceView } from './sentence-view.js';

type Trigger = { start: number; end: number };

/** Between the relative pronoun and its subject: an article, "fighters of", "ses hommes", a possessive. */
const SUBJECT_LEAD =
  /^(?:(?:the|le|la|les|l['’]|des)\s*)?(?:(?:fighters|militants|men|units|combattants|hommes|unit[ée]s|[ée]l[ée]ments)\s+(?:of|du|de|des|d['’])\s*(?:(?:the|le|la|les)\s+|l['’])?)?$/iu;
/** A verb of presence, holding or movement in the relative clause, a few words after its subject. */
const THERE =
  /^[^,;:.]{0,50}?(?<![\p{L}])(?:operat\p{L}*|active|present|based|stationed|deployed|entrenched|recruit\p{L}*|(?:hold\p{L}*|held)(?!\s+(?:(?:a|an|its|their|the)\s+)?(?:press|news|conference|talks|meeting|rally|congress|summit|vote|elections?|ceremony|negotiations?))|control\p{L}*|levie[sd]|levy|impos\p{L}*|maintain\p{L}*|patrol\p{L}*|pushing|push(?:es|ed)|advanc\p{L}*|expand\p{L}*|op[èée]r\p{L}*|actifs?|actives?|pr[ée]sente?s?|implant[ée]e?s?|install[ée]e?s?|bas[ée]e?s?|d[ée]ploy[ée]e?s?|recrut\p{L}*|tien(?:t|nent|nait|naient)|contr[ôo]l\p{L}*|impos\p{L}*|pr[ée]l[èe]v\p{L}*|patrouill\p{L}*|progress\p{L}*|avanc\p{L}*|s[ée]vi\p{L}*|r[èe]gne\p{L}*)(?![\p{L}])/iu;
// "where the MNLA used to be present", « où il était autrefois implanté »: a presence that has ended is no presence.
const NEGATION = /(?<![\p{L}])(?:not|never|no\s+longer|used\s+to|formerly|once|n['’]|ne|pas|jamais|autrefois|jadis|naguère)(?![\p{L}])/iu;
const GROUPS = new Set(['armed_group', 'coalition', 'state_force', 'international_force']);
/** Between two places of one list: a comma or "and"/"et", maybe with "de"/"of" repeated. */
const PLACE_LIST_GAP = /^\s*(?:,|,?\s*(?:and|et))\s*(?:(?:de|du|des|d['’]|of|in|à|dans)\s*)?(?:(?:the|la|le|les)\s+|l['’])?$/iu;

/** `[group, place, trigger]` for each relative "where"/"où" clause that puts a group in the place before it. */
export function wherePlaces(view: SentenceView): [Mention, Mention, Trigger][] {
  const out: [Mention, Mention, Trigger][] = [];
  const places = placeReadings(view);
  view.actors.forEach((subject, i) => {
    if (!GROUPS.has(subject.type) || view.actors[i - 1]?.end === subject.end) return;
    const lead = view.text.slice(0, subject.start - view.start);
    const pronoun = [...lead.matchAll(/\s*,\s*(?:where|où|in\s+which|dans\s+laquelle|dans\s+lequel)\s+/giu)].at(-1);
    if (!pronoun || !SUBJECT_LEAD.test(lead.slice(pronoun.index + pronoun[0].length))) return;
    const at = view.start + pronoun.index;
    const last = places.findLast((p) => p.end <= at && /^\s*(?:\([^()]{1,20}\))?\s*$/u.test(view.text.slice(p.end - view.start, at - view.start)));
    if (!last) return;
    // The subject's list ("the FAMa and Wagner fighters") shares the clause.
    const subjects = [subject];
    for (const next of view.actors.slice(i + 1)) {
      const gap = view.text.slice((subjects.at(-1) as Mention).end - view.start, next.start - view.start);
      if (!/^\s*(?:,|,?\s*(?:and|et))\s*(?:(?:the|le|la|les)\s+|l['’])?$/iu.test(gap) || !GROUPS.has(next.type)) break;
      subjects.push(next);
    }
    const tail = view.text.slice((subjects.at(-1) as Mention).end - view.start);
    const clause = tail.split(CLAUSE_BREAK)[0] ?? '';
    if (!THERE.test(clause) || NEGATION.test(clause.slice(0, 40))) return;
    // "the Gao and Kidal regions", "à Ansongo et à Gao": the places listed before the relative go with it.
    const listed = [last];
    for (let k = places.indexOf(last) - 1; k >= 0; k--) {
      const p = places[k] as Mention;
      if (!PLACE_LIST_GAP.test(view.text.slice(p.end - view.start, (listed[0] as Mention).start - view.start))) break;
      listed.unshift(p);
    }
    const trigger = { start: at, end: subject.start };
    for (const s of subjects) for (const p of listed) out.push([s, p, trigger]);
  });
  return out;
}
