/**
 * One trigger to one proposed event, in three stages whose order matters: the frame's participants and type
 * (event-frames.ts), the place and the type it gives (event-setting.ts), then the checks that the sentence tells an
 * incident (event-telling.ts), which read the type the first two settled.
 */
import type { Mention } from '../mentions/find-mentions.js';
import type { EventPattern } from './event-patterns.js';
import { readFrame } from './event-frames.js';
import { placeAndRetype } from './event-setting.js';
import { toldEvent } from './event-telling.js';
import type { SentenceView } from './sentence-view.js';
import type { ExtractedEvent, TriggerAt } from './extracted-event.js';

/** The event a trigger tells in its sentence, or undefined; `claimers` are those who claimed the act, if it is violent. */
export function buildEvent(view: SentenceView, pattern: EventPattern, at: TriggerAt, claimers: Mention[]): ExtractedEvent | undefined {
  const frame = readFrame(view, pattern, at, claimers);
  if (!frame) return undefined;
  const setting = placeAndRetype(view, pattern, at, frame.type, frame.participants);
  if (!setting) return undefined;
  return toldEvent(view, at, setting.type, frame.participants, setting.located, setting.placed);
}
