import type { DateMention } from './normalise-dates.js';

/** Characters between two spans; 0 when they touch or overlap. */
const gap = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.max(0, a.start - b.end, b.start - a.end);

/**
 * The date of a sentence nearest to a span (an event's trigger): "On 3 May 2019 JNIM attacked …, a month
 * after the raid of 2 April" dates the attack with 3 May. A date before the span wins a tie, since a
 * sentence usually gives the time before what happened then.
 */
export function nearestDate(dates: readonly DateMention[], span: { start: number; end: number }): DateMention | undefined {
  let best: DateMention | undefined;
  for (const d of dates) {
    if (!best || gap(d, span) < gap(best, span) || (gap(d, span) === gap(best, span) && d.start < best.start)) best = d;
  }
  return best;
}
