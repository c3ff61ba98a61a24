/**
 * A village or town that only the text names (neither the dataset nor the gazetteer holds it) places an event the known
 * places left without one: "gunmen killed 20 villagers in Tamalat", « l'attaque de Sobane Da ». The event points at the
 * proposed place, which the proposal carries to review as relations do (services/ingest/proposed-places.ts). It is set
 * once the acts are merged and spread, so a text-only name splits no act in two.
 */
import { placeFor } from './event-place.js';
import type { SentenceView } from './sentence-view.js';
import type { ExtractedEvent } from './extracted-event.js';

/** Settlements only: a hotel, a camp's name or a city district is not where the annotators place an incident. */
const SETTLEMENTS: readonly string[] = ['village', 'town'];

/**
 * The events of a sentence, each placed at the text-only settlement the sentence names when no known place was found
 * for it. Not the copies of one act spread over a list of such towns ("Kayes, Diboli et Gogui"): one name would place
 * them all. Not an act told with no date and no one named: the document reads it as the toll of the incident told
 * before (restatements.ts), and a name the dataset lacks must not make it an incident of its own.
 */
export function withTextOnlyPlaces(view: SentenceView, events: ExtractedEvent[]): ExtractedEvent[] {
  if (events.filter((e) => !e.place).length !== 1) return events;
  return events.map((e) => (e.place || (!e.date && e.participants.length === 0) ? e : withTextOnlyPlace(view, e)));
}

function withTextOnlyPlace(view: SentenceView, event: ExtractedEvent): ExtractedEvent {
  const towns = (view.newPlaces ?? []).filter((p) => SETTLEMENTS.includes(p.type));
  if (towns.length === 0) return event;
  const found = placeFor({ ...view, places: towns }, event.trigger, false);
  return found ? { ...event, place: found.place, placePrecision: found.precision } : event;
}
