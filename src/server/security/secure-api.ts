import type { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { FaultlineError } from '../../core/errors.js';
import type { Store, TeamStore } from '../../core/store-port.js';
import { visibleStore } from '../../services/visibility.js';
import { accountRoutes } from '../routes/account-routes.js';
import { auditRoutes } from '../routes/audit-routes.js';
import { authRoutes } from '../routes/auth-routes.js';
import { userRoutes } from '../routes/user-routes.js';
import { authMiddleware, isWrite, localModeCheck, requireRole, writesNeedEditor } from './auth.js';
import { currentPrincipal } from './request-context.js';
import { validateInput } from './validate-input.js';

export interface SecurityOptions {
  /** True when the server listens on loopback only (single-user mode possible); default true for in-process use. */
  loopback?: boolean;
  /** Largest request body accepted, in bytes (default 1 MiB). */
  maxBodyBytes?: number;
  clock?: () => Date;
}

/**
 * Puts the security layer in front of /api (docs/security.md) and returns the store the routes must
 * use: body limits, input validation, authentication, role checks, then the visibility layer, which
 * answers for whoever the current request acts as.
 */
export function secureApi(app: Hono, team: TeamStore, options: SecurityOptions = {}): Store {
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
  app.use('/api/*', validateInput());
  app.use('/api/*', authMiddleware(auth, localMode));
  app.use('/api/*', writesNeedEditor());
  app.use('/api/review/*', requireRole('reviewer', isWrite));
  app.use('/api/audit', requireRole('admin'));
  app.use('/api/users', requireRole('admin'));
  app.use('/api/users/*', requireRole('admin'));
  app.route('/api', authRoutes(team, { clock, localMode }));
  app.route('/api', auditRoutes(team));
  app.route('/api', accountRoutes(team, { clock }));
  app.route('/api', userRoutes(team, { clock }));
  return visibleStore(team, currentPrincipal);
}
