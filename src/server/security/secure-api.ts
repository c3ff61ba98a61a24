import type { Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { FaultlineError } from '../../core/errors.js';
import type { Store, TeamStore } from '../../core/store-port.js';
import { visibleStore } from '../../services/visibility.js';
import { clientView, type ClientView } from './client-view.js';
import { authMiddleware, isWrite, localModeCheck, requireRole, writesNeedEditor } from './auth.js';
import { currentPrincipal } from './request-context.js';
import { requestShape } from './request-shape.js';
import { requestChangeMarks } from '../cache/change-mark.js';
import { responseCache } from '../cache/response-cache.js';

export interface SecurityOptions {
  /** True when the server listens on loopback only (single-user mode possible); default true for in-process use. */
  loopback?: boolean;
  /** Largest request body accepted, in bytes (default 1 MiB). */
  maxBodyBytes?: number;
  clock?: () => Date;
  /**
   * Believe the X-Forwarded-For, -Proto and -Host headers of a reverse proxy in front of the server
   * (`faultline serve --trust-proxy`). Also ends single-user mode: the proxy relays other machines.
   */
  trustProxy?: boolean;
}

/** What the routes behind the security layer are given. */
export interface Secured {
  /** The visibility layer's view of the store, answering for whoever the current request acts as. */
  store: Store;
  clock: () => Date;
  /** Whether single-user mode applies (docs/security.md). */
  localMode: () => Promise<boolean>;
  /** Where the request comes from, proxy-aware when the proxy is trusted (client-view.ts). */
  client: (c: Context) => ClientView;
}

/** The largest request body the API reads unless told otherwise (docs/security.md: 1 MiB). */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/**
 * Puts the security layer in front of /api (docs/security.md): body limits, the request's shape,
 * authentication and role checks. Each route's declaration then validates its own input
 * (src/server/contract/route.ts), and routes must use the returned store.
 */
export function secureApi(app: Hono, team: TeamStore, options: SecurityOptions = {}): Secured {
  const clock = options.clock ?? (() => new Date());
  const trustProxy = options.trustProxy ?? false;
  const client = (c: Context) => clientView(c, trustProxy);
  // Accounts and records move apart (store-port.ts, ChangeMarks): a token written keeps every answer, a claim edited every credential.
  const changeMark = async (c: Context) => (await requestChangeMarks(c, team)).accounts;
  const recordsMark = async (c: Context) => (await requestChangeMarks(c, team)).records;
  const auth = { accounts: team, loopback: (options.loopback ?? true) && !trustProxy, clock, client, changeMark };
  const localMode = localModeCheck(auth);
  app.use('/api/*', async (c, next) => {
    await next();
    // Set on the answer's own headers: c.header() after the answer is made rebuilds it as a stream,
    // which took the Node adapter off its direct path for every answer (most of a cache hit's cost).
    c.res.headers.set('Cache-Control', 'no-store');
  });
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const limitBody = bodyLimit({
    maxSize: maxBodyBytes,
    onError: () => {
      throw new FaultlineError('body_too_large', `request body over ${maxBodyBytes} bytes`);
    },
  });
  // The limit asks the request for its body stream, which makes the Node adapter build a full Request
  // (with an abort signal) for every read; GET and HEAD bodies are never read, so reads skip it.
  app.use('/api/*', (c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limitBody(c, next)));
  app.use('/api/*', requestShape());
  app.use('/api/*', authMiddleware(auth, localMode));
  app.use('/api/*', writesNeedEditor());
  app.use('/api/review/*', requireRole('reviewer', isWrite));
  app.use('/api/audit', requireRole('admin'));
  app.use('/api/users', requireRole('admin'));
  app.use('/api/users/*', requireRole('admin'));
  app.use('/api/*', responseCache(recordsMark, { clock }));
  return { store: visibleStore(team, currentPrincipal), clock, localMode, client };
}
