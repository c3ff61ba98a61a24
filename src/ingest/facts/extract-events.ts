/**
 * From a sentence's triggers to proposed events. Triggers are found in event-triggers-found.ts, each is built into an
 * event in build-event.ts (frame, place, then the checks that an incident is told), and acts are merged in event-acts.ts.
 */
import { HEADING, isUnverified } from './not-an-incident.js';
import type { SentenceView } from './sentence-view.js';
import { triggersFound } from './event-triggers-found.js';
import { actsOf } from './event-acts.js';
import { withTextOnlyPlaces } from './event-new-place.js';
import type { ExtractedEvent } from './extracted-event.js';

export type { ExtractedEvent } from './extracted-event.js';

/** Events stated in a sentence: one per trigger, a claim of responsibility joined to the act it claims. */
export function extractEvents(view: SentenceView): ExtractedEvent[] {
  if (HEADING(view.text) || isUnverified(view)) return [];
  return withTextOnlyPlaces(view, actsOf(view, triggersFound(view)));
}
