// Actors and places for the extraction tests: what the extractor is given to find in a text.
import type { Actor } from '../../core/model/actor.js';
import type { Place } from '../../core/model/place.js';

export const testActor = (slug: string, name: string, kind: Actor['kind'] = 'armed_group', aliases: string[] = []): Actor => ({
  id: `actor:${slug}`,
  kind,
  name,
  description: `${name}, for the test`,
  ...(aliases.length ? { aliases: aliases.map((a) => ({ name: a, kind: 'acronym' as const })) } : {}),
});

export const testPlace = (slug: string, name: string): Place => ({ id: `place:${slug}`, kind: 'town', name, country: 'ML' });
