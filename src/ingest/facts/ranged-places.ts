/**
 * Where a group ranges or keeps a footing, told with the place as an object rather than after "in": a verb of ranging
 * over ground ("its fighters roam the cercles of A and B", "criss-crosses the Gourma", « sillonne le Tamesna »,
 * "patrols the Talataye valley") or a verb of keeping with a noun of a lasting footing before the place phrase ("keeps
 * posts in A", "has a foothold in the W park", "maintains checkpoints along the road", « conserve de solides bases dans
 * le Tamesna », « tiennent des postes autour d’Inékar »). Both state lasting presence, so villages the dataset lacks may
 * end them (new-places.ts).
 */
import type { Mention } from '../mentions/find-mentions.js';
import { locatedPlaces } from './locative.js';
import { withNewPlaces } from './new-places.js';
import { actorsBefore, matchesIn, placesAfter, type SentenceView } from './sentence-view.js';

type Trigger = { start: number; end: number };

const B = String.raw`(?<![\p{L}])`;
const E = String.raw`(?![\p{L}])`;

/** Verbs of ranging over ground, whose direct object is the place. */
const RANGE = new RegExp(
  String.raw`${B}(?:roam(?:s|ed|ing)?|criss-?cross(?:es|ed|ing)?|patrol(?:s|led|ling)?|scour(?:s|ed|ing)?|sillonn(?:e|ent|ait|aient|é)|parcour(?:t|ent|ait|aient|u)|écum(?:e|ent|ait|aient|é)|quadrill(?:e|ent|ait|aient|é))${E}`,
  'giu',
);

/**
 * A verb of keeping or having, a few words, then a noun of a lasting footing: the place phrase follows. Not "positions",
 * which holding makes `controls` (« tient plusieurs positions autour de »).
 */
const FOOTING = new RegExp(
  String.raw`${B}(?:keeps?|kept|maintain(?:s|ed)?|ha(?:s|ve|d)|holds?|held|retains?|retained|runs?|conserv(?:e|ent|ait|aient)|gard(?:e|ent|ait|aient)|tien(?:t|nent|nait|naient)|dispos(?:e|ent|ait|aient)\s+d['’e]|poss[èe]d(?:e|ent|ait|aient)|(?:a|ont|avait|avaient)\s+(?:conserv|gard|maintenu|install)\p{L}*)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:posts|outposts|checkpoints|camps|bases|garrisons?|footholds?|sanctuar(?:y|ies)|hideouts|postes|avant-postes|barrages|camps|bases|garnisons?|sanctuaires?|repaires?|points\s+d['’]appui)${E}`,
  'giu',
);

/** `[group, place, trigger]` for each group said to range over a place or to keep a footing in it. */
export function rangedPlaces(view: SentenceView): [Mention, Mention, Trigger][] {
  const out: [Mention, Mention, Trigger][] = [];
  const readable = withNewPlaces(view);
  const found = (at: Trigger, places: Mention[]) => {
    if (places.length === 0) return;
    for (const group of actorsBefore(view, at.start)) {
      if (group.type === 'community' || group.type === 'person' || group.type === 'state') continue;
      for (const place of places) out.push([group, place, at]);
    }
  };
  for (const at of matchesIn(view, RANGE)) found(at, OBJECT.test(view.text.slice(at.end - view.start)) ? placesAfter(readable, at.end, 25) : []);
  for (const at of matchesIn(view, FOOTING)) if (!NO_FOOTING.test(at.text)) found(at, locatedPlaces(readable, at.end, 40));
  return out;
}

/** "has no foothold in", « ne garde aucun poste à »: a footing denied. */
const NO_FOOTING = /(?<![\p{L}])(?:no|not|never|aucune?|pas|plus|jamais)(?![\p{L}])/iu;

/** The object opens right after the verb: an article or the name, maybe with a kind of area ("the cercles of"). */
const OBJECT = /^\s+(?:(?:the|le|la|les|l['’])\s*)?(?:(?:[\p{Ll}-]+\s+){0,3}(?:of|de|du|des|d['’])\s*(?:(?:the|la|le|les)\s+|l['’])?)?\p{Lu}/u;
