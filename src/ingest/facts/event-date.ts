/**
 * The date of an event: the sentence's date nearest its trigger, where a dateline's date ("OUAGADOUGOU, Sept. 28 –") is
 * the day the report was filed, not the day of what it tells, and so dates an event only when the sentence gives no other.
 */
import type { DateMention } from '../dates/normalise-dates.js';
import { nearestDate } from '../dates/nearest-date.js';
import { isPublicationStatement } from '../dates/publication-date.js';
import { inRelativeAside } from './not-an-incident.js';
import type { SentenceView } from './sentence-view.js';

/** The date nearest a trigger, a dateline's only when the sentence names no other date. */
export function eventDate(view: SentenceView, at: { start: number; end: number }): DateMention | undefined {
  // A dateline opens its line, and so the sentence: the sentence's own text is enough to recognise it.
  // A date in a relative clause set off before the trigger ("dont le Mali est membre depuis 1975,") dates that clause.
  const own = view.dates.filter((d) => !inRelativeAside(view, d, at));
  const told = own.filter((d) => !isPublicationStatement(view.text, d.start - view.start));
  return nearestDate(told, at, view) ?? nearestDate(own, at, view);
}
