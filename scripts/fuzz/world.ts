// The world each store is fuzzed in: a few records, proposed claims to review, one user per role with
// an API token, and a user and token that path parameters may name (never the ones the fuzz acts as,
// so a fuzzed request that disables or demotes someone cannot silence the rest of the run).
import type { Role } from '../../src/core/accounts.js';
import type { TeamStore } from '../../src/core/store-port.js';
import { addUser, createToken } from '../../src/services/auth/accounts.js';
import { buildActor, buildClaim, buildRelation, buildSource, SOURCE_TEXT } from '../../test/factories.js';

/** Who a fuzzed request acts as; `anonymous` sends no credential. */
export type Caller = Role | 'anonymous';
export const CALLERS: readonly Caller[] = ['anonymous', 'viewer', 'editor', 'reviewer', 'admin'];

export interface FuzzWorld {
  tokens: Record<Role, string>;
  /** Well-formed values that reach past validation into the handlers, mixed into the fuzz. */
  known: { ids: string[]; names: string[] };
}

/** Seeds the world into an empty store and returns its credentials and known ids. */
export async function seedWorld(store: TeamStore, clock: () => Date): Promise<FuzzWorld> {
  const source = buildSource();
  await store.write(
    [
      { kind: 'source', record: source },
      { kind: 'actor', record: buildActor('b') },
      { kind: 'actor', record: buildActor('c', { kind: 'coalition' }) },
      { kind: 'relation', record: buildRelation('b-in-c') },
      { kind: 'claim', record: buildClaim('actor:b', 1) },
      { kind: 'claim', record: buildClaim('actor:c', 1) },
      { kind: 'claim', record: buildClaim('rel:b-in-c', 1) },
      { kind: 'claim', record: buildClaim('actor:e', 1, { status: 'proposed', value: { kind: 'armed_group', name: 'E', description: 'proposed e' } }) },
      { kind: 'claim', record: buildClaim('rel:b-in-c', 2, { status: 'proposed', value: { valid: '2017-04/..' } }) },
    ],
    { by: 'fuzz-setup' },
  );
  await store.putSourceText(source.id, SOURCE_TEXT);
  const meta = { by: 'fuzz-setup', clock };
  const tokens = {} as Record<Role, string>;
  for (const role of ['viewer', 'editor', 'reviewer', 'admin'] as const) {
    await addUser(store, { name: role, role }, meta);
    tokens[role] = (await createToken(store, { user: role, name: 'fuzz', expiresInDays: 30 }, meta)).token;
  }
  await addUser(store, { name: 'target', role: 'viewer', password: 'target password 1' }, meta);
  const target = await createToken(store, { user: 'target', name: 'target', expiresInDays: 30 }, meta);
  const viewerTokenId = (await store.listCredentials({ user: 'viewer' }))[0]?.id ?? '';
  return {
    tokens,
    known: {
      ids: ['actor:b', 'actor:e', 'rel:b-in-c', 'actor:b#1', 'actor:e#1', 'rel:b-in-c#2', source.id, target.credential.id, viewerTokenId],
      names: ['target', 'nobody', 'admin'],
    },
  };
}
