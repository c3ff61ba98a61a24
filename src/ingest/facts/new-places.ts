/**
 * Places the text names that the dataset lacks (villages, communes, parks: mentions proposed from their context) may end
 * a relation only where the trigger itself states where a group is: "active in", "besieging", « implanté dans »,
 * "recruits in", « mène une offensive dans ». A fight, a raid, troops or a patrol near a village place an incident, and
 * the annotators read them as no `operates_in` (on the development texts, such proposals to new places were 4 right of
 * 19). Such a place is proposed with the relation (services/ingest/proposed-places.ts); review refuses the relation until
 * the reviewer accepts that place or merges it into a recorded one.
 */
import type { SentenceView } from './sentence-view.js';

/** The sentence with its proposed places among its known ones, in reading order. */
export function withNewPlaces(view: SentenceView): SentenceView {
  if (!view.newPlaces?.length) return view;
  return { ...view, places: [...view.places, ...view.newPlaces].sort((a, b) => a.start - b.start) };
}

/**
 * Activity words (locative.ts's ACTIVITY) that state a group's presence or lasting activity, not an incident or a post:
 * operating, being active, present, based, installed or entrenched, recruiting, patrolling as a habit, a stronghold,
 * an offensive. Not "operation", "positions", "camp", "patrol" (a unit on one outing), "troops" or fighting words.
 */
export const STATED_PRESENCE =
  /^(?:operat(?:e|es|ed|ing)|active|present|based|stationed|deployed|entrenched|patrol(?:s|led|ling)|recruit(?:s|ed|ing)?|strongholds?|strongest|bases|headquartered|settled|presence|pr[ée]sence|op[èée]r(?:e|ent|ait|aient)|install[ée]e?s?|actifs?|actives?|pr[ée]sente?s?|implant[ée]e?s?|bas[ée]e?s?|d[ée]ploy[ée]e?s?|patrouill(?:e|ent|ait|aient)|recrut(?:e|ent|ait|aient)|bastion|fief|sévit|sévissent|offensives?)$/iu;
