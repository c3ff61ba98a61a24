import { apiGet } from '../../api/contract.js';
import { useApi } from '../../api/use-api.js';
import type { Route } from '../../routing/route.js';
import { AREA_TYPES } from './api.js';
import { useSticky } from './use-sticky.js';

export type MapRoute = Extract<Route, { view: 'map' }>;

const timeWindow = (route: MapRoute): { from?: string; to?: string } => ({
  ...(route.from ? { from: route.from } : {}),
  ...(route.to ? { to: route.to } : {}),
});

/** Everything the map page loads: reference data once, and the events and areas of the current filter. */
export function useMapData(route: MapRoute) {
  const actorFilter: { actor?: string } = route.actor ? { actor: route.actor } : {};
  return {
    vocabulary: useApi(apiGet('/vocab/event-types', {})),
    places: useApi(apiGet('/places', {})),
    actors: useApi(apiGet('/actors', {})),
    sources: useApi(apiGet('/sources', {})),
    years: useApi(apiGet('/event-stats', { query: { by: 'year', limit: '0' } })),
    actorYears: useApi(route.actor ? apiGet('/event-stats', { query: { by: 'year', limit: '0', ...actorFilter } }) : null),
    eventCounts: useApi(apiGet('/event-stats', { query: { by: 'actor', limit: '0' } })),
    events: useSticky(useApi(apiGet('/events', { query: { ...timeWindow(route), ...actorFilter } }))),
    areas: useApi(route.actor ? apiGet('/relations', { query: { ...timeWindow(route), ...actorFilter, type: AREA_TYPES.join(',') } }) : null),
  };
}
