import { Hono } from 'hono';
import { z } from 'zod';
import { FaultlineError } from '../../core/errors.js';
import type { Store } from '../../core/store-port.js';
import { acceptClaim } from '../../services/review/accept-claim.js';
import { editClaim } from '../../services/review/edit-claim.js';
import { mergeActor } from '../../services/review/merge-actor.js';
import { rejectClaim } from '../../services/review/reject-claim.js';
import { reviewItem, reviewQueue } from '../../services/review/review-queue.js';
import { jsonBody as body } from '../security/json-body.js';
import { actorName } from '../security/request-context.js';

const reviewer = z.object({ by: z.string().trim().min(1, 'who reviews: a name is required') });
const schemas = {
  accept: reviewer.extend({ credibility: z.number().int().min(1).max(6).optional(), note: z.string().trim().min(1).optional() }),
  reject: reviewer.extend({ note: z.string().trim().min(1).optional() }),
  edit: reviewer.extend({ value: z.record(z.string(), z.unknown()), accept: z.boolean().optional() }),
  merge: reviewer.extend({ into: z.string().min(1) }),
};

const number = (q: string | undefined, fallback: number) => (q === undefined || !/^\d+$/.test(q) ? fallback : Number(q));

/** The review queue's endpoints (docs/openapi.yaml): list proposed claims in context, then decide. */
export function reviewRoutes(store: Store): Hono {
  const app = new Hono();
  app.get('/review/claims', async (c) => {
    const kind = c.req.query('kind');
    if (kind !== undefined && !['actor', 'relation', 'event', 'place'].includes(kind))
      throw new FaultlineError('invalid_input', `kind: expected actor, relation, event or place, got ${kind}`);
    const source = c.req.query('source');
    return c.json(
      await reviewQueue(store, {
        limit: Math.min(500, number(c.req.query('limit'), 50)),
        offset: number(c.req.query('offset'), 0),
        context: Math.min(2000, number(c.req.query('context'), 200)),
        ...(source ? { source } : {}),
        ...(kind ? { kind: kind as 'actor' } : {}),
      }),
    );
  });
  app.get('/review/claims/:id', async (c) => c.json(await reviewItem(store, c.req.param('id'))));
  app.post('/review/claims/:id/accept', async (c) => {
    const { by: given, credibility, note } = await body(c.req.raw, schemas.accept);
    const by = actorName(given);
    return c.json(await acceptClaim(store, c.req.param('id'), { by, ...(credibility ? { credibility: credibility as 1 } : {}), ...(note ? { note } : {}) }));
  });
  app.post('/review/claims/:id/reject', async (c) => {
    const { by: given, note } = await body(c.req.raw, schemas.reject);
    const by = actorName(given);
    return c.json(await rejectClaim(store, c.req.param('id'), { by, ...(note ? { note } : {}) }));
  });
  app.patch('/review/claims/:id', async (c) => {
    const { by: given, value, accept } = await body(c.req.raw, schemas.edit);
    const by = actorName(given);
    return c.json(await editClaim(store, c.req.param('id'), value, { by, accept: accept === true }));
  });
  app.post('/review/claims/:id/merge', async (c) => {
    const { by: given, into } = await body(c.req.raw, schemas.merge);
    const by = actorName(given);
    return c.json(await mergeActor(store, c.req.param('id'), into, { by }));
  });
  return app;
}
