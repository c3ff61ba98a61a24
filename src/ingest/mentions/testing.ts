// What the mention tests read a text with: a few known actors and places, and the names found, as [surface, id].
import type { Actor } from '../../core/model/actor.js';
import type { Place } from '../../core/model/place.js';
import { extract } from '../extract.js';

export const knownActor = (slug: string, name: string, kind: Actor['kind'], aliases: { name: string; kind?: 'acronym' | 'nickname' }[] = []): Actor => ({
  id: `actor:${slug}`,
  kind,
  name,
  description: `${name}, for the test`,
  ...(aliases.length ? { aliases: aliases.map((a) => ({ name: a.name, kind: a.kind ?? 'acronym' })) } : {}),
});

export const knownPlace = (slug: string, name: string, kind: Place['kind'] = 'town', country = 'ML'): Place => ({ id: `place:${slug}`, kind, name, country });

/** The names read in a text: [surface, id], with `new:` before the id of a name the text introduces. */
export function namesIn(text: string, language: string, actors: readonly Actor[] = [], places: readonly Place[] = []): [string, string][] {
  return extract({ text, language, actors, places }).mentions.map((m) => [m.surface, m.via === 'proposed' ? `new:${m.id}` : m.id]);
}
