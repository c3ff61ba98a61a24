// User management for administrators (src/server/routes/user-routes.ts), typed from the services' views.
import { apiGet, apiSend } from '../../api/contract.js';
import type { Role } from '../../api/session.js';
import type { GetAnswer } from '../../api/contract.js';

/** A user as GET /api/users lists them. */
export type UserSummary = GetAnswer<'/users'>['users'][number];

export const ROLES: readonly Role[] = ['viewer', 'editor', 'reviewer', 'admin'];

/** The path of a user's tokens; revoked and expired ones too when `all`. */
export const userTokensPath = (name: string, all: boolean) => apiGet('/users/:name/tokens', { param: { name }, query: all ? { all: 'true' } : {} });

export const addUser = (name: string, role: Role, password: string) => apiSend('POST', '/users', { json: { name, role, password } });

export const changeRole = (name: string, role: Role) => apiSend('PATCH', '/users/:name', { param: { name }, json: { role } });

/** Sets another user's password (a forgotten one): the server ends their browser sessions. */
export const resetPassword = (name: string, password: string) => apiSend('POST', '/users/:name/password', { param: { name }, json: { password } });

/** Disables a user: the server ends their sessions and revokes their tokens. */
export const disableUser = (name: string) => apiSend('POST', '/users/:name/disable', { param: { name } });

export const revokeUserToken = (name: string, id: string) => apiSend('DELETE', '/users/:name/tokens/:id', { param: { name, id } });
