/**
 * A foreign force leaving a town (the French operation leaving Gossi, a UN mission handing over its camp at Ber) withdraws:
 * the town is not lost to anyone, so it is no `town_abandoned`. Whether a force is foreign needs the records: a force of
 * another country than the town's, or one the dataset types as an external force. The sentence alone cannot tell it.
 */
import type { Actor } from '../../core/model/actor.js';
import type { Place } from '../../core/model/place.js';
import type { ExtractedEvent } from './extracted-event.js';

/** Kinds of actor that are a state's or an international force; an armed group leaving a town abandons it. */
const FORCES = new Set<Actor['kind']>(['state_force', 'international_force', 'international_org', 'state']);

/** Events with each town left by a foreign force retyped as a withdrawal. */
export function foreignDepartures(events: ExtractedEvent[], actors: readonly Actor[], places: readonly Place[]): ExtractedEvent[] {
  const actorById = new Map(actors.map((a) => [a.id, a]));
  const placeById = new Map(places.map((p) => [p.id, p]));
  const foreign = (actorId: string, country: string | undefined): boolean => {
    const actor = actorById.get(actorId);
    if (!actor || !FORCES.has(actor.kind)) return false;
    return actor.acledType === 'external_force' || (country !== undefined && actor.country !== undefined && actor.country !== country);
  };
  return events.map((e) => {
    if (e.type !== 'town_abandoned') return e;
    const country = e.place ? placeById.get(e.place.id)?.country : undefined;
    return e.participants.some((p) => foreign(p.actor.id, country)) ? { ...e, type: 'withdrawal' } : e;
  });
}
