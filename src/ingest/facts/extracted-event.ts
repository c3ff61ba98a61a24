/** What the event extractor proposes from one sentence, and the groups of event types its stages test. */
import type { Fatalities, Participant } from '../../core/model/event.js';
import { EVENT_TYPES, type EventType } from '../../core/vocab/event-types.js';
import type { Mention } from '../mentions/find-mentions.js';

export interface ExtractedParticipant {
  actor: Mention;
  role: Participant['role'];
  attribution?: Participant['attribution'];
}

/** An event proposed from one sentence. Offsets are UTF-16 indices into the document. */
export interface ExtractedEvent {
  type: EventType;
  date?: string;
  place?: Mention;
  placePrecision?: 1 | 2 | 3;
  participants: ExtractedParticipant[];
  fatalities?: Fatalities;
  sentence: number;
  trigger: { start: number; end: number };
}

/** A trigger's match in a sentence, as document offsets. */
export interface TriggerAt {
  start: number;
  end: number;
  text: string;
}

const VIOLENT = new Set(['battle', 'remote_violence', 'violence_against_civilians']);

/** Battles, remote violence and violence against civilians: the acts that take a toll and a perpetrator. */
export function isViolent(type: EventType): boolean {
  return VIOLENT.has(EVENT_TYPES[type].group);
}

/** A town or territory changing hands. */
export const isCapture = (type: EventType) =>
  type === 'town_captured' || type === 'government_regains_territory' || type === 'non_state_actor_overtakes_territory';
