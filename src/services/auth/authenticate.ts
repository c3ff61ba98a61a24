import type { Principal } from '../../core/accounts.js';
import { FaultlineError } from '../../core/errors.js';
import type { AccountStore } from '../../core/store-port.js';
import { issueCredential, isValidCredential, parseSecret } from './credentials.js';
import { verifyPassword } from './passwords.js';

/** How long a web session lasts. */
export const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;

/** What a request presents: a bearer token and/or a session cookie. */
export interface Presented {
  bearer?: string;
  session?: string;
}

async function principalOf(
  store: Pick<AccountStore, 'getCredential' | 'getUser'>,
  kind: 'token' | 'session',
  presented: string,
  now: Date,
): Promise<Principal | undefined> {
  const parsed = parseSecret(kind, presented);
  if (!parsed) return undefined;
  const credential = await store.getCredential(parsed.id);
  if (!credential || !isValidCredential(credential, kind, parsed.secret, now)) return undefined;
  const user = await store.getUser(credential.user);
  if (!user || user.disabledAt) return undefined;
  // The role is read now, so a changed role applies at once to every credential the user holds.
  return { name: user.name, role: user.role, via: kind };
}

/**
 * The principal behind a request's credentials. A bearer token wins over a cookie. A credential that
 * is presented but invalid (forged, expired, revoked) is `unauthenticated`, never anonymous.
 */
export async function authenticate(store: Pick<AccountStore, 'getCredential' | 'getUser'>, presented: Presented, now: Date): Promise<Principal | undefined> {
  if (presented.bearer !== undefined) {
    const principal = await principalOf(store, 'token', presented.bearer, now);
    if (!principal) throw new FaultlineError('unauthenticated', 'invalid, expired or revoked token');
    return principal;
  }
  if (presented.session !== undefined) {
    const principal = await principalOf(store, 'session', presented.session, now);
    if (!principal) throw new FaultlineError('unauthenticated', 'session expired or invalid; log in again');
    return principal;
  }
  return undefined;
}

/** Checks a name and password and opens a session; the cookie value is returned once. */
export async function login(
  store: AccountStore,
  name: string,
  password: string,
  now: Date,
): Promise<{ principal: Principal; cookie: string; expiresAt: string }> {
  const user = await store.getUser(name);
  const ok = await verifyPassword(password, user?.passwordHash);
  if (!user || !ok || user.disabledAt) throw new FaultlineError('unauthenticated', 'wrong name or password');
  const issued = issueCredential('session', user.name, 'login', now, SESSION_LIFETIME_MS);
  await store.putCredential(issued.credential, { by: user.name, at: now.toISOString() });
  return { principal: { name: user.name, role: user.role, via: 'session' }, cookie: issued.secret, expiresAt: issued.credential.expiresAt ?? '' };
}

/** Ends a session; an unknown or already ended one is ignored. */
export async function logout(store: AccountStore, cookie: string, now: Date): Promise<void> {
  const parsed = parseSecret('session', cookie);
  if (!parsed) return;
  const credential = await store.getCredential(parsed.id);
  if (!credential || !isValidCredential(credential, 'session', parsed.secret, now)) return;
  await store.revokeCredential(parsed.id, { by: credential.user, at: now.toISOString() });
}
