import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { FaultlineError } from '../../core/errors.js';
import type { AccountStore } from '../../core/store-port.js';
import { login, logout, SESSION_LIFETIME_MS } from '../../services/auth/authenticate.js';
import { FailureLimiter } from '../security/rate-limit.js';
import { currentPrincipal } from '../security/request-context.js';
import { SESSION_COOKIE } from '../security/auth.js';
import { jsonBody } from '../security/json-body.js';

const credentials = z.strictObject({ name: z.string().min(1).max(64), password: z.string().min(1).max(1024) });
const FIFTEEN_MINUTES = 15 * 60 * 1000;

/** Where a request comes from, for rate limits: the socket's address (proxies are not trusted). */
function clientAddress(env: unknown): string {
  return (env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket?.remoteAddress ?? 'unknown';
}

/**
 * Login for the web app (docs/security.md): a session cookie that is HttpOnly, SameSite=Strict and
 * Secure over HTTPS. Failed logins are limited per name and address, and per address.
 */
export function authRoutes(accounts: AccountStore, options: { clock: () => Date; localMode: () => Promise<boolean> }): Hono {
  const app = new Hono();
  const perName = new FailureLimiter(5, FIFTEEN_MINUTES);
  const perAddress = new FailureLimiter(30, FIFTEEN_MINUTES);

  app.post('/login', async (c) => {
    const now = options.clock();
    const { name, password } = await jsonBody(c.req.raw, credentials);
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
  });

  app.post('/logout', async (c) => {
    const cookie = getCookie(c, SESSION_COOKIE);
    if (cookie) await logout(accounts, cookie, options.clock());
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.json({ ok: true });
  });

  app.get('/session', async (c) => {
    const principal = currentPrincipal();
    const signedIn = principal.name !== 'anonymous';
    return c.json({
      mode: (await options.localMode()) ? 'local' : 'accounts',
      user: signedIn ? { name: principal.name, role: principal.role, via: principal.via } : null,
    });
  });
  return app;
}
