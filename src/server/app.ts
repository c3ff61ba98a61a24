import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { TeamStore } from '../core/store-port.js';
import { handleError } from './errors.js';
import { queryRoutes } from './routes/query-routes.js';
import { readRoutes } from './routes/read-routes.js';
import { reviewRoutes } from './routes/review-routes.js';
import { tieRoutes } from './routes/tie-routes.js';
import { secureApi, type SecurityOptions } from './security/secure-api.js';
import { vocabRoutes } from './routes/vocab-routes.js';

/** The HTTP app: JSON API under /api, the built web app everywhere else. */
export function createApp(team: TeamStore, options: { webRoot?: string } & SecurityOptions = {}): Hono {
  const app = new Hono();
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        workerSrc: ["'self'", 'blob:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
      },
    }),
  );
  app.onError(handleError);
  // Accounts, roles, input validation and the visibility layer (docs/security.md): routes see only this view.
  const store = secureApi(app, team, options);
  app.route('/api', readRoutes(store));
  app.route('/api', queryRoutes(store));
  app.route('/api', reviewRoutes(store));
  app.route('/api', tieRoutes(store));
  app.route('/api', vocabRoutes());
  app.notFound((c) =>
    c.req.path.startsWith('/api/') ? c.json({ error: { code: 'not_found', message: `no route ${c.req.path}` } }, 404) : c.text('not found', 404),
  );
  const webRoot = options.webRoot;
  if (webRoot && existsSync(webRoot)) {
    // serveStatic resolves paths relative to the working directory.
    const root = relative(process.cwd(), webRoot) || '.';
    app.use('/*', serveStatic({ root }));
    app.get('*', serveStatic({ path: join(root, 'index.html') }));
  }
  return app;
}
