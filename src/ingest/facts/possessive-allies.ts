/**
 * An actor named with "its allies": "the army and its Wagner auxiliaries", « l’armée et ses alliés russes de Wagner »,
 * "the FLN and its allies of the River Guard". The possessive ties the two; no verb of alliance is written.
 */
import type { Mention } from '../mentions/find-mentions.js';
import type { SentenceView } from './sentence-view.js';

const ALLY = String.raw`(?:allies|ally|auxiliaries|partners|alli[ée]s?|auxiliaires|partenaires)`;
/** "X and its [adjective] allies [adjective] of Y", « X et ses alliés russes de Y ». */
const ALLIES_OF = new RegExp(
  String.raw`^\s+(?:and|et)\s+(?:its|their|ses|leurs)\s+(?:[\p{Ll}-]+\s+)?${ALLY}(?:\s+[\p{Ll}-]+)?\s+(?:of|from|de|du|des|d['’])\s*(?:(?:the|la|le|les)\s+|l['’])?$`,
  'iu',
);
/** "X and its Y allies": the ally's name stands before the noun. */
const NAMED_ALLIES = /^\s+(?:and|et)\s+(?:its|their)\s+$/iu;
const GROUPS = new Set(['armed_group', 'coalition', 'state_force', 'international_force', 'state', 'other_org']);

/** `[actor, ally, trigger]` for each "X and its allies (of) Y" in a sentence. */
export function possessiveAllies(view: SentenceView): [Mention, Mention, { start: number; end: number }][] {
  const out: [Mention, Mention, { start: number; end: number }][] = [];
  const slice = (from: number, to: number) => view.text.slice(from - view.start, to - view.start);
  for (const x of view.actors) {
    if (!GROUPS.has(x.type)) continue;
    const y = view.actors.find((m) => m.start >= x.end && m.id !== x.id);
    if (!y || !GROUPS.has(y.type) || y.start - x.end > 60) continue;
    const gap = slice(x.end, y.start);
    if (ALLIES_OF.test(gap)) out.push([x, y, { start: x.end, end: y.start }]);
    else if (NAMED_ALLIES.test(gap) && new RegExp(String.raw`^\s+${ALLY}(?![\p{L}])`, 'iu').test(slice(y.end, view.end)))
      out.push([x, y, { start: x.end, end: y.end }]);
  }
  return out;
}
