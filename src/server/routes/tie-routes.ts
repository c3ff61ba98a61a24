import { Hono } from 'hono';
import type { Store } from '../../core/store-port.js';
import { eventSpans } from '../../services/queries/event-spans.js';
import { ties } from '../../services/queries/ties.js';
import { horizon, recordedQuery } from '../contract/fields.js';
import { defineRoute, validated } from '../contract/route.js';

const recorded = (at: string | undefined) => (at ? { recordedAt: at } : {});

/**
 * Time-bounded records with their day bounds worked out, for clients that move through time:
 * the network's slider and the timeline's axis.
 */
export const TIE_ROUTES = {
  ties: defineRoute({
    method: 'get',
    path: '/ties',
    summary:
      'Every relation with the day bounds of its certainty (D3–D10 and the lifespans of its ends, L3; competing readings included), so a client decides definite, possible, presumed or absent on any day by comparing ISO days',
    query: recordedQuery({
      horizon: horizon.optional().meta({
        description: 'months a tie stays presumed after its last attestation, and possible before a start known only by its latest day (D8, D10; default 24)',
      }),
    }),
    responses: {
      200: '{ ties: [{ id, type, from, to, toKind, sign, instant, valid, startEarliest, startLatest, endEarliest, endLatest, presumedFrom?, windows?, lastAttested?, disputed, role? }] }. Not in force on day d before startEarliest, after endLatest or outside every window; definite when startLatest ≤ d ≤ endEarliest; presumed from presumedFrom on; possible otherwise (certaintyIn and certaintyDuring in src/core/ties/tie-span.ts; src/services/queries/ties.ts)',
    },
  }),
  eventSpans: defineRoute({
    method: 'get',
    path: '/event-spans',
    summary: "Every event with the earliest and latest day its date allows (D1, D2), earliest first, for the timeline's axis",
    query: recordedQuery({}),
    responses: { 200: '{ events: [{ id, earliest, latest, … }] } (src/services/queries/event-spans.ts)' },
  }),
};

const T = TIE_ROUTES;

/** The handlers of TIE_ROUTES. */
export function tieRoutes(store: Store) {
  return new Hono()
    .get(T.ties.path, validated(T.ties), async (c) => {
      const q = c.req.valid('query');
      return c.json(await ties(store, { ...recorded(q.recordedAt), ...q.horizon }));
    })
    .get(T.eventSpans.path, validated(T.eventSpans), async (c) => c.json(await eventSpans(store, recorded(c.req.valid('query').recordedAt))));
}
