import type { Credential, Role, User } from '../../core/accounts.js';
import type { AccountStore } from '../../core/store-port.js';

/** A user as the CLI and the HTTP API show it: never the password hash, only whether there is one. */
export interface UserSummary {
  name: string;
  role: Role;
  password: boolean;
  createdAt: string;
  disabled: string | null;
}

/** Whether a token can still authenticate at a given instant. */
export type TokenStatus = 'active' | 'expired' | 'revoked';

/** A token as listed: everything but the secret's hash. */
export interface TokenSummary {
  id: string;
  user: string;
  name: string;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  status: TokenStatus;
}

/** The public view of a user. */
export function summarizeUser(user: User): UserSummary {
  return { name: user.name, role: user.role, password: user.passwordHash !== undefined, createdAt: user.createdAt, disabled: user.disabledAt ?? null };
}

/** The public view of a credential at `now`. */
export function summarizeToken(credential: Credential, now: Date): TokenSummary {
  const status: TokenStatus = credential.revokedAt
    ? 'revoked'
    : credential.expiresAt && Date.parse(credential.expiresAt) <= now.getTime()
      ? 'expired'
      : 'active';
  return {
    id: credential.id,
    user: credential.user,
    name: credential.name,
    createdAt: credential.createdAt,
    expiresAt: credential.expiresAt ?? null,
    revokedAt: credential.revokedAt ?? null,
    status,
  };
}

/** API tokens, newest first: one user's or everyone's, active ones only unless `all`. Sessions are not tokens. */
export async function listTokens(store: AccountStore, options: { user?: string; all?: boolean; now: Date }): Promise<TokenSummary[]> {
  const credentials = await store.listCredentials({ kind: 'token', ...(options.user !== undefined ? { user: options.user } : {}) });
  return credentials
    .map((credential) => summarizeToken(credential, options.now))
    .filter((token) => options.all || token.status === 'active')
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id));
}
