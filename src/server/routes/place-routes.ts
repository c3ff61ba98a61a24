import { Hono } from 'hono';
import { z } from 'zod';
import type { Store } from '../../core/store-port.js';
import { placeProfile } from '../../services/queries/place-profile.js';
import { search } from '../../services/queries/search.js';
import { count, recordedQuery, recordId, text } from '../contract/fields.js';
import { defineRoute, validated } from '../contract/route.js';

const recorded = (at: string | undefined) => (at ? { recordedAt: at } : {});

/** A place's own page, and the search across every kind of record that leads to it. */
export const PLACE_ROUTES = {
  placeProfile: defineRoute({
    method: 'get',
    path: '/places/:id/profile',
    summary: 'A place: its parents and the places inside it, events there by year, who held it or operated there and when, and the sources, with footnotes',
    params: z.strictObject({ id: recordId }),
    query: recordedQuery({}),
    responses: {
      200: 'PlaceProfile (src/services/queries/place-profile.ts): { place, status, footnotes, parents, children, inside, events: { total, fatalities, tollUnknown, byYear, list }, presence: [{ title, statements }], participants, sources, restrictedClaims, notes }',
      404: 'no such place',
    },
  }),
  search: defineRoute({
    method: 'get',
    path: '/search',
    summary:
      'Actors, places, events at the matching places and sources whose names, aliases, titles or authors contain the query, insensitive to case and accents',
    query: recordedQuery({
      q: text(200).min(1),
      limit: count.optional().meta({ description: 'most hits of each kind (default 20, at most 100)' }),
    }),
    responses: { 200: 'SearchResult (src/services/queries/search.ts): { actors, places, events: { total, at, list }, sources }' },
  }),
};

const P = PLACE_ROUTES;

/** The handlers of PLACE_ROUTES. */
export function placeRoutes(store: Store) {
  return new Hono()
    .get(P.placeProfile.path, validated(P.placeProfile), async (c) =>
      c.json(await placeProfile(store, c.req.valid('param').id, recorded(c.req.valid('query').recordedAt))),
    )
    .get(P.search.path, validated(P.search), async (c) => {
      const q = c.req.valid('query');
      return c.json(await search(store, q.q, { limit: Math.min(q.limit ?? 20, 100), ...recorded(q.recordedAt) }));
    });
}
