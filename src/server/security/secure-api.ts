import type { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { FaultlineError } from '../../core/errors.js';
import type { Store, TeamStore } from '../../core/store-port.js';
import { visibleStore } from '../../services/visibility.js';
import { authMiddleware, isWrite, localModeCheck, requireRole, writesNeedEditor } from './auth.js';
import { currentPrincipal } from './request-context.js';
import { requestShape } from './request-shape.js';

export interface SecurityOptions {
  /** True when the server listens on loopback only (single-user mode possible); default true for in-process use. */
  loopback?: boolean;
  /** Largest request body accepted, in bytes (default 1 MiB). */
  maxBodyBytes?: number;
  clock?: () => Date;
}

/** What the routes behind the security layer are given. */
export interface Secured {
  /** The visibility layer's view of the store, answering for whoever the current request acts as. */
  store: Store;
  clock: () => Date;
  /** Whether single-user mode applies (docs/security.md). */
  localMode: () => Promise<boolean>;
}

/**
 * Puts the security layer in front of /api (docs/security.md): body limits, the request's shape,
 * authentication and role checks. Each route's declaration then validates its own input
 * (src/server/contract/route.ts), and routes must use the returned store.
 */
export function secureApi(app: Hono, team: TeamStore, options: SecurityOptions = {}): Secured {
  const clock = options.clock ?? (() => new Date());
  const auth = { accounts: team, loopback: options.loopback ?? true, clock };
  const localMode = localModeCheck(auth);
  app.use('/api/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: options.maxBodyBytes ?? 1024 * 1024,
      onError: () => {
        throw new FaultlineError('body_too_large', `request body over ${options.maxBodyBytes ?? 1024 * 1024} bytes`);
      },
    }),
  );
  app.use('/api/*', requestShape());
  app.use('/api/*', authMiddleware(auth, localMode));
  app.use('/api/*', writesNeedEditor());
  app.use('/api/review/*', requireRole('reviewer', isWrite));
  app.use('/api/audit', requireRole('admin'));
  app.use('/api/users', requireRole('admin'));
  app.use('/api/users/*', requireRole('admin'));
  return { store: visibleStore(team, currentPrincipal), clock, localMode };
}
