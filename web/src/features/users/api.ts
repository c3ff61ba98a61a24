// User management for administrators (src/server/routes/user-routes.ts), typed from the services' views.
import { sendJson } from '../../api/client.js';
import { apiGet } from '../../api/contract.js';
import type { Role } from '../../api/session.js';
import type { GetAnswer } from '../../api/contract.js';

/** A user as GET /api/users lists them. */
export type UserSummary = GetAnswer<'/users'>['users'][number];

export const ROLES: readonly Role[] = ['viewer', 'editor', 'reviewer', 'admin'];

const userPath = (name: string, ...rest: string[]) => ['api/users', encodeURIComponent(name), ...rest].join('/');

/** The path of a user's tokens; revoked and expired ones too when `all`. */
export const userTokensPath = (name: string, all: boolean) => apiGet('/users/:name/tokens', { param: { name }, query: all ? { all: 'true' } : {} });

export const addUser = (name: string, role: Role, password: string): Promise<{ user: UserSummary }> => sendJson('POST', 'api/users', { name, role, password });

export const changeRole = (name: string, role: Role): Promise<{ user: UserSummary }> => sendJson('PATCH', userPath(name), { role });

/** Sets another user's password (a forgotten one): the server ends their browser sessions. */
export const resetPassword = (name: string, password: string): Promise<{ user: UserSummary; sessionsEnded: number }> =>
  sendJson('POST', userPath(name, 'password'), { password });

/** Disables a user: the server ends their sessions and revokes their tokens. */
export const disableUser = (name: string): Promise<{ user: UserSummary }> => sendJson('POST', userPath(name, 'disable'));

export const revokeUserToken = (name: string, id: string): Promise<{ revoked: string }> => sendJson('DELETE', userPath(name, 'tokens', encodeURIComponent(id)));
