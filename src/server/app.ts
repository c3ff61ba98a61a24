import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { TeamStore } from '../core/store-port.js';
import { apiRoutes } from './api.js';
import { handleError } from './errors.js';
import { secureApi, type SecurityOptions } from './security/secure-api.js';

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
  // Accounts, roles, body limits and the visibility layer (docs/security.md): routes see only its view of
  // the store, and each validates its own input from its declaration (src/server/contract/route.ts).
  app.route('/api', apiRoutes(team, secureApi(app, team, options)));
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
