/**
 * The fighting a capture was won by. "fell to the army after clashes with the rebels", "drove the FLN out of Gao after a
 * day of street fighting", « arrachée au FLN au terme de combats acharnés »: the fight is named inside a prepositional
 * phrase of the capture's clause, as the way the town was taken, so the annotations hold the capture alone. A clash
 * told as a clause of its own ("clashes … led to the capture of") stays an event beside the capture.
 */
import type { SentenceView } from './sentence-view.js';
import { isCapture, isViolent, type ExtractedEvent } from './extracted-event.js';

// The preposition that makes a fight the means or the lead-up of what the clause tells, then at most four words of
// measure or description before the fighting noun ("after a day of street", "au terme de", « à l'issue de violents »).
const MEANS = /(?<![\p{L}])(?:after|following|au\s+terme\s+d[e'’]|à\s+l['’]issue\s+d[e'’]|apr[èe]s)\s*(?:[\p{L}'’-]+\s+){0,4}$/iu;
// A fighting noun: a verb ("after they fought") or a clash with a toll told of its own ("after clashes that left 20 dead")
// is no phrase of the capture.
const FIGHT_NOUN = /^(?:fighting|clash(?:es)?|battles?|combats?|affrontements?|accrochages?)$/iu;

/** Whether a violent event is the fight a capture told in the same sentence was won by. */
function wonBy(view: SentenceView, event: ExtractedEvent, captures: readonly ExtractedEvent[]): boolean {
  if (!isViolent(event.type) || isCapture(event.type) || captures.length === 0) return false;
  const trigger = view.text.slice(event.trigger.start - view.start, event.trigger.end - view.start);
  if (!FIGHT_NOUN.test(trigger)) return false;
  // The preposition must sit in the capture's own stretch of the sentence, with no full stop of a clause between.
  const before = view.text.slice(Math.max(0, event.trigger.start - view.start - 60), event.trigger.start - view.start);
  if (!MEANS.test(before)) return false;
  return captures.some((c) => Math.abs(c.trigger.start - event.trigger.start) <= 120 && !/[;:]/u.test(between(view, c, event)));
}

const between = (view: SentenceView, a: ExtractedEvent, b: ExtractedEvent) =>
  view.text.slice(Math.min(a.trigger.end, b.trigger.end) - view.start, Math.max(a.trigger.start, b.trigger.start) - view.start);

/** The events of a sentence without the fights that only tell how a capture beside them was won. */
export function withoutCaptureMeans(view: SentenceView, events: readonly ExtractedEvent[]): ExtractedEvent[] {
  const captures = events.filter((e) => isCapture(e.type));
  return events.filter((e) => !wonBy(view, e, captures));
}
