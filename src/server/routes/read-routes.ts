import { Hono } from 'hono';
import { FaultlineError, NotFoundError } from '../../core/errors.js';
import type { Store } from '../../core/store-port.js';
import { actorProfile } from '../../services/actor-profile.js';

const recordedAt = (q: string | undefined) => (q ? { recordedAt: q } : {});
const list = (q: string | undefined) => (q ? q.split(',').filter(Boolean) : undefined);
const DAY = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function day(value: string | undefined, end: boolean): string | undefined {
  if (value === undefined) return undefined;
  if (!DAY.test(value)) throw new FaultlineError('invalid_date', `invalid date: ${JSON.stringify(value)}; expected YYYY, YYYY-MM or YYYY-MM-DD`);
  if (value.length === 10) return value;
  if (value.length === 7) return end ? new Date(Date.UTC(Number(value.slice(0, 4)), Number(value.slice(5, 7)), 0)).toISOString().slice(0, 10) : `${value}-01`;
  return end ? `${value}-12-31` : `${value}-01-01`;
}

/** Read endpoints for every record kind (documented in docs/openapi.yaml). */
export function readRoutes(store: Store): Hono {
  const app = new Hono();
  app.get('/actors', async (c) => {
    const q = c.req.query('q');
    const actors = q
      ? await store.searchActors(q, { ...recordedAt(c.req.query('recordedAt')), limit: 50 })
      : await store.list('actor', recordedAt(c.req.query('recordedAt')));
    const kind = c.req.query('kind');
    return c.json(kind ? actors.filter((a) => a.kind === kind) : actors);
  });
  app.get('/actors/:id', async (c) => {
    const actor = await store.get('actor', c.req.param('id'), recordedAt(c.req.query('recordedAt')));
    if (!actor) throw new NotFoundError('actor', c.req.param('id'));
    return c.json(actor);
  });
  app.get('/actors/:id/profile', async (c) => c.json(await actorProfile(store, c.req.param('id'), recordedAt(c.req.query('recordedAt')))));
  app.get('/actors/:id/history', async (c) => c.json(await store.history('actor', c.req.param('id'))));
  app.get('/places', async (c) => c.json(await store.list('place', recordedAt(c.req.query('recordedAt')))));
  app.get('/relations', async (c) => {
    const from = day(c.req.query('from'), false);
    const to = day(c.req.query('to'), true);
    const types = list(c.req.query('type'));
    const options = { ...recordedAt(c.req.query('recordedAt')), ...(types ? { types } : {}) };
    const relations = from || to ? await store.relationsBetween(from ?? '0000-01-01', to ?? '9999-12-31', options) : await store.list('relation', options);
    const actor = c.req.query('actor');
    return c.json(relations.filter((r) => (!types || types.includes(r.type)) && (!actor || r.from === actor || r.to === actor)));
  });
  app.get('/events', async (c) => {
    const from = day(c.req.query('from'), false);
    const to = day(c.req.query('to'), true);
    const types = list(c.req.query('type'));
    const actors = list(c.req.query('actor'));
    const places = list(c.req.query('place'));
    return c.json(
      await store.events({
        ...recordedAt(c.req.query('recordedAt')),
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
        ...(types ? { types } : {}),
        ...(actors ? { actors } : {}),
        ...(places ? { places } : {}),
      }),
    );
  });
  app.get('/sources', async (c) => c.json(await store.list('source', recordedAt(c.req.query('recordedAt')))));
  app.get('/sources/:id', async (c) => {
    const source = await store.get('source', c.req.param('id'));
    if (!source) throw new NotFoundError('source', c.req.param('id'));
    const text = await store.getSourceText(source.id);
    return c.json({ source, hasText: text !== undefined });
  });
  app.get('/sources/:id/text', async (c) => {
    const text = await store.getSourceText(c.req.param('id'));
    if (text === undefined) throw new FaultlineError('source_text_missing', `no registered text for source ${c.req.param('id')}`);
    return c.json({ id: c.req.param('id'), text });
  });
  app.get('/claims', async (c) => {
    const subjects = list(c.req.query('subject'));
    const statuses = list(c.req.query('status')) as ('proposed' | 'accepted' | 'rejected')[] | undefined;
    return c.json(await store.claims({ ...recordedAt(c.req.query('recordedAt')), ...(subjects ? { subjects } : {}), ...(statuses ? { statuses } : {}) }));
  });
  app.get('/stats', async (c) => c.json(await store.counts(recordedAt(c.req.query('recordedAt')))));
  return app;
}
