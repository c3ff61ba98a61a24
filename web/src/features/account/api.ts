// The signed-in user's own account (src/server/routes/account-routes.ts), typed from the services' views.
import { apiGet, apiSend } from '../../api/contract.js';
import type { GetAnswer, SendAnswer } from '../../api/contract.js';

/** A token as GET /api/account/tokens lists them. */
export type TokenSummary = GetAnswer<'/account/tokens'>['tokens'][number];

/** POST /api/account/tokens: the secret is in this answer and nowhere else, ever. */
export type NewToken = SendAnswer<'POST', '/account/tokens'>;

/** The path of the signed-in user's tokens; revoked and expired ones too when `all`. */
export const ownTokensPath = (all: boolean) => apiGet('/account/tokens', { query: all ? { all: 'true' } : {} });

/** Creates a token; `expiresInDays` undefined means it never expires. */
export const createOwnToken = (name: string, expiresInDays: number | undefined): Promise<NewToken> =>
  apiSend('POST', '/account/tokens', { json: { name, ...(expiresInDays !== undefined ? { expiresInDays } : {}) } });

export const revokeOwnToken = (id: string) => apiSend('DELETE', '/account/tokens/:id', { param: { id } });

/** Changes the signed-in user's password; the server ends their other sessions. */
export const changePassword = (currentPassword: string, newPassword: string) =>
  apiSend('POST', '/account/password', { json: { currentPassword, newPassword } });

/** The shortest password the server accepts (src/services/auth/passwords.ts). */
export const MIN_PASSWORD_LENGTH = 12;
