/**
 * A list of places that goes on past an "as well as" or « ainsi que »: "active in the Mopti and Ségou regions, as well as
 * in northern Burkina Faso", « présent dans les régions de Mopti et de Ségou, ainsi que dans le nord et l’est du Burkina
 * Faso ». The list reader stops at the comma before the phrase; the places after it are the same trigger's.
 */
import type { Mention } from '../mentions/find-mentions.js';
import { coordinated } from './coordinated.js';
import { placeReadings, type SentenceView } from './sentence-view.js';

/** The comma, the phrase, a repeated preposition and an article, before the list's next place. */
const TAIL =
  /^\s*,?\s*(?:ainsi\s+que\s+|ainsi\s+qu['’]\s*|(?:as\s+well\s+as|mais\s+aussi|but\s+also|and\s+also|et\s+aussi)\s+)(?:(?:in|into|across|around|dans|en|au|aux|à|autour\s+d[e'’]|sur)\s+)?(?:(?:the|le|la|les)\s+|l['’]\s*)?$/iu;

/** The places of a list, with those after an "as well as" that continues it. */
export function withListTail(view: SentenceView, places: readonly Mention[]): Mention[] {
  const all = placeReadings(view);
  const out = [...places];
  for (let last = out.at(-1); last;) {
    const from = last.end;
    const next = all.find((m) => m.start >= from);
    if (!next || !TAIL.test(view.text.slice(from - view.start, next.start - view.start))) break;
    const tail = coordinated(view, next, 1, all).filter((m) => !out.some((p) => p.start === m.start));
    if (tail.length === 0) break;
    out.push(...tail);
    last = out.at(-1);
  }
  return out;
}
