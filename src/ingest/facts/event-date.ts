/**
 * The date of an event: the sentence's date nearest its trigger, where a dateline's date ("OUAGADOUGOU, Sept. 28 –") is
 * the day the report was filed, not the day of what it tells, and so dates an event only when the sentence gives no other.
 */
import type { DateMention } from '../dates/normalise-dates.js';
import { nearestDate } from '../dates/nearest-date.js';
import { isPublicationStatement } from '../dates/publication-date.js';
import { inRelativeAside } from './not-an-incident.js';
import type { SentenceView } from './sentence-view.js';

/** A past participle that opens a reduced relative clause about the deed a court tried: "committed", "carried out", « commis ». */
const DEED_PARTICIPLE = /(?<![\p{L}])(?:committed|perpetrated|carried\s+out|commis(?:es)?|perp[ée]tr[ée]e?s?)(?![\p{L}])/iu;

/** The date nearest a trigger, a dateline's only when the sentence names no other date. */
export function eventDate(view: SentenceView, at: { start: number; end: number }, deedsApart = false): DateMention | undefined {
  // A dateline opens its line, and so the sentence: the sentence's own text is enough to recognise it.
  // A date in a relative clause set off before the trigger ("dont le Mali est membre depuis 1975,") dates that clause.
  const aside = view.dates.filter((d) => !inRelativeAside(view, d, at));
  // "found him guilty of crimes committed in Timbuktu between April 2012 and January 2013": for a verdict (`deedsApart`), a
  // date after a participle telling the deed tried dates that deed, unless the sentence has no other. Not for the deed
  // itself: « le massacre commis le 23 mars » is dated by what follows "commis".
  const ownDeed = aside.filter((d) => !(deedsApart && d.start >= at.end && DEED_PARTICIPLE.test(view.text.slice(at.end - view.start, d.start - view.start))));
  const own = ownDeed.length > 0 ? ownDeed : aside;
  const told = own.filter((d) => !isPublicationStatement(view.text, d.start - view.start));
  return nearestDate(told, at, view) ?? nearestDate(own, at, view);
}
