/**
 * The places a relation's trigger points at, for extract-relations.ts: the antecedent of a relative ("Gao, which the
 * group held"), co-holders named after a place ("together with X"), "the town" for the place named last, a stretch of
 * territory ("large parts of the Mopti region"), a state read as a place, and the clitic "y" or "there".
 */
import type { Mention } from '../mentions/find-mentions.js';
import { placeReadings, placesAfter, type SentenceView } from './sentence-view.js';

/** The place a relative pronoun before a trigger stands for ("Gao, qu’il a tenue", "Gao, which the group held"). */
export function relativePlace(view: SentenceView, at: number): Mention[] {
  const place = placeReadings(view).findLast((m) => m.end <= at && RELATIVE_OBJECT.test(view.text.slice(m.end - view.start, at - view.start)));
  return place ? [place] : [];
}
/** A relative pronoun, its subject and a verb of holding: "qu’ils ont administrée", "which the FLN held". */
export const HELD_RELATIVE =
  /(?<![\p{L}])(?:qu['’]\s*(?:ils?|elles?|on)\s|que\s+(?:(?:le|la|les)\s+|l['’]|\p{Lu})|(?:which|that)\s+(?:(?:the|it|they|its|their)\s|\p{Lu}))[^,;.]{0,30}?(?<verb>ruled|administered|held|controlled|(?:a|ont|avait|avaient)\s+(?:administr|contr[ôo]l|occup|ten)\p{L}*|(?:administr|contr[ôo]l|occup|ten)(?:ait|aient))(?![\p{L}])/gu;
// The relative's subject follows its pronoun: "qu’il", "que le FLN", "which the group", "which it" — not "which holds".
const RELATIVE_OBJECT =
  /^\s*,\s*(?:qu['’]\s*(?:ils?|elles?|on)\s|que\s+(?:(?:le|la|les)\s+|l['’]|\p{Lu})|(?:which|that)\s+(?:(?:the|it|they|its|their)\s|\p{Lu}))[^,;.]{0,40}$/u;

/** Groups named right after a place (or a relative's verb) as its co-holders: "together with X", "avec X", "aux côtés de X". */
export function placePartners(view: SentenceView, from: number | undefined): Mention[] {
  if (from === undefined) return [];
  const partner = view.actors.find(
    (m) => m.start >= from && m.start - from <= 40 && PARTNER_GAP.test(view.text.slice(from - view.start, m.start - view.start)),
  );
  return partner ? [partner] : [];
}
const PARTNER_GAP =
  /^\s*,?\s*(?:(?:jusqu['’]en|until|in|en)\s+\d{4}\s+)?(?:together\s+with|along\s+with|alongside|with|avec|aux\s+c[ôo]t[ée]s\s+d[e'’]|en\s+compagnie\s+d[e'’])\s*(?:(?:the|le|la|les)\s+|l['’])?$/iu;

/** The places after a trigger, or for "the town", "la ville" the place named last ("s’empare de la ville", "took the town"). */
export function placesAfterOrTown(view: SentenceView, at: number): Mention[] {
  const places = placesAfter(view, at, 25);
  if (places.length > 0) return places;
  // "controls large parts of the Eastern Region", "tient de vastes zones rurales dans la région de Mopti": a stretch of
  // territory in the places named after it.
  const stretch = TERRITORY.exec(view.text.slice(at - view.start));
  if (stretch) {
    // The stretch's last words may open the place's own name ("de la province du Soum").
    const within = placesAfter(view, at, stretch[0].length);
    if (within.length > 0) return within;
  }
  const town = /^\s*(?:de\s+|d['’])?(?:the|la|le)\s+(?:town|city|ville|cité|localité)(?![\p{L}\s]*(?:of|de|du|d['’])\s)/iu.test(
    view.text.slice(at - view.start),
  );
  const last = view.places.findLast((m) => m.end <= at) ?? view.lastPlace;
  return town && last ? [last] : [];
}

/**
 * Words of a stretch of territory before the place it lies in ("much of the countryside around", "de vastes zones dans la",
 * "plusieurs localités de la", "les zones frontalières d’", "la plupart des routes de la").
 */
const TERRITORY =
  /^\s+(?:(?:much|most|large|larger|vast|wide|huge|great|big|parts?|swathes?|swaths?|areas?|zones?|portions?|stretches|tracts|countryside|rural|territory|territories|villages|roads|routes|towns|localities|localit[ée]s|communes|axes|many|several|numerous|some|plusieurs|nombreu(?:x|ses?)|quelques|plupart|border|frontali[èe]res?|of|the|a|in|around|across|throughout|vastes?|grandes?|larges?|parties?|pans?|rurales?|territoires?|campagnes?|villages|routes|l['’]essentiel|majeure|partie|une?|des|de|du|d['’]|la|le|les|l['’]|dans|autour|en|au|aux)(?:\s+|(?<=['’])))*(?:much|most|parts?|swathes?|swaths?|areas?|zones?|portions?|stretches|tracts|countryside|territory|territories|villages|parties?|pans?|territoires?|campagnes?|essentiel|partie|localities|localit[ée]s|routes|roads|towns|communes|axes)(?:\s+(?:rural|rurales?|entiers?|entières?|frontali[èe]res?))?\s+(?:of|in|around|across|throughout|de|du|des|d['’]|dans|autour\s+d[e'’]|en|au|aux)\s*(?:(?:the|la|le|les)\s+|l['’])?(?:(?:[\p{Ll}-]+\s+){0,2}(?:of|de|du|des|d['’])\s*(?:(?:the|la|le|les)\s+|l['’])?)?/iu;

/** A state named after a locative preposition ("near the border with Mali", "attacks in Niger") is a place, not an agent. */
export function territory(view: SentenceView, actor: Mention): boolean {
  if (actor.type !== 'state') return false;
  const lead = view.text.slice(Math.max(0, actor.start - view.start - 24), actor.start - view.start);
  return /(?:^|[^\p{L}])(?:in|near|with|of|from|to|towards?|at|across|into|dans|près\s+de|avec|de|du|à|au|vers|en)\s+(?:the\s+)?$/iu.test(lead);
}

/**
 * "le groupe y recrute", "elles y sont présentes", "sent reinforcements there": the clitic "y" before the verb and "there"
 * after it stand for the place named last, in this sentence or the one before.
 */
export function pronounPlace(view: SentenceView, at: { start: number; end: number }): Mention[] {
  const lead = view.text.slice(Math.max(0, at.start - view.start - 20), at.start - view.start);
  const clitic = /(?:^|[\s,])y\s+(?:(?:a|ont|avait|avaient|est|sont|était|étaient|sera|seront)\s+)?(?:(?:déjà|aussi|encore|toujours)\s+)?$/iu.test(lead);
  // "il y a", "il y avait": "there is", not a place.
  const impersonal = /(?:^|\s)il\s+y\s+(?:a|avait|aura)\s*$/iu.test(lead) || /(?:^|\s)il\s+y\s+$/iu.test(lead);
  const there = /^\s+there(?![\p{L}])/iu.test(view.text.slice(at.end - view.start, at.end - view.start + 8));
  if (!(clitic && !impersonal) && !there) return [];
  const place = view.places.findLast((m) => m.end <= at.start) ?? view.lastPlace;
  return place ? [place] : [];
}
