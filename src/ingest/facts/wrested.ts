/**
 * A place taken from someone: "X wrested Gao from Y", "X a arraché Gao à Y", "Gao, qu’il a arrachée au FLN". The taker
 * holds the place and is hostile to the one it was taken from. The place is the verb's object, or the antecedent of an
 * object relative ("Gao, qu’il…", "Gao, which X wrested from Y").
 */
import type { Mention } from '../mentions/find-mentions.js';
import { actorsAfter, actorsBefore, matchesIn, placeReadings, placesAfter, type SentenceView } from './sentence-view.js';

const TAKEN = /(?<![\p{L}])(?:wrest(?:s|ed|ing)?|(?:a|ont|avait|avaient)\s+arrach[ée]e?s?|arrach(?:e|ent|a|èrent|ait|aient|ée|ées|és|é))(?![\p{L}])/giu;
/** From the place to the loser: "from", "à", "au", "aux", with a date or a short phrase between. */
const FROM = /^(?:\s+[^,;.]{0,30}?)?\s+(?:from|à|au|aux)\s+(?:(?:the|la|le|les)\s+|l['’])?$/iu;
/** "Gao, qu’il a", "Gao, which the FLN": an object relative whose antecedent is the place. */
const RELATIVE_OBJECT = /^\s*,\s*(?:qu['’]|que\s|which\s|that\s)[^,;.]{0,40}$/iu;
/**
 * From the verb to its object place: a determiner, "control of", "le contrôle de", "the town of". Anything else ("wrested
 * concessions from Mali", "arraché aux notables de Gao la promesse") puts the place in another phrase.
 */
const TO_OBJECT =
  /^\s*(?:(?:the|la|le|les)\s+|l['’])?(?:(?:control|contr[ôo]le|town|city|village|region|ville|r[ée]gion|localit[ée])\s+(?:of|de|du|des|d['’])\s*(?:(?:the|la|le|les)\s+|l['’])?)?$/iu;
const TAKERS = new Set(['armed_group', 'coalition', 'state_force', 'international_force', 'state', 'other_org']);

export interface Wresting {
  taker: Mention;
  place: Mention;
  loser?: Mention;
  trigger: { start: number; end: number };
}

/** The places a sentence says were wrested from someone, with who took them and from whom. */
export function wrestedPlaces(view: SentenceView): Wresting[] {
  const out: Wresting[] = [];
  for (const at of matchesIn(view, TAKEN)) {
    const taker = actorsBefore(view, at.start).at(-1);
    if (!taker || !TAKERS.has(taker.type)) continue;
    // "wrested control of Gao" is read by the trigger table; the object may also follow "control of".
    const after = placesAfter(view, at.end, 25);
    const first = after[0];
    const object = first && TO_OBJECT.test(view.text.slice(at.end - view.start, first.start - view.start)) ? after : [];
    const antecedent = placeReadings(view).findLast(
      (p) => p.end <= taker.start && RELATIVE_OBJECT.test(view.text.slice(p.end - view.start, at.start - view.start)),
    );
    const places = object.length > 0 ? object : antecedent ? [antecedent] : [];
    const last = places.at(-1);
    if (!last) continue;
    const from = Math.max(last.end, at.end);
    const loser = actorsAfter(view, from, 45).find((m) => FROM.test(view.text.slice(from - view.start, m.start - view.start)));
    for (const place of places) out.push({ taker, place, ...(loser ? { loser } : {}), trigger: { start: at.start, end: at.end } });
  }
  return out;
}
