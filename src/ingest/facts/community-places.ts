/**
 * "recruits among the Fulani of the Inner Niger Delta", « recrute parmi les Peuls du Soum », "draws its fighters from the
 * Tuareg of the Kidal region": a group that recruits from a community named with its place operates in that place.
 */
import type { Mention } from '../mentions/find-mentions.js';
import type { ExtractedRelation } from './extract-relations.js';
import { placeReadings, placesAfter, type SentenceView } from './sentence-view.js';

/** Between a community and its place: maybe a noun of its people, then "of", "in", "from", « de », « du », « dans ». */
const COMMUNITY_OF =
  /^\s+(?:(?:herders|youths?|men|clans?|tribes?|communities|fighters|éleveurs|jeunes|tribus?|communautés?|combattants)\s+)?(?:of|in|from|de|du|des|d['’]|dans|en)\s*(?:(?:the|la|le|les|l['’])\s*)?$/iu;

/** `[group, place, trigger]` for each group the sentence says recruits from a community, and the place named with it. */
export function communityPlaces(view: SentenceView, found: readonly ExtractedRelation[]): [Mention, Mention, { start: number; end: number }][] {
  const out: [Mention, Mention, { start: number; end: number }][] = [];
  for (const r of found) {
    // A verb of recruiting before the community, not an adjective ("the Tuareg MNLA"), whose trigger is the community.
    if (r.type !== 'based_on_community' || r.trigger.end > r.to.start) continue;
    const place = placeReadings(view).find((m) => m.start >= r.to.end && COMMUNITY_OF.test(view.text.slice(r.to.end - view.start, m.start - view.start)));
    if (place) for (const p of placesAfter(view, place.start, 0)) out.push([r.from, p, r.trigger]);
  }
  return out;
}
