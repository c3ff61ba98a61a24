import { Hono } from 'hono';
import { z } from 'zod';
import { FaultlineError, NotFoundError } from '../../core/errors.js';
import { CLAIM_STATUSES } from '../../core/model/claim.js';
import type { Store } from '../../core/store-port.js';
import { actorProfile } from '../../services/actor-profile.js';
import { dayFrom, dayTo, listOfEnum, recordedQuery, recordId, recordIds, sourceId, subjectIds, text, words } from '../contract/fields.js';
import { defineRoute, validated } from '../contract/route.js';

const recordedAt = (at: string | undefined) => (at ? { recordedAt: at } : {});
const actorParam = z.strictObject({ id: recordId });
const sourceParam = z.strictObject({ id: sourceId });
const window = {
  from: dayFrom.optional().meta({ description: 'YYYY, YYYY-MM or YYYY-MM-DD' }),
  to: dayTo.optional().meta({ description: 'YYYY, YYYY-MM or YYYY-MM-DD' }),
};

/** Read endpoints for every record kind. */
export const READ_ROUTES = {
  actors: defineRoute({
    method: 'get',
    path: '/actors',
    summary: 'List actors, or search names and aliases (case- and accent-insensitive)',
    query: recordedQuery({ q: text(200).min(1).optional(), kind: words.optional() }),
    responses: { 200: 'Actor[] (src/core/model/actor.ts)' },
  }),
  actor: defineRoute({
    method: 'get',
    path: '/actors/:id',
    summary: 'One actor',
    params: actorParam,
    query: recordedQuery({}),
    responses: { 200: 'Actor (src/core/model/actor.ts)', 404: 'no such actor' },
  }),
  profile: defineRoute({
    method: 'get',
    path: '/actors/:id/profile',
    summary: "An actor's profile with footnotes to the evidence",
    params: actorParam,
    query: recordedQuery({}),
    responses: {
      200: 'ActorProfile (src/services/actor-profile.ts); `lifespan` says when the actor existed (L1, L2): { summary, existed?, ended?, startBasis?, endBasis?, lastAttested?, footnotes }',
      404: 'no such actor',
    },
  }),
  history: defineRoute({
    method: 'get',
    path: '/actors/:id/history',
    summary: 'Every recorded version of an actor',
    params: actorParam,
    query: recordedQuery({}),
    responses: { 200: 'versions' },
  }),
  places: defineRoute({
    method: 'get',
    path: '/places',
    summary: 'All places',
    query: recordedQuery({}),
    responses: { 200: 'Place[] (src/core/model/place.ts)' },
  }),
  relations: defineRoute({
    method: 'get',
    path: '/relations',
    summary: 'Relations, optionally those that may be in force within a window',
    query: recordedQuery({ ...window, type: words.optional().meta({ description: 'comma-separated relation types' }), actor: recordId.optional() }),
    responses: { 200: 'Relation[] (src/core/model/relation.ts)' },
  }),
  events: defineRoute({
    method: 'get',
    path: '/events',
    summary: 'Events filtered by window, type, actor and place',
    query: recordedQuery({ ...window, type: words.optional(), actor: recordIds.optional(), place: recordIds.optional() }),
    responses: { 200: 'Event[] (src/core/model/event.ts)' },
  }),
  sources: defineRoute({
    method: 'get',
    path: '/sources',
    summary: 'All sources (metadata)',
    query: recordedQuery({}),
    responses: { 200: 'Source[] (src/core/model/source.ts)' },
  }),
  source: defineRoute({
    method: 'get',
    path: '/sources/:id',
    summary: 'A source and whether its text is registered',
    params: sourceParam,
    query: recordedQuery({}),
    responses: { 200: '{ source, hasText }', 404: 'no such source' },
  }),
  sourceText: defineRoute({
    method: 'get',
    path: '/sources/:id/text',
    summary: "A registered source's normalised text",
    params: sourceParam,
    query: recordedQuery({}),
    responses: { 200: '{ id, text }', 404: 'no registered text' },
  }),
  claims: defineRoute({
    method: 'get',
    path: '/claims',
    summary: 'Claims, by subject and status',
    query: recordedQuery({
      subject: subjectIds.optional().meta({ description: 'comma-separated ids' }),
      status: listOfEnum(CLAIM_STATUSES).optional().meta({ description: 'proposed, accepted, rejected' }),
    }),
    responses: { 200: 'Claim[] (src/core/model/claim.ts)' },
  }),
  stats: defineRoute({
    method: 'get',
    path: '/stats',
    summary: 'Record counts by kind',
    query: recordedQuery({}),
    responses: { 200: 'counts' },
  }),
};

const R = READ_ROUTES;

/** The handlers of READ_ROUTES. */
export function readRoutes(store: Store) {
  return new Hono()
    .get(R.actors.path, validated(R.actors), async (c) => {
      const { q, kind, recordedAt: at } = c.req.valid('query');
      const actors = q ? await store.searchActors(q, { ...recordedAt(at), limit: 50 }) : await store.list('actor', recordedAt(at));
      return c.json(kind ? actors.filter((a) => kind.includes(a.kind)) : actors);
    })
    .get(R.actor.path, validated(R.actor), async (c) => {
      const { id } = c.req.valid('param');
      const actor = await store.get('actor', id, recordedAt(c.req.valid('query').recordedAt));
      if (!actor) throw new NotFoundError('actor', id);
      return c.json(actor);
    })
    .get(R.profile.path, validated(R.profile), async (c) =>
      c.json(await actorProfile(store, c.req.valid('param').id, recordedAt(c.req.valid('query').recordedAt))),
    )
    .get(R.history.path, validated(R.history), async (c) => c.json(await store.history('actor', c.req.valid('param').id)))
    .get(R.places.path, validated(R.places), async (c) => c.json(await store.list('place', recordedAt(c.req.valid('query').recordedAt))))
    .get(R.relations.path, validated(R.relations), async (c) => {
      const { from, to, type: types, actor, recordedAt: at } = c.req.valid('query');
      const options = { ...recordedAt(at), ...(types ? { types } : {}) };
      const relations = from || to ? await store.relationsBetween(from ?? '0000-01-01', to ?? '9999-12-31', options) : await store.list('relation', options);
      return c.json(relations.filter((r) => (!types || types.includes(r.type)) && (!actor || r.from === actor || r.to === actor)));
    })
    .get(R.events.path, validated(R.events), async (c) => {
      const { from, to, type: types, actor: actors, place: places, recordedAt: at } = c.req.valid('query');
      return c.json(
        await store.events({
          ...recordedAt(at),
          ...(from ? { from } : {}),
          ...(to ? { to } : {}),
          ...(types ? { types } : {}),
          ...(actors ? { actors } : {}),
          ...(places ? { places } : {}),
        }),
      );
    })
    .get(R.sources.path, validated(R.sources), async (c) => c.json(await store.list('source', recordedAt(c.req.valid('query').recordedAt))))
    .get(R.source.path, validated(R.source), async (c) => {
      const { id } = c.req.valid('param');
      const source = await store.get('source', id);
      if (!source) throw new NotFoundError('source', id);
      const sourceText = await store.getSourceText(source.id);
      return c.json({ source, hasText: sourceText !== undefined });
    })
    .get(R.sourceText.path, validated(R.sourceText), async (c) => {
      const { id } = c.req.valid('param');
      const sourceText = await store.getSourceText(id);
      if (sourceText === undefined) throw new FaultlineError('source_text_missing', `no registered text for source ${id}`);
      return c.json({ id, text: sourceText });
    })
    .get(R.claims.path, validated(R.claims), async (c) => {
      const { subject: subjects, status: statuses, recordedAt: at } = c.req.valid('query');
      return c.json(await store.claims({ ...recordedAt(at), ...(subjects ? { subjects } : {}), ...(statuses ? { statuses } : {}) }));
    })
    .get(R.stats.path, validated(R.stats), async (c) => c.json(await store.counts(recordedAt(c.req.valid('query').recordedAt))));
}
