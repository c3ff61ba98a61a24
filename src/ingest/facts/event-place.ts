/**
 * Where an event happened: the place that is the trigger's object ("left Mali"), else the nearest town after or just
 * before it, else "the city" read back to the place named last; with ACLED's precision (1 the place itself, 2 near
 * it, 3 a region or a country).
 */
import type { Mention } from '../mentions/find-mentions.js';
import { isPublicationStatement } from '../dates/publication-date.js';
import type { SentenceView } from './sentence-view.js';

/**
 * "OUAGADOUGOU, Dec. 26 – Funerals were held…": the dateline's town is where the report was filed, not where what the
 * sentence tells happened, so it places no event.
 */
function withoutDateline(view: SentenceView): SentenceView {
  const filed = view.dates.find((d) => isPublicationStatement(view.text, d.start - view.start));
  if (!filed || !view.places.some((p) => p.end <= filed.start)) return view;
  return { ...view, places: view.places.filter((p) => p.end > filed.start) };
}

/** Places too wide to be a town left behind: leaving one is a withdrawal of forces. */
export const WIDE = ['region', 'area', 'country', 'cercle'];

export function placeFor(view: SentenceView, at: { start: number; end: number }, needsPlace: boolean): { place: Mention; precision: 1 | 2 | 3 } | undefined {
  view = withoutDateline(view);
  const after = view.places.filter((p) => p.start >= at.end);
  const near = needsPlace
    ? [...after.filter((p) => p.start - at.end <= 80), ...view.places.filter((p) => p.end <= at.start && at.start - p.end <= 40)]
    : [...after, ...view.places];
  // "captured the city", "a pris la ville": the place named last before, when the sentence names none near.
  const anaphoric =
    near.length === 0 && view.lastPlace && /^\s*(?:the|la|le)\s+(?:city|town|village|ville|localit[ée])(?![\p{L}])/iu.test(view.text.slice(at.end - view.start))
      ? view.lastPlace
      : undefined;
  // The place right after the trigger is its object ("left Mali", "a quitté le Mali"), whatever its kind.
  const object = after.find((p) => /^\s*(?:the\s+|le\s+|la\s+|l['’]|from\s+(?:the\s+)?)?$/iu.test(view.text.slice(at.end - view.start, p.start - view.start)));
  const place = object ?? near.find((p) => p.type !== 'country') ?? near[0] ?? anaphoric;
  if (!place) return undefined;
  if (place === anaphoric) return { place, precision: ['region', 'area', 'country', 'cercle'].includes(place.type) ? 3 : 1 };
  const before = view.text.slice(Math.max(0, place.start - view.start - 30), place.start - view.start);
  // "in the Kidal region", "dans la région de Kidal": a town's name standing for the region around it.
  const regionOf =
    /^\s+(?:region|province|area|district|cercle)(?![\p{L}])/iu.test(view.text.slice(place.end - view.start)) ||
    /(?:r[ée]gion|province|cercle|area|region|district)\s+(?:of|de|du|d['’])\s*$/iu.test(before);
  const wide = ['region', 'area', 'country', 'cercle'].includes(place.type) || regionOf;
  const precision = wide
    ? 3
    : /(?:near|outside|close\s+to|around|not\s+far\s+from|km\s+(?:\w+\s+)?(?:from|of)|près\s+de|aux\s+environs\s+de|non\s+loin\s+de|autour\s+de|aux\s+alentours\s+de|à\s+proximité\s+de)\s+(?:the\s+)?(?:town\s+of\s+)?$/i.test(
          before,
        )
      ? 2
      : 1;
  return { place, precision };
}

/** Capitalised words that are no town: months, days, and the articles and pronouns that open a sentence. */
const NOT_A_TOWN =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Janvier|F[ée]vrier|Mars|Avril|Mai|Juin|Juillet|Ao[ûu]t|Septembre|Octobre|Novembre|D[ée]cembre|Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche|The|This|That|It|Its|They|Their|He|She|Le|La|Les|Il|Elle|Ils|Elles|Ce|Cette|Son|Sa|Ses|Leur|Leurs)$/u;
const NAME = String.raw`\p{Lu}[\p{Ll}'’-]+(?:[\s-]\p{Lu}[\p{Ll}'’-]+)?`;
/** Words that may follow a town's name in a clause: a preposition, a conjunction, a date word, or punctuation. */
const AFTER_A_TOWN = String.raw`(?=\s*(?:[,.;:)]|$)|\s+(?:on|in|at|after|before|and|from|near|during|last|this|le|en|à|après|au|aux|et|dans|près|lors|pendant|fin|début|mi|hier|yesterday)(?![\p{L}]))`;
const NAMED_AFTER = new RegExp(
  String.raw`^\s+(?:(?:the\s+)?(?:town|city|village|camp|base|garrison)\s+(?:of|at)\s+|(?:la\s+)?(?:ville|localit[ée]|commune)\s+(?:de|d['’])\s*|(?:le\s+)?(?:camp|village)\s+(?:de|d['’])\s*)?(${NAME})${AFTER_A_TOWN}`,
  'u',
);
const NAMED_BEFORE = new RegExp(String.raw`(?:^|[,;:]\s*|\s(?:and|et|then|puis)\s+)(${NAME})\s+$`, 'u');

/**
 * A town the database lacks, named as the object of a capture ("took control of Boulkessi", "a pris Dioura") or as the
 * subject of a passive one ("Djibo was overrun"): the event is told of a place, though there is no record to point at.
 */
export function unknownTownAt(view: SentenceView, at: { start: number; end: number }): boolean {
  const named = (m: RegExpExecArray | null, offset: (m: RegExpExecArray) => number): boolean => {
    const name = m?.[1];
    if (!m || !name || name.split(/[\s-]/u).some((w) => NOT_A_TOWN.test(w))) return false;
    const start = offset(m);
    return !view.actors.some((a) => a.start < start + name.length && start < a.end);
  };
  const after = view.text.slice(at.end - view.start);
  if (named(NAMED_AFTER.exec(after), (m) => at.end + m[0].indexOf(m[1] ?? ''))) return true;
  const passive = /^(?:was|were|had\s+been|has\s+been|fell|est|a\s+été|avait\s+été|sont|ont\s+été|[ée]tait|tomb)/iu.test(
    view.text.slice(at.start - view.start, at.end - view.start),
  );
  const before = view.text.slice(0, at.start - view.start);
  return passive && named(NAMED_BEFORE.exec(before), (m) => view.start + m.index + m[0].indexOf(m[1] ?? ''));
}
