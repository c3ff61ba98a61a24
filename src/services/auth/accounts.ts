import { userNameSchema } from '../../core/account-schemas.js';
import type { Credential, Role, User } from '../../core/accounts.js';
import { FaultlineError, NotFoundError } from '../../core/errors.js';
import type { AccountStore } from '../../core/store-port.js';
import { assertAdminRemains, assertNotSelf } from './account-rules.js';
import { issueCredential } from './credentials.js';
import { hashPassword, verifyPassword } from './passwords.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Who changes accounts and when; the clock is injectable for tests. */
export interface Actor {
  by: string;
  clock?: () => Date;
  /** The signed-in account making the change (HTTP), so the rules about oneself apply; the CLI passes none. */
  account?: string;
}

const now = (actor: Actor) => (actor.clock ?? (() => new Date()))();

function checkName(name: string): void {
  const parsed = userNameSchema.safeParse(name);
  if (!parsed.success) throw new FaultlineError('invalid_input', `invalid user name ${JSON.stringify(name)}: ${parsed.error.issues[0]?.message ?? ''}`);
}

async function userOrThrow(store: AccountStore, name: string): Promise<User> {
  const user = await store.getUser(name);
  if (!user) throw new NotFoundError('user', name);
  return user;
}

/** Adds a user with a role and, for the web login, a password (hashed with scrypt). */
export async function addUser(store: AccountStore, input: { name: string; role: Role; password?: string }, actor: Actor): Promise<User> {
  checkName(input.name);
  if (await store.getUser(input.name)) throw new FaultlineError('conflict', `user ${input.name} already exists`);
  const at = now(actor).toISOString();
  const user: User = { name: input.name, role: input.role, createdAt: at, ...(input.password ? { passwordHash: await hashPassword(input.password) } : {}) };
  await store.putUser(user, { by: actor.by, at });
  return user;
}

/** Changes a user's role; it applies to their next request, whatever credential they hold. */
export async function setRole(store: AccountStore, name: string, role: Role, actor: Actor): Promise<User> {
  assertNotSelf(actor.account, name, 'change the role of');
  const before = await userOrThrow(store, name);
  if (before.role === role) return before; // nothing changes, so nothing is audited
  await assertAdminRemains(store, before, { role, disabled: before.disabledAt !== undefined });
  const user = { ...before, role };
  await store.putUser(user, { by: actor.by, at: now(actor).toISOString() });
  return user;
}

/** Revokes every live credential of `kind` (or of any kind) a user holds, except the one kept. */
async function revokeAll(store: AccountStore, name: string, meta: { by: string; at: string }, only?: Credential['kind'], keep?: string): Promise<number> {
  let revoked = 0;
  for (const credential of await store.listCredentials({ user: name, ...(only ? { kind: only } : {}) })) {
    if (!credential.revokedAt && credential.id !== keep && (await store.revokeCredential(credential.id, meta))) revoked++;
  }
  return revoked;
}

/**
 * Sets a user's password and ends their web sessions, except `keepSession` (the one changing it), so
 * a session opened with the old password does not outlive it. API tokens stay valid.
 */
export async function setPassword(
  store: AccountStore,
  name: string,
  password: string,
  actor: Actor & { keepSession?: string },
): Promise<{ sessionsEnded: number }> {
  const user = { ...(await userOrThrow(store, name)), passwordHash: await hashPassword(password) };
  const at = now(actor).toISOString();
  await store.putUser(user, { by: actor.by, at });
  return { sessionsEnded: await revokeAll(store, name, { by: actor.by, at }, 'session', actor.keepSession) };
}

/** A user changes their own password: the current one is required (a wrong one is `forbidden`). */
export async function changeOwnPassword(
  store: AccountStore,
  name: string,
  passwords: { current: string; next: string },
  actor: Actor & { keepSession?: string },
): Promise<{ sessionsEnded: number }> {
  const user = await userOrThrow(store, name);
  if (user.disabledAt || !(await verifyPassword(passwords.current, user.passwordHash))) {
    throw new FaultlineError('forbidden', 'the current password is wrong');
  }
  if (passwords.next === passwords.current) throw new FaultlineError('invalid_input', 'the new password is the same as the current one');
  return setPassword(store, name, passwords.next, actor);
}

/**
 * An administrator sets another user's password (a forgotten one): their web sessions end, their API
 * tokens stay. Not for one's own account, where the current password is asked (changeOwnPassword),
 * nor for a disabled one, which no password opens.
 */
export async function resetPassword(store: AccountStore, name: string, password: string, actor: Actor): Promise<{ sessionsEnded: number }> {
  assertNotSelf(actor.account, name, 'set the password of');
  const user = await userOrThrow(store, name);
  if (user.disabledAt) throw new FaultlineError('conflict', `user ${name} is disabled`);
  return setPassword(store, name, password, actor);
}

/** Disables a user and revokes every credential they hold. The last active admin cannot be disabled, nor can an account disable itself. */
export async function disableUser(store: AccountStore, name: string, actor: Actor): Promise<User> {
  assertNotSelf(actor.account, name, 'disable');
  const before = await userOrThrow(store, name);
  if (before.disabledAt) throw new FaultlineError('conflict', `user ${name} is already disabled`);
  await assertAdminRemains(store, before, { role: before.role, disabled: true });
  const at = now(actor).toISOString();
  const user = { ...before, disabledAt: at };
  await store.putUser(user, { by: actor.by, at });
  await revokeAll(store, name, { by: actor.by, at });
  return user;
}

/** Creates an API token for a script; the secret is returned once and only its hash is kept. */
export async function createToken(
  store: AccountStore,
  input: { user: string; name: string; expiresInDays?: number },
  actor: Actor,
): Promise<{ credential: Credential; token: string }> {
  const user = await userOrThrow(store, input.user);
  if (user.disabledAt) throw new FaultlineError('conflict', `user ${user.name} is disabled`);
  if (!input.name.trim() || input.name.length > 100) throw new FaultlineError('invalid_input', 'token name: 1 to 100 characters');
  const days = input.expiresInDays;
  if (days !== undefined && (!Number.isInteger(days) || days < 1 || days > 3650))
    throw new FaultlineError('invalid_input', `expiry: 1 to 3650 days, got ${days}`);
  const at = now(actor);
  const issued = issueCredential('token', user.name, input.name.trim(), at, days === undefined ? undefined : days * DAY_MS);
  await store.putCredential(issued.credential, { by: actor.by, at: at.toISOString() });
  return { credential: issued.credential, token: issued.secret };
}

/** Revokes a token or session by id (`flt_<id>.…` or the bare id). */
export async function revokeToken(store: AccountStore, id: string, actor: Actor): Promise<void> {
  const bare = id.replace(/^flt_/, '').split('.')[0] ?? '';
  if (!(await store.revokeCredential(bare, { by: actor.by, at: now(actor).toISOString() }))) {
    throw new NotFoundError('active token', bare);
  }
}

/**
 * Revokes one of `owner`'s API tokens by id. Another user's token, a session, or an unknown or
 * already revoked id are all the same `not_found`, so the answer reveals nothing about other users.
 */
export async function revokeTokenOf(store: AccountStore, owner: string, id: string, actor: Actor): Promise<void> {
  const credential = await store.getCredential(id);
  if (!credential || credential.kind !== 'token' || credential.user !== owner || credential.revokedAt) throw new NotFoundError('active token', id);
  await revokeToken(store, id, actor);
}
