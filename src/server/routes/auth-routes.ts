import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { FaultlineError } from '../../core/errors.js';
import type { AccountStore } from '../../core/store-port.js';
import { login, logout, SESSION_LIFETIME_MS } from '../../services/auth/authenticate.js';
import { FailureLimiter } from '../security/rate-limit.js';
import { currentPrincipal } from '../security/request-context.js';
import { SESSION_COOKIE } from '../security/auth.js';
import { query } from '../contract/fields.js';
import { defineRoute, validated } from '../contract/route.js';

const FIFTEEN_MINUTES = 15 * 60 * 1000;

/** Where a request comes from, for rate limits: the socket's address (proxies are not trusted). */
function clientAddress(env: unknown): string {
  return (env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket?.remoteAddress ?? 'unknown';
}

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
 * Secure over HTTPS. Failed logins are limited per name and address, and per address.
 */
export function authRoutes(accounts: AccountStore, options: { clock: () => Date; localMode: () => Promise<boolean> }) {
  const perName = new FailureLimiter(5, FIFTEEN_MINUTES);
  const perAddress = new FailureLimiter(30, FIFTEEN_MINUTES);

  return new Hono()
    .post(A.login.path, validated(A.login), async (c) => {
      const now = options.clock();
      const { name, password } = c.req.valid('json');
      const address = clientAddress(c.env);
      const keys = [`${address}\u0000${name}`, address] as const;
      const wait = Math.max(perName.retryAfter(keys[0], now.getTime()), perAddress.retryAfter(keys[1], now.getTime()));
      if (wait > 0) {
        c.header('Retry-After', String(Math.ceil(wait / 1000)));
        throw new FaultlineError('rate_limited', `too many failed logins; try again in ${Math.ceil(wait / 60_000)} minute(s)`);
      }
      let session: Awaited<ReturnType<typeof login>>;
      try {
        session = await login(accounts, name, password, now);
      } catch (error) {
        perName.fail(keys[0], now.getTime());
        perAddress.fail(keys[1], now.getTime());
        throw error;
      }
      perName.reset(keys[0]);
      setCookie(c, SESSION_COOKIE, session.cookie, {
        httpOnly: true,
        sameSite: 'Strict',
        secure: new URL(c.req.url).protocol === 'https:',
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
