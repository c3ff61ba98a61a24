import { useMemo } from 'react';
import { useApi } from '../../api/use-api.js';
import { apiGet } from '../../api/contract.js';

/** Names of actors and places by id, for showing disputed values; empty until loaded. */
export function useNames(wanted: boolean): ReadonlyMap<string, string> {
  const actors = useApi(wanted ? apiGet('/actors', {}) : null);
  const places = useApi(wanted ? apiGet('/places', {}) : null);
  return useMemo(() => {
    const names = new Map<string, string>();
    for (const list of [actors, places]) if (list.state === 'ready') for (const record of list.data) names.set(record.id, record.name);
    return names;
  }, [actors, places]);
}
