import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { FaultlineError, isFaultlineError } from '../../core/errors.js';
import type { AccountStore } from '../../core/store-port.js';
import { listTokens, summarizeToken } from '../../services/auth/account-views.js';
import { changeOwnPassword, createToken, revokeTokenOf } from '../../services/auth/accounts.js';
import { parseSecret } from '../../services/auth/credentials.js';
import { SESSION_COOKIE } from '../security/auth.js';
import { jsonBody } from '../security/json-body.js';
import { FailureLimiter } from '../security/rate-limit.js';
import { currentPrincipal } from '../security/request-context.js';
import { accountActor, newTokenBody, passwordChangeBody, TOKEN_PARAM } from './account-schemas.js';

const FIFTEEN_MINUTES = 15 * 60 * 1000;

/**
 * The signed-in user's own account, open to every role (docs/security.md): their API tokens (list,
 * create with the secret shown once, revoke) and their password (the current one required, wrong
 * guesses rate-limited). Nothing here can reach another user's account.
 */
export function accountRoutes(accounts: AccountStore, options: { clock: () => Date }): Hono {
  const app = new Hono();
  const wrongPasswords = new FailureLimiter(5, FIFTEEN_MINUTES);

  app.get('/account/tokens', async (c) => {
    const { account } = accountActor(options.clock);
    return c.json({ tokens: await listTokens(accounts, { user: account, all: c.req.query('all') === 'true', now: options.clock() }) });
  });

  app.post('/account/tokens', async (c) => {
    const actor = accountActor(options.clock);
    const body = await jsonBody(c.req.raw, newTokenBody);
    const created = await createToken(
      accounts,
      { user: actor.account, name: body.name, ...(body.expiresInDays !== undefined ? { expiresInDays: body.expiresInDays } : {}) },
      actor,
    );
    return c.json({ token: summarizeToken(created.credential, options.clock()), secret: created.token }, 201);
  });

  app.delete(`/account/tokens/${TOKEN_PARAM}`, async (c) => {
    const actor = accountActor(options.clock);
    const id = c.req.param('id');
    await revokeTokenOf(accounts, actor.account, id, actor);
    return c.json({ revoked: id });
  });

  app.post('/account/password', async (c) => {
    const actor = accountActor(options.clock);
    const now = options.clock().getTime();
    const wait = wrongPasswords.retryAfter(actor.account, now);
    if (wait > 0) {
      c.header('Retry-After', String(Math.ceil(wait / 1000)));
      throw new FaultlineError('rate_limited', `too many wrong passwords; try again in ${Math.ceil(wait / 60_000)} minute(s)`);
    }
    const body = await jsonBody(c.req.raw, passwordChangeBody);
    // The session making the change stays open; the user's other sessions end with the old password.
    const cookie = currentPrincipal().via === 'session' ? getCookie(c, SESSION_COOKIE) : undefined;
    const keep = cookie === undefined ? undefined : parseSecret('session', cookie)?.id;
    try {
      const { sessionsEnded } = await changeOwnPassword(
        accounts,
        actor.account,
        { current: body.currentPassword, next: body.newPassword },
        { ...actor, ...(keep ? { keepSession: keep } : {}) },
      );
      wrongPasswords.reset(actor.account);
      return c.json({ changed: true, sessionsEnded });
    } catch (error) {
      if (isFaultlineError(error) && error.code === 'forbidden') wrongPasswords.fail(actor.account, now);
      throw error;
    }
  });
  return app;
}
