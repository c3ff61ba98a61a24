import type { DateMention } from './normalise-dates.js';

/** Characters between two spans; 0 when they touch or overlap. */
const gap = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.max(0, a.start - b.end, b.start - a.end);

/** A comma, semicolon or dash between a date and the trigger: the date most likely belongs to another clause. */
const CLAUSE_BREAK = /[,;:–—()]/;
const OTHER_CLAUSE = 40;

/**
 * The date of a sentence nearest to a span (an event's trigger): "On 3 May 2019 JNIM attacked …, a month
 * after the raid of 2 April" dates the attack with 3 May. A date before the span wins a tie, since a
 * sentence usually gives the time before what happened then. Given the sentence, a date that punctuation
 * sets apart from the span counts as farther ("the fall of Gaddafi in October 2011, and the overthrow of
 * the government in March 2012" dates the overthrow with March 2012).
 */
export function nearestDate(
  dates: readonly DateMention[],
  span: { start: number; end: number },
  sentence?: { start: number; text: string },
): DateMention | undefined {
  const distance = (d: DateMention) => {
    const g = gap(d, span);
    if (!sentence) return g;
    const [from, to] = d.start < span.start ? [d.end, span.start] : [span.end, d.start];
    return CLAUSE_BREAK.test(sentence.text.slice(from - sentence.start, to - sentence.start)) ? g + OTHER_CLAUSE : g;
  };
  let best: DateMention | undefined;
  for (const d of dates) {
    if (!best || distance(d) < distance(best) || (distance(d) === distance(best) && d.start < best.start)) best = d;
  }
  return best;
}
