import { Hono } from 'hono';
import { z } from 'zod';
import type { InForce } from '../../services/queries/ties.js';
import type { Store } from '../../core/store-port.js';
import { diff } from '../../services/queries/diff.js';
import { disputes } from '../../services/queries/disputes.js';
import { events, EVENTS_GROUPINGS, type EventsGrouping } from '../../services/queries/events.js';
import { genealogy } from '../../services/queries/genealogy.js';
import { betweennessThread, type BetweennessRunner } from '../../services/queries/betweenness-thread.js';
import { metrics, metricsSeries } from '../../services/queries/metrics.js';
import { path } from '../../services/queries/path.js';
import { snapshot } from '../../services/queries/snapshot.js';
import { timeline } from '../../services/queries/timeline.js';
import { count, day, flag, horizon, recordedQuery, recordId, subjectId, words } from '../contract/fields.js';
import { defineRoute, validated } from '../contract/route.js';
import { EVENT_FILTER_FIELDS } from '../contract/event-filter-fields.js';

const recorded = (at: string | undefined) => (at ? { recordedAt: at } : {});
const actorParam = z.strictObject({ id: recordId });
const PERIOD = 'YYYY, YYYY-MM or YYYY-MM-DD';
const step = z.enum(['year', 'month']);
const communities = z
  .enum(['top', 'recorded'])
  .meta({ description: 'communal violence between the widest communities (top, default) or as group bases name them (recorded)' });
const months = horizon.optional().meta({
  description: 'months a tie stays presumed after its last attestation, and possible before a start known only by its latest day (D8, D10; default 24)',
});
const groupings = EVENTS_GROUPINGS as readonly EventsGrouping[] as [EventsGrouping, ...EventsGrouping[]];

/** `definite=true` keeps definite ties only; `presumed=false` drops ties only presumed (D8). */
function certaintyOf(definite: boolean | undefined, presumed: boolean | undefined): { minCertainty?: InForce } {
  if (definite === true) return { minCertainty: 'definite' };
  return presumed === false ? { minCertainty: 'possible' } : {};
}

/** The query layer over HTTP: time travel, genealogy, paths, diffs, event statistics, disputes and metrics. */
export const QUERY_ROUTES = {
  snapshot: defineRoute({
    method: 'get',
    path: '/snapshot',
    summary: 'Actors and ties in force in a period, each definite, possible or presumed (docs/queries.md, D3–D10, L3)',
    query: recordedQuery({
      asOf: day.meta({ description: `${PERIOD}: the period it names (D9)` }),
      kind: words.optional().meta({ description: 'comma-separated actor kinds' }),
      type: words.optional().meta({ description: 'comma-separated relation types' }),
      definite: flag.optional().meta({ description: 'true: only ties definitely in force' }),
      presumed: flag.optional().meta({ description: 'false: leave out ties only presumed after their last attestation (D8)' }),
      horizon: months,
    }),
    responses: {
      200: 'SnapshotResult (src/services/queries/snapshot.ts): { asOf, day, until, actors: [{ id, name, kind, certainty }], ties: [{ id, type, from, to, valid, role?, certainty, lastAttested?, disputed }], places, counts: { actors, ties, definite, possible, presumed, disputed } }',
    },
  }),
  timeline: defineRoute({
    method: 'get',
    path: '/actors/:id/timeline',
    summary: "An actor's ties and events over time",
    params: actorParam,
    query: recordedQuery({}),
    responses: { 200: 'timeline (src/services/queries/timeline.ts)', 404: 'no such actor' },
  }),
  genealogy: defineRoute({
    method: 'get',
    path: '/actors/:id/genealogy',
    summary: 'Ancestors and descendants through splits, mergers and renames; components and coalitions over time',
    params: actorParam,
    query: recordedQuery({}),
    responses: {
      200: 'Genealogy (src/services/queries/genealogy.ts): the lineage steps, components and coalitions, and `model` (GenealogyModel, src/analysis/genealogy/types.ts) — lanes with start and end bounds, connectors, memberships, persons and the axis — that the CLI, `draw genealogy` and the web chart render',
      404: 'no such actor',
    },
  }),
  path: defineRoute({
    method: 'get',
    path: '/path',
    summary: 'A shortest chain of ties between two actors in a period, definite chains first, then possible, then presumed',
    query: recordedQuery({
      from: recordId.meta({ description: 'actor id' }),
      to: recordId.meta({ description: 'actor id' }),
      asOf: day.meta({ description: PERIOD }),
      definite: flag.optional(),
      horizon: months,
    }),
    responses: {
      200: 'PathResult (src/services/queries/path.ts): { asOf, from, to, found, certainty, actors, hops, routes: [{ certainty, actors: [{ id, name }], hops: [{ from, to, ties: [{ id, type, from, to, certainty, valid, footnotes }] }] }], notes } — routes definite first, then possible, then presumed; notes are footnotes as in an actor profile',
    },
  }),
  diff: defineRoute({
    method: 'get',
    path: '/diff',
    summary:
      'Organisations formed and ended (lifespans), leaders changed, ties begun, first attested and ended, episodes, territory gained and lost, instants that happened, persons apart, between two dates',
    query: recordedQuery({ from: day.meta({ description: PERIOD }), to: day.meta({ description: PERIOD }), horizon: months }),
    responses: {
      200: 'DiffResult (src/services/queries/diff.ts): { begun, firstAttested, ended, episodes, happened: [{ id, type, from, to, valid, certain, when: { earliest, latest }, endedWith?, footnotes }], territory: { gained, lost }, formed, dissolved: [{ actor, date, certain, when, ended?, basis?, footnotes }], persons: { appeared, ended }, leaders: [{ relation, type, person, organisation, change, valid, certain, when, footnotes }], names, notes } — notes are footnotes as in an actor profile',
    },
  }),
  eventStats: defineRoute({
    method: 'get',
    path: '/event-stats',
    summary: 'Event counts and fatalities (low, best, high), filtered and grouped, with the first matching events',
    query: recordedQuery({
      by: z.enum(groupings).optional().meta({ description: 'region is the former name of admin1' }),
      ...EVENT_FILTER_FIELDS,
      limit: count.optional().meta({ description: 'events to list (default 100)' }),
    }),
    responses: { 200: 'EventsResult (src/services/queries/events.ts): { total, groups, events }' },
  }),
  disputes: defineRoute({
    method: 'get',
    path: '/disputes',
    summary: 'Facts whose sources contradict each other (R1–R5), and what each source says',
    query: recordedQuery({
      subject: subjectId.optional().meta({ description: 'an id; an actor also brings the ties it is an end of and the events it takes part in' }),
      all: flag.optional().meta({ description: 'true: also readings that only refine each other or miss by less than their precision' }),
    }),
    responses: {
      200: 'Dispute[] (src/services/queries/disputes.ts), heaviest first: { subject, kind, label, weight, properties: [{ property, difference, readings: [{ value, weight: { score, sources, independent, strongest, latest }, supports, disputes }] }], disputedBy, disputedWeight?, supportedBy?, supportedWeight? }; each claim in supports, disputes and disputedBy: { claim, stance, credibility, note, voice? (M7: { actor, name, says: alleges | claims | denies }), sources: [{ id, title, reliability }], passages: [{ sourceId, sourceTitle, reliability, start, end, restricted }] }',
    },
  }),
  metrics: defineRoute({
    method: 'get',
    path: '/metrics',
    summary: 'Centrality, blocs, balance, fluidity, fragmentation and communal dynamics on a day',
    query: recordedQuery({
      asOf: day.meta({ description: PERIOD }),
      step: step.optional(),
      top: count.optional(),
      horizon: months,
      communities: communities.optional(),
    }),
    responses: { 200: 'MetricsResult (src/services/queries/metrics.ts)' },
  }),
  metricsSeries: defineRoute({
    method: 'get',
    path: '/metrics/series',
    summary: 'The metrics as a time series, one point per step',
    query: recordedQuery({
      from: day.meta({ description: PERIOD }),
      to: day.meta({ description: PERIOD }),
      step: step.optional(),
      horizon: months,
      communities: communities.optional(),
    }),
    responses: { 200: 'MetricsSeries (src/services/queries/metrics.ts)' },
  }),
};

const Q = QUERY_ROUTES;

/** The handlers of QUERY_ROUTES; betweenness runs in a worker thread, so a large graph does not hold up other requests. */
export function queryRoutes(store: Store, betweenness: BetweennessRunner = betweennessThread().run) {
  return new Hono()
    .get(Q.snapshot.path, validated(Q.snapshot), async (c) => {
      const q = c.req.valid('query');
      return c.json(
        await snapshot(store, {
          asOf: q.asOf,
          ...(q.kind ? { kinds: q.kind } : {}),
          ...(q.type ? { types: q.type } : {}),
          ...certaintyOf(q.definite, q.presumed),
          ...q.horizon,
          ...recorded(q.recordedAt),
        }),
      );
    })
    .get(Q.timeline.path, validated(Q.timeline), async (c) => c.json(await timeline(store, c.req.valid('param').id, recorded(c.req.valid('query').recordedAt))))
    .get(Q.genealogy.path, validated(Q.genealogy), async (c) =>
      c.json(await genealogy(store, c.req.valid('param').id, recorded(c.req.valid('query').recordedAt))),
    )
    .get(Q.path.path, validated(Q.path), async (c) => {
      const q = c.req.valid('query');
      return c.json(await path(store, q.from, q.to, q.asOf, { ...certaintyOf(q.definite, undefined), ...q.horizon, ...recorded(q.recordedAt) }));
    })
    .get(Q.diff.path, validated(Q.diff), async (c) => {
      const q = c.req.valid('query');
      return c.json(await diff(store, q.from, q.to, { ...q.horizon, ...recorded(q.recordedAt) }));
    })
    .get(Q.eventStats.path, validated(Q.eventStats), async (c) => {
      const q = c.req.valid('query');
      return c.json(
        await events(store, {
          ...(q.actor ? { actors: q.actor } : {}),
          ...(q.components ? { includeComponents: true } : {}),
          ...(q.coalitions ? { includeCoalitions: true } : {}),
          ...(q.place ? { places: q.place } : {}),
          ...(q.from ? { from: q.from } : {}),
          ...(q.to ? { to: q.to } : {}),
          ...(q.type ? { types: q.type } : {}),
          ...(q.attribution ? { attributions: q.attribution } : {}),
          ...(q.by ? { by: q.by } : {}),
          limit: q.limit ?? 100,
          ...recorded(q.recordedAt),
        }),
      );
    })
    .get(Q.disputes.path, validated(Q.disputes), async (c) => {
      const q = c.req.valid('query');
      return c.json(await disputes(store, { ...(q.subject ? { subject: q.subject } : {}), ...(q.all ? { all: true } : {}), ...recorded(q.recordedAt) }));
    })
    .get(Q.metrics.path, validated(Q.metrics), async (c) => {
      const q = c.req.valid('query');
      return c.json(
        await metrics(store, q.asOf, {
          step: q.step ?? 'year',
          top: q.top ?? 10,
          ...q.horizon,
          ...(q.communities ? { communityLevel: q.communities } : {}),
          ...recorded(q.recordedAt),
          betweenness,
        }),
      );
    })
    .get(Q.metricsSeries.path, validated(Q.metricsSeries), async (c) => {
      const q = c.req.valid('query');
      return c.json(
        await metricsSeries(store, q.from, q.to, {
          step: q.step ?? 'year',
          ...q.horizon,
          ...(q.communities ? { communityLevel: q.communities } : {}),
          ...recorded(q.recordedAt),
        }),
      );
    });
}
