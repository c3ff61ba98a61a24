import { type Credential, type Principal, type Role, type User, userNameSchema } from '../../core/accounts.js';
import { FaultlineError, NotFoundError } from '../../core/errors.js';
import type { AccountStore } from '../../core/store-port.js';
import { issueCredential } from './credentials.js';
import { hashPassword } from './passwords.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Who changes accounts and when; the clock is injectable for tests. */
export interface Actor {
  by: string;
  clock?: () => Date;
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
  const user = { ...(await userOrThrow(store, name)), role };
  await store.putUser(user, { by: actor.by, at: now(actor).toISOString() });
  return user;
}

/** Sets a user's password. */
export async function setPassword(store: AccountStore, name: string, password: string, actor: Actor): Promise<void> {
  const user = { ...(await userOrThrow(store, name)), passwordHash: await hashPassword(password) };
  await store.putUser(user, { by: actor.by, at: now(actor).toISOString() });
}

/** Disables a user and revokes every credential they hold. */
export async function disableUser(store: AccountStore, name: string, actor: Actor): Promise<User> {
  const at = now(actor).toISOString();
  const user = { ...(await userOrThrow(store, name)), disabledAt: at };
  await store.putUser(user, { by: actor.by, at });
  for (const credential of await store.listCredentials({ user: name })) {
    if (!credential.revokedAt) await store.revokeCredential(credential.id, { by: actor.by, at });
  }
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

/** The principal a CLI command acts as: the database's owner, an administrator. */
export const cliPrincipal = (name: string): Principal => ({ name, role: 'admin', via: 'local' });
