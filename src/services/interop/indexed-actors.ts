import type { Store } from '../../core/store-port.js';
import { actorCountries, type IndexedActor } from '../../interop/actor-names.js';

/**
 * The recorded actors as the import's name index reads them: names, kind, and the countries they
 * belong to or their ties place them in, so acronyms resolve only within a row's country.
 */
export async function indexedActors(store: Store): Promise<IndexedActor[]> {
  const [actors, relations, places] = await Promise.all([store.list('actor'), store.list('relation'), store.list('place')]);
  const placed = actorCountries(relations, places);
  return actors.map(({ id, name, aliases, kind, country }) => {
    const countries = placed.get(id);
    return { id, name, kind, ...(aliases ? { aliases } : {}), ...(country ? { country } : {}), ...(countries ? { countries: [...countries].sort() } : {}) };
  });
}
