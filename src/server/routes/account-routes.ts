import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { isFaultlineError } from '../../core/errors.js';
import type { AccountStore } from '../../core/store-port.js';
import { listTokens, summarizeToken } from '../../services/auth/account-views.js';
import { changeOwnPassword, createToken, revokeTokenOf } from '../../services/auth/accounts.js';
import { parseSecret } from '../../services/auth/credentials.js';
import { query } from '../contract/fields.js';
import { defineRoute, validated } from '../contract/route.js';
import { SESSION_COOKIE } from '../security/auth.js';
import { AttemptWindow } from '../security/attempt-window.js';
import { withinLimit } from '../security/limited.js';
import { currentPrincipal } from '../security/request-context.js';
import { accountActor, newTokenBody, passwordChangeBody, tokenParam, tokensQuery } from './account-schemas.js';

const FIFTEEN_MINUTES = 15 * 60 * 1000;
/** Wrong current passwords per account in 15 minutes, attempts in flight included (docs/security.md). */
const WRONG_PASSWORDS = 5;
const TOKEN = '{ id, user, name, createdAt, expiresAt, revokedAt, status: active | expired | revoked } (src/services/auth/account-views.ts)';
const LOCAL = 'single-user mode has no accounts';

/** The signed-in user's own account, open to every role (docs/security.md). */
export const ACCOUNT_ROUTES = {
  tokens: defineRoute({
    method: 'get',
    path: '/account/tokens',
    summary: "The signed-in user's API tokens, newest first (any role); never a secret or its hash",
    query: tokensQuery,
    responses: { 200: `{ tokens: [${TOKEN}] }`, 409: LOCAL },
  }),
  createToken: defineRoute({
    method: 'post',
    path: '/account/tokens',
    summary: 'Creates an API token for the signed-in user (any role); the secret is in this answer only',
    query: query({}),
    body: newTokenBody,
    responses: { 201: `{ token: ${TOKEN}, secret: "flt_<id>.<secret>" }`, 409: LOCAL },
  }),
  revokeToken: defineRoute({
    method: 'delete',
    path: '/account/tokens/:id',
    summary: "Revokes one of the signed-in user's own tokens (any role)",
    params: tokenParam,
    query: query({}),
    responses: { 200: '{ revoked: id }', 404: 'no such token of this user', 409: LOCAL },
  }),
  password: defineRoute({
    method: 'post',
    path: '/account/password',
    summary: "Changes the signed-in user's password (any role); ends their other web sessions, keeps this one and their API tokens",
    query: query({}),
    body: passwordChangeBody,
    responses: { 200: '{ changed: true, sessionsEnded }', 403: 'wrong current password', 409: LOCAL, 429: 'too many wrong passwords (Retry-After)' },
  }),
};

const A = ACCOUNT_ROUTES;

/**
 * The handlers of ACCOUNT_ROUTES: their API tokens (list, create with the secret shown once, revoke)
 * and their password (the current one required, wrong guesses rate-limited). Nothing here can reach
 * another user's account.
 */
export function accountRoutes(accounts: AccountStore, options: { clock: () => Date }) {
  // Keyed by account, never by address: the caller is signed in, and only their own guesses count.
  const wrongPasswords = new AttemptWindow(WRONG_PASSWORDS, FIFTEEN_MINUTES);
  return new Hono()
    .get(A.tokens.path, validated(A.tokens), async (c) => {
      const { account } = accountActor(options.clock);
      return c.json({ tokens: await listTokens(accounts, { user: account, all: c.req.valid('query').all === true, now: options.clock() }) });
    })
    .post(A.createToken.path, validated(A.createToken), async (c) => {
      const actor = accountActor(options.clock);
      const body = c.req.valid('json');
      const created = await createToken(
        accounts,
        { user: actor.account, name: body.name, ...(body.expiresInDays !== undefined ? { expiresInDays: body.expiresInDays } : {}) },
        actor,
      );
      return c.json({ token: summarizeToken(created.credential, options.clock()), secret: created.token }, 201);
    })
    .delete(A.revokeToken.path, validated(A.revokeToken), async (c) => {
      const actor = accountActor(options.clock);
      const { id } = c.req.valid('param');
      await revokeTokenOf(accounts, actor.account, id, actor);
      return c.json({ revoked: id });
    })
    .post(A.password.path, validated(A.password), async (c) => {
      const actor = accountActor(options.clock);
      const body = c.req.valid('json');
      // The session making the change stays open; the user's other sessions end with the old password.
      const cookie = currentPrincipal().via === 'session' ? getCookie(c, SESSION_COOKIE) : undefined;
      const keep = cookie === undefined ? undefined : parseSecret('session', cookie)?.id;
      const limit = {
        window: wrongPasswords,
        key: actor.account,
        now: options.clock().getTime(),
        what: 'too many wrong passwords',
        counts: (error: unknown) => isFaultlineError(error) && error.code === 'forbidden',
      };
      const { sessionsEnded } = await withinLimit(c, limit, () =>
        changeOwnPassword(
          accounts,
          actor.account,
          { current: body.currentPassword, next: body.newPassword },
          { ...actor, ...(keep ? { keepSession: keep } : {}) },
        ),
      );
      wrongPasswords.clear(actor.account);
      return c.json({ changed: true as const, sessionsEnded });
    });
}
