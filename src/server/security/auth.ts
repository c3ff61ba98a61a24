import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie } from 'hono/cookie';
import { hasRole, LOCAL_ADMIN, type Principal, type Role } from '../../core/accounts.js';
import { FaultlineError } from '../../core/errors.js';
import type { AccountStore } from '../../core/store-port.js';
import { authenticate } from '../../services/auth/authenticate.js';
import { AccountLookupCache } from './account-lookups.js';
import type { ClientView } from './client-view.js';
import { currentPrincipal, runAs } from './request-context.js';

export const SESSION_COOKIE = 'faultline_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Reachable without credentials: logging in, and asking whether one must. */
const PUBLIC = new Set(['POST /api/login', 'POST /api/logout', 'GET /api/session']);
/** Writes any signed-in user makes to their own account (tokens, password) and saved views; the routes act on that account only. */
const SELF_SERVICE =
  /^(?:POST \/api\/account\/(?:tokens|password)|DELETE \/api\/account\/tokens\/[0-9a-f]{24}|POST \/api\/views|(?:PATCH|DELETE) \/api\/views\/[0-9a-f]{24})$/;

export interface AuthOptions {
  accounts: AccountStore;
  /** True when the server listens on loopback only: then, while no user exists, requests act as the local admin. */
  loopback: boolean;
  clock: () => Date;
  /** How the request is seen (client-view.ts): behind a trusted proxy, the origin the browser used. */
  client: (c: Context) => ClientView;
  /**
   * The store's accounts mark as the request sees it (ChangeMarks). When given, the account reads behind
   * a credential are kept until the mark moves (account-lookups.ts); every account write moves it.
   */
  changeMark?: (c: Context) => Promise<string>;
}

/** Whether the single-user mode applies: loopback only and no account yet. Once true, the answer stays false. */
export function localModeCheck(options: AuthOptions): () => Promise<boolean> {
  let usersSeen = false;
  return async () => {
    if (!options.loopback || usersSeen) return false;
    usersSeen = await options.accounts.hasUsers();
    return !usersSeen;
  };
}

/**
 * Authenticates every /api request (bearer token or session cookie) and runs the rest of the request
 * as that principal. Without credentials: the local admin in single-user mode, else 401 except on
 * the public routes. A session cookie cannot carry a cross-site write (SameSite=Strict, and Origin checked).
 */
export function authMiddleware(options: AuthOptions, isLocalMode: () => Promise<boolean>): MiddlewareHandler {
  const lookups = new AccountLookupCache(options.accounts);
  const changeMark = options.changeMark;
  return async (c, next) => {
    const header = c.req.header('authorization');
    let bearer: string | undefined;
    if (header !== undefined) {
      const match = /^Bearer ([\x21-\x7e]{1,200})$/.exec(header);
      if (!match?.[1]) throw new FaultlineError('unauthenticated', 'expected Authorization: Bearer <token>');
      bearer = match[1];
    }
    const session = getCookie(c, SESSION_COOKIE);
    const route = `${c.req.method} ${c.req.path.replace(/\/+$/, '')}`;
    let principal: Principal | undefined;
    try {
      const accounts = changeMark && (bearer !== undefined || session !== undefined) ? lookups.at(await changeMark(c)) : options.accounts;
      principal = await authenticate(
        accounts,
        { ...(bearer !== undefined ? { bearer } : {}), ...(session !== undefined && bearer === undefined ? { session } : {}) },
        options.clock(),
      );
    } catch (error) {
      // A stale session cookie (revoked, expired, a restored database) must not lock the user out of
      // logging in again: on the public routes it is dropped and the request goes on without it.
      if (bearer !== undefined || !PUBLIC.has(route)) throw error;
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      principal = undefined;
    }
    if (!principal) {
      if (await isLocalMode()) return runAs(LOCAL_ADMIN, next);
      if (PUBLIC.has(route)) return next();
      throw new FaultlineError('unauthenticated', 'log in or present an API token (Authorization: Bearer …)');
    }
    if (principal.via === 'session' && !SAFE_METHODS.has(c.req.method)) {
      const origin = c.req.header('origin');
      if (c.req.header('sec-fetch-site') === 'cross-site' || (origin !== undefined && origin !== options.client(c).origin)) {
        throw new FaultlineError('forbidden', 'cross-site request refused');
      }
    }
    return runAs(principal, next);
  };
}

/** Refuses the request unless the principal has at least `role`. */
export function requireRole(role: Role, when: (method: string) => boolean = () => true): MiddlewareHandler {
  return async (c, next) => {
    const principal = currentPrincipal();
    if (when(c.req.method) && !hasRole(principal.role, role)) {
      throw new FaultlineError('forbidden', `${c.req.method} ${c.req.path} needs the ${role} role; ${principal.name} is ${principal.role}`);
    }
    await next();
  };
}

/** Every write needs at least an editor, except logging in and out and changes to one's own account. */
export function writesNeedEditor(): MiddlewareHandler {
  const editor = requireRole('editor');
  return async (c, next) => {
    const route = `${c.req.method} ${c.req.path.replace(/\/+$/, '')}`;
    if (SAFE_METHODS.has(c.req.method) || PUBLIC.has(route) || SELF_SERVICE.test(route)) return next();
    return editor(c, next);
  };
}

export const isWrite = (method: string): boolean => !SAFE_METHODS.has(method);
