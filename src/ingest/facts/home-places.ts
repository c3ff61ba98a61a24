/**
 * A place given as a group's home: "The Soum is the cradle of Ansarul Islam", « Le Soum est le berceau d’Ansarul Islam »,
 * "Kidal remains the stronghold of the CMA", « la région est le principal fief de l’EIGS ». The place is the subject of a
 * copula whose predicate is a noun of home or stronghold owned by the group after "of"/"de": the group operates there.
 * The group-first forms ("its stronghold in", « implanté dans ») are the activity words of locative.ts.
 */
import type { Mention } from '../mentions/find-mentions.js';
import { coordinated } from './coordinated.js';
import { GROUP_KINDS as GROUPS } from './event-agents.js';
import { placeReadings, type SentenceView } from './sentence-view.js';

type Trigger = { start: number; end: number };

/**
 * From the place to its owner: a copula (maybe with an adverb) and an article, or the comma of an apposition ("Kidal, the
 * stronghold of", « Kidal, fief de »); at most two describing words, the noun of home, then "of"/"de" and an article.
 */
const HOME = new RegExp(
  String.raw`^\s*(?:\([^()]{1,30}\)\s*)?(?:,?\s*(?:is|was|remains|remained|has\s+long\s+been|has\s+become|became|est|était|fut|reste|demeure|est\s+devenu[e]?)\s+(?:(?:still|also|now|long|pourtant|toujours|aussi|désormais|depuis\s+longtemps)\s+)?(?:the|a|an|le|la|l['’]|un|une)\s*|,\s*(?:(?:the|le|la|l['’])\s*)?)(?:[\p{Ll}-]+\s+){0,2}?(?:cradle|birthplace|heartland|stronghold|bastion|fief|sanctuary|home\s+base|base|berceau|sanctuaire|terrain\s+d['’]action|place\s+forte|repaire)(?:\s+[\p{Ll}-]+)?\s+(?:of|de|du|des|d['’])\s*(?:(?:the|la|le|les)\s+|l['’])?$`,
  'iu',
);

/** `[group, place, trigger]` for each place a sentence gives as the home of a group. */
export function homePlaces(view: SentenceView): [Mention, Mention, Trigger][] {
  const out: [Mention, Mention, Trigger][] = [];
  for (const place of placeReadings(view)) {
    const owner = view.actors.find((m) => m.start >= place.end && m.start - place.end <= 90);
    if (!owner || !GROUPS.has(owner.type)) continue;
    const gap = view.text.slice(place.end - view.start, owner.start - view.start);
    if (!HOME.test(gap)) continue;
    const trigger = { start: place.start, end: owner.start };
    for (const group of coordinated(view, owner, 1).filter((m) => GROUPS.has(m.type))) out.push([group, place, trigger]);
  }
  return out;
}
