import { Hono } from 'hono';
import { NotFoundError } from '../../core/errors.js';
import type { AccountStore } from '../../core/store-port.js';
import { listTokens, summarizeUser } from '../../services/auth/account-views.js';
import { addUser, disableUser, resetPassword, revokeTokenOf, setRole } from '../../services/auth/accounts.js';
import { AttemptWindow } from '../security/attempt-window.js';
import { withinLimit } from '../security/limited.js';
import { query } from '../contract/fields.js';
import { defineRoute, validated } from '../contract/route.js';
import { accountActor, newUserBody, passwordResetBody, tokensQuery, userChangeBody, userParam, userTokenParam } from './account-schemas.js';

const USER = '{ user: { name, role, createdAt, disabled } } (src/services/auth/account-views.ts)';
const MISSING = 'no such user';
/**
 * Passwords an admin may set in 15 minutes, every attempt counted: each costs a key derivation, and a
 * stolen admin session should not churn the team's passwords (docs/security.md).
 */
const RESETS_PER_ADMIN = 10;

/**
 * User management for administrators (the admin role is checked where these are mounted,
 * secure-api.ts): the same services as `faultline users` and `faultline tokens`, so the same rules
 * and audit entries. An admin may not change their own role, set their own password here (the Account
 * page asks for the current one) or disable themselves, and the last active admin stays one.
 */
export const USER_ROUTES = {
  users: defineRoute({
    method: 'get',
    path: '/users',
    summary: 'Every user (admin only); never a password hash',
    query: query({}),
    responses: { 200: '{ users: [{ name, role, createdAt, disabled }] }' },
  }),
  add: defineRoute({
    method: 'post',
    path: '/users',
    summary: 'Adds a user with a role and an initial password (admin only)',
    query: query({}),
    body: newUserBody,
    responses: { 201: USER, 409: 'the name is taken' },
  }),
  change: defineRoute({
    method: 'patch',
    path: '/users/:name',
    summary: "Changes a user's role (admin only); applies to their next request",
    params: userParam,
    query: query({}),
    body: userChangeBody,
    responses: { 200: USER, 404: MISSING },
  }),
  disable: defineRoute({
    method: 'post',
    path: '/users/:name/disable',
    summary: 'Disables a user and revokes every session and token they hold (admin only); no body',
    params: userParam,
    query: query({}),
    responses: { 200: USER, 404: MISSING },
  }),
  password: defineRoute({
    method: 'post',
    path: '/users/:name/password',
    summary: "Sets another user's password (admin only), for a forgotten one; ends their web sessions, keeps their API tokens",
    params: userParam,
    query: query({}),
    body: passwordResetBody,
    responses: { 200: '{ user, sessionsEnded }', 404: MISSING, 429: 'too many passwords set by this admin (Retry-After)' },
  }),
  tokens: defineRoute({
    method: 'get',
    path: '/users/:name/tokens',
    summary: "A user's API tokens, newest first (admin only)",
    params: userParam,
    query: tokensQuery,
    responses: { 200: '{ tokens }', 404: MISSING },
  }),
  revokeToken: defineRoute({
    method: 'delete',
    path: '/users/:name/tokens/:id',
    summary: "Revokes one of a user's API tokens (admin only)",
    params: userTokenParam,
    query: query({}),
    responses: { 200: '{ revoked: id }', 404: 'no such token of this user' },
  }),
};

const U = USER_ROUTES;

/** The handlers of USER_ROUTES. */
export function userRoutes(accounts: AccountStore, options: { clock: () => Date }) {
  const resets = new AttemptWindow(RESETS_PER_ADMIN, 15 * 60 * 1000);
  return new Hono()
    .get(U.users.path, validated(U.users), async (c) => {
      accountActor(options.clock);
      const users = await accounts.listUsers();
      return c.json({ users: users.map(summarizeUser).sort((a, b) => a.name.localeCompare(b.name)) });
    })
    .post(U.add.path, validated(U.add), async (c) => {
      const actor = accountActor(options.clock);
      return c.json({ user: summarizeUser(await addUser(accounts, c.req.valid('json'), actor)) }, 201);
    })
    .patch(U.change.path, validated(U.change), async (c) => {
      const actor = accountActor(options.clock);
      const { role } = c.req.valid('json');
      return c.json({ user: summarizeUser(await setRole(accounts, c.req.valid('param').name, role, actor)) });
    })
    .post(U.disable.path, validated(U.disable), async (c) => {
      const actor = accountActor(options.clock);
      return c.json({ user: summarizeUser(await disableUser(accounts, c.req.valid('param').name, actor)) });
    })
    .post(U.password.path, validated(U.password), async (c) => {
      const actor = accountActor(options.clock);
      const { password } = c.req.valid('json');
      const { name } = c.req.valid('param');
      const limit = { window: resets, key: actor.account, now: options.clock().getTime(), what: 'too many passwords set', counts: () => true };
      const { sessionsEnded } = await withinLimit(c, limit, () => resetPassword(accounts, name, password, actor));
      const user = await accounts.getUser(name);
      if (!user) throw new NotFoundError('user', name);
      return c.json({ user: summarizeUser(user), sessionsEnded });
    })
    .get(U.tokens.path, validated(U.tokens), async (c) => {
      accountActor(options.clock);
      const { name } = c.req.valid('param');
      if (!(await accounts.getUser(name))) throw new NotFoundError('user', name);
      return c.json({ tokens: await listTokens(accounts, { user: name, all: c.req.valid('query').all === true, now: options.clock() }) });
    })
    .delete(U.revokeToken.path, validated(U.revokeToken), async (c) => {
      const actor = accountActor(options.clock);
      const { name, id } = c.req.valid('param');
      await revokeTokenOf(accounts, name, id, actor);
      return c.json({ revoked: id });
    });
}
