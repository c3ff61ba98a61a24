/**
 * A fight that sets one party against another, named on either side of "à"/"against": « les combats ont opposé à Kidal
 * le GATIA aux combattants du HCUA », « des affrontements opposant l’armée aux rebelles du CSP », "fighting pitted GATIA
 * against fighters of the CMA". The trigger table pairs actors around a verb; here both ends follow it.
 */
import type { Mention } from '../mentions/find-mentions.js';
import { CLAUSE_BREAK, matchesIn, type SentenceView } from './sentence-view.js';

const OPPOSE = /(?<![\p{L}])(?:(?:a|ont|avait|avaient)\s+oppos[ée]|oppos(?:ant|ent|aient|ait|èrent|a)|pitt(?:ing|ed))(?![\p{L}])/giu;
/** Between the second party and "à"/"against": a noun for its fighters ("aux combattants du", "against those from the"). */
const SECOND =
  /^\s*\)?\s*,?\s*(?:[^,;.()]{0,60}?,\s*)?(?:à|au|aux|against)\s+(?:(?:(?:la|le|les|l['’]|the|those|ceux|celles|des?)\s*)?(?:combattants?|forces?|troupes?|hommes|rebelles|[ée]l[ée]ments|unit[ée]s|fighters|troops|units|men|rebels|militants|members)\s+(?:of|from|de|du|des|d['’])\s*)?(?:(?:the|la|le|les)\s+|l['’])?$/iu;
const PARTIES = new Set(['armed_group', 'coalition', 'state_force', 'international_force', 'state', 'community']);

/** `[first, second, trigger]` for each fight that opposes two parties named after its verb. */
export function opposedParties(view: SentenceView): [Mention, Mention, { start: number; end: number }][] {
  const out: [Mention, Mention, { start: number; end: number }][] = [];
  for (const at of matchesIn(view, OPPOSE)) {
    const named = view.actors.find((m) => m.start >= at.end && PARTIES.has(m.type));
    if (!named || named.start - at.end > 60 || CLAUSE_BREAK.test(view.text.slice(at.end - view.start, named.start - view.start))) continue;
    // "le Groupe d’autodéfense… (GATIA)": one party named twice; the second party is looked for after its acronym.
    const acronym = view.actors.find(
      (m) => m.id === named.id && m.start > named.end && /^\s*\(\s*$/.test(view.text.slice(named.end - view.start, m.start - view.start)),
    );
    const first = acronym ?? named;
    const second = view.actors.find(
      (m) => m.start >= first.end && m.id !== first.id && PARTIES.has(m.type) && SECOND.test(view.text.slice(first.end - view.start, m.start - view.start)),
    );
    if (second && (first.type !== 'community' || second.type !== 'community')) out.push([first, second, { start: at.start, end: at.end }]);
  }
  return out;
}
