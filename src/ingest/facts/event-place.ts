/**
 * Where an event happened: the place that is the trigger's object ("left Mali"), else the nearest town after or just
 * before it, else "the city" read back to the place named last; with ACLED's precision (1 the place itself, 2 near
 * it, 3 a region or a country).
 */
import type { Mention } from '../mentions/find-mentions.js';
import type { SentenceView } from './sentence-view.js';

/** Places too wide to be a town left behind: leaving one is a withdrawal of forces. */
export const WIDE = ['region', 'area', 'country', 'cercle'];

export function placeFor(view: SentenceView, at: { start: number; end: number }, needsPlace: boolean): { place: Mention; precision: 1 | 2 | 3 } | undefined {
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
