import { type Context, Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { isFaultlineError } from '../../core/errors.js';
import type { AccountStore } from '../../core/store-port.js';
import { login, logout, SESSION_LIFETIME_MS } from '../../services/auth/authenticate.js';
import type { ClientView } from '../security/client-view.js';
import { refuseFor } from '../security/limited.js';
import { LoginLimits } from '../security/login-limits.js';
import { currentPrincipal } from '../security/request-context.js';
import { SESSION_COOKIE } from '../security/auth.js';
import { query } from '../contract/fields.js';
import { defineRoute, validated } from '../contract/route.js';

/** Logging in and out, and asking who one is: reachable without credentials (auth.ts). */
export const AUTH_ROUTES = {
  login: defineRoute({
    method: 'post',
    path: '/login',
    summary: 'Log in to the web app; sets the faultline_session cookie (HttpOnly, SameSite=Strict, Secure over HTTPS, 12 h)',
    query: query({}),
    body: z.strictObject({ name: z.string().min(1).max(64), password: z.string().min(1).max(1024) }),
    responses: { 200: '{ user: { name, role }, expiresAt }', 401: 'wrong name or password', 429: 'too many failed logins (Retry-After)' },
  }),
  logout: defineRoute({
    method: 'post',
    path: '/logout',
    summary: 'Ends the session and clears the cookie',
    query: query({}),
    responses: { 200: '{ ok: true }' },
  }),
  session: defineRoute({
    method: 'get',
    path: '/session',
    summary: 'Whether logins are needed (mode local or accounts) and who the request acts as',
    query: query({}),
    responses: { 200: "{ mode: 'local' | 'accounts', user: { name, role, via } | null }" },
  }),
};

const A = AUTH_ROUTES;

/**
 * Login for the web app (docs/security.md): a session cookie that is HttpOnly, SameSite=Strict and
 * Secure over HTTPS (direct, or through a trusted proxy). Attempts are limited per name and client
 * address, per name and per address (login-limits.ts), and reserved before the password is checked.
 */
export function authRoutes(accounts: AccountStore, options: { clock: () => Date; localMode: () => Promise<boolean>; client: (c: Context) => ClientView }) {
  const limits = new LoginLimits();

  return new Hono()
    .post(A.login.path, validated(A.login), async (c) => {
      const now = options.clock();
      const { name, password } = c.req.valid('json');
      const client = options.client(c);
      const account = (await accounts.getUser(name)) !== undefined;
      const attempt = limits.begin({ address: client.address, name, account }, now.getTime());
      if ('wait' in attempt) refuseFor(c, attempt.wait, 'too many failed logins');
      let session: Awaited<ReturnType<typeof login>>;
      try {
        session = await login(accounts, name, password, now);
      } catch (error) {
        if (isFaultlineError(error) && error.code === 'unauthenticated') attempt.failed();
        else attempt.abandoned();
        throw error;
      }
      attempt.succeeded();
      setCookie(c, SESSION_COOKIE, session.cookie, {
        httpOnly: true,
        sameSite: 'Strict',
        secure: client.https,
        path: '/',
        maxAge: SESSION_LIFETIME_MS / 1000,
      });
      return c.json({ user: { name: session.principal.name, role: session.principal.role }, expiresAt: session.expiresAt });
    })
    .post(A.logout.path, validated(A.logout), async (c) => {
      const cookie = getCookie(c, SESSION_COOKIE);
      if (cookie) await logout(accounts, cookie, options.clock());
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.json({ ok: true as const });
    })
    .get(A.session.path, validated(A.session), async (c) => {
      const principal = currentPrincipal();
      const signedIn = principal.name !== 'anonymous';
      return c.json({
        mode: (await options.localMode()) ? 'local' : 'accounts',
        user: signedIn ? { name: principal.name, role: principal.role, via: principal.via } : null,
      });
    });
}
