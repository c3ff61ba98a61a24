// Bodies and path parameters of the account routes (account-routes.ts, user-routes.ts), checked
// before any service runs; the services check the same rules again for the CLI.
import { z } from 'zod';
import { roleSchema, userNameSchema } from '../../core/account-schemas.js';
import { FaultlineError } from '../../core/errors.js';
import { MIN_PASSWORD_LENGTH } from '../../services/auth/passwords.js';
import { flag, query, tokenId, userName } from '../contract/fields.js';
import { currentPrincipal } from '../security/request-context.js';

/** Path parameters: a user name as `userNameSchema` allows, a token's public id. */
export const userParam = z.strictObject({ name: userName });
export const tokenParam = z.strictObject({ id: tokenId });
export const userTokenParam = z.strictObject({ name: userName, id: tokenId });
/** `all=true` includes revoked and expired tokens. */
export const tokensQuery = query({ all: flag.optional().meta({ description: 'true to include revoked and expired tokens' }) });

const printable = z
  .string()
  .trim()
  .min(1, 'expected 1 to 100 characters')
  .max(100, 'expected 1 to 100 characters')
  .regex(/^[^\p{Cc}]*$/u, 'no control characters');
const newPassword = z.string().min(MIN_PASSWORD_LENGTH, `at least ${MIN_PASSWORD_LENGTH} characters`).max(1024, 'at most 1024 characters');

export const newTokenBody = z.strictObject({
  name: printable.meta({ description: 'what the token is for' }),
  expiresInDays: z.number().int().min(1).max(3650).optional().meta({ description: 'absent: never expires' }),
});
export const passwordChangeBody = z.strictObject({ currentPassword: z.string().min(1).max(1024), newPassword });
export const newUserBody = z.strictObject({ name: userNameSchema, role: roleSchema, password: newPassword });
export const userChangeBody = z.strictObject({ role: roleSchema });
export const passwordResetBody = z.strictObject({ password: newPassword });

/** Who makes an account change: the signed-in account, recorded as itself. Single-user mode has no accounts to manage. */
export function accountActor(clock: () => Date): { by: string; account: string; clock: () => Date } {
  const principal = currentPrincipal();
  if (principal.via === 'local') {
    throw new FaultlineError('conflict', 'single-user mode has no accounts: add the first with faultline users add NAME --role admin');
  }
  return { by: principal.name, account: principal.name, clock };
}
