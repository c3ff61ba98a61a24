import { Hono } from 'hono';
import type { Store } from '../../core/store-port.js';
import { eventSpans } from '../../services/queries/event-spans.js';
import { horizonArg } from '../../services/queries/dates.js';
import { ties } from '../../services/queries/ties.js';

/**
 * Time-bounded records with their day bounds worked out, for clients that move through time:
 * GET /api/ties (the network's slider) and GET /api/event-spans (the timeline's axis).
 */
export function tieRoutes(store: Store): Hono {
  const app = new Hono();
  app.get('/ties', async (c) => {
    const recordedAt = c.req.query('recordedAt');
    return c.json(await ties(store, { ...(recordedAt ? { recordedAt } : {}), ...horizonArg(c.req.query('horizon')) }));
  });
  app.get('/event-spans', async (c) => {
    const recordedAt = c.req.query('recordedAt');
    return c.json(await eventSpans(store, recordedAt ? { recordedAt } : {}));
  });
  return app;
}
