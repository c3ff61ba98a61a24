import { apiPath } from '../../api/client.js';
import type { Actor, Place, Source } from '../../api/types.js';
import { useApi, type Loadable } from '../../api/use-api.js';
import type { Route } from '../../routing/route.js';
import { AREA_TYPES, type ConflictEvent, type EventStats, type EventTypeVocabulary, type Relation } from './api.js';
import { useSticky } from './use-sticky.js';

export type MapRoute = Extract<Route, { view: 'map' }>;

const timeWindow = (route: MapRoute): Record<string, string> => ({
  ...(route.from ? { from: route.from } : {}),
  ...(route.to ? { to: route.to } : {}),
});

/** Everything the map page loads: reference data once, and the events and areas of the current filter. */
export function useMapData(route: MapRoute) {
  const actorFilter: Record<string, string> = route.actor ? { actor: route.actor } : {};
  return {
    vocabulary: useApi<EventTypeVocabulary>('api/vocab/event-types'),
    places: useApi<Place[]>('api/places'),
    actors: useApi<Actor[]>('api/actors'),
    sources: useApi<Source[]>('api/sources'),
    years: useApi<EventStats>(apiPath(['event-stats'], { by: 'year', limit: '0' })),
    actorYears: useApi<EventStats>(route.actor ? apiPath(['event-stats'], { by: 'year', limit: '0', ...actorFilter }) : null),
    eventCounts: useApi<EventStats>(apiPath(['event-stats'], { by: 'actor', limit: '0' })),
    events: useSticky(useApi<ConflictEvent[]>(apiPath(['events'], { ...timeWindow(route), ...actorFilter }))),
    areas: useApi<Relation[]>(route.actor ? apiPath(['relations'], { ...timeWindow(route), ...actorFilter, type: AREA_TYPES.join(',') }) : null) as Loadable<
      Relation[]
    >,
  };
}
