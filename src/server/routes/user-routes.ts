import { Hono } from 'hono';
import { NotFoundError } from '../../core/errors.js';
import type { AccountStore } from '../../core/store-port.js';
import { listTokens, summarizeUser } from '../../services/auth/account-views.js';
import { addUser, disableUser, resetPassword, revokeTokenOf, setRole } from '../../services/auth/accounts.js';
import { jsonBody } from '../security/json-body.js';
import { accountActor, newUserBody, passwordResetBody, TOKEN_PARAM, USER_PARAM, userChangeBody } from './account-schemas.js';

/**
 * User management for administrators (the admin role is checked where these are mounted,
 * secure-api.ts): the same services as `faultline users` and `faultline tokens`, so the same rules
 * and audit entries. An admin may not change their own role, set their own password here (the Account
 * page asks for the current one) or disable themselves, and the last active admin stays one.
 */
export function userRoutes(accounts: AccountStore, options: { clock: () => Date }): Hono {
  const app = new Hono();

  app.get('/users', async (c) => {
    accountActor(options.clock);
    const users = await accounts.listUsers();
    return c.json({ users: users.map(summarizeUser).sort((a, b) => a.name.localeCompare(b.name)) });
  });

  app.post('/users', async (c) => {
    const actor = accountActor(options.clock);
    const body = await jsonBody(c.req.raw, newUserBody);
    return c.json({ user: summarizeUser(await addUser(accounts, body, actor)) }, 201);
  });

  app.patch(`/users/${USER_PARAM}`, async (c) => {
    const actor = accountActor(options.clock);
    const { role } = await jsonBody(c.req.raw, userChangeBody);
    return c.json({ user: summarizeUser(await setRole(accounts, c.req.param('name'), role, actor)) });
  });

  app.post(`/users/${USER_PARAM}/disable`, async (c) => {
    const actor = accountActor(options.clock);
    return c.json({ user: summarizeUser(await disableUser(accounts, c.req.param('name'), actor)) });
  });

  app.post(`/users/${USER_PARAM}/password`, async (c) => {
    const actor = accountActor(options.clock);
    const { password } = await jsonBody(c.req.raw, passwordResetBody);
    const name = c.req.param('name');
    const { sessionsEnded } = await resetPassword(accounts, name, password, actor);
    const user = await accounts.getUser(name);
    if (!user) throw new NotFoundError('user', name);
    return c.json({ user: summarizeUser(user), sessionsEnded });
  });

  app.get(`/users/${USER_PARAM}/tokens`, async (c) => {
    accountActor(options.clock);
    const name = c.req.param('name');
    if (!(await accounts.getUser(name))) throw new NotFoundError('user', name);
    return c.json({ tokens: await listTokens(accounts, { user: name, all: c.req.query('all') === 'true', now: options.clock() }) });
  });

  app.delete(`/users/${USER_PARAM}/tokens/${TOKEN_PARAM}`, async (c) => {
    const actor = accountActor(options.clock);
    const id = c.req.param('id');
    await revokeTokenOf(accounts, c.req.param('name'), id, actor);
    return c.json({ revoked: id });
  });
  return app;
}
