import { describe, expect, it } from 'vitest';
import type { Credential, User } from '../../core/accounts.js';
import { AccountLookupCache, type AccountLookups } from './account-lookups.js';

const user: User = { name: 'ana', role: 'viewer', createdAt: '2026-01-01T00:00:00.000Z' };
const credential: Credential = {
  id: 'c1',
  kind: 'token',
  user: 'ana',
  name: 'laptop',
  secretHash: 'ab',
  createdAt: '2026-01-01T00:00:00.000Z',
};

/** An account store that counts its reads and can be changed or made to fail. */
function countingAccounts() {
  const reads = { credential: 0, user: 0 };
  const state = { credential: credential as Credential | undefined, fail: false };
  const accounts: AccountLookups = {
    getCredential: async () => {
      reads.credential++;
      if (state.fail) throw new Error('database gone');
      return state.credential;
    },
    getUser: async () => {
      reads.user++;
      return user;
    },
  };
  return { accounts, reads, state };
}

describe('AccountLookupCache', () => {
  it('reads each credential and user once per change mark', async () => {
    const { accounts, reads } = countingAccounts();
    const cache = new AccountLookupCache(accounts);
    for (let i = 0; i < 3; i++) {
      expect(await cache.at('m1').getCredential('c1')).toEqual(credential);
      expect(await cache.at('m1').getUser('ana')).toEqual(user);
    }
    expect(reads).toEqual({ credential: 1, user: 1 });
  });

  it('reads again once the mark moves, so a revocation written since is seen at once', async () => {
    const { accounts, reads, state } = countingAccounts();
    const cache = new AccountLookupCache(accounts);
    await cache.at('m1').getCredential('c1');
    state.credential = { ...credential, revokedAt: '2026-02-01T00:00:00.000Z' };
    expect((await cache.at('m2').getCredential('c1'))?.revokedAt).toBe('2026-02-01T00:00:00.000Z');
    expect(reads.credential).toBe(2);
  });

  it('does not remember a failed read', async () => {
    const { accounts, reads, state } = countingAccounts();
    const cache = new AccountLookupCache(accounts);
    state.fail = true;
    await expect(cache.at('m1').getCredential('c1')).rejects.toThrow('database gone');
    state.fail = false;
    expect(await cache.at('m1').getCredential('c1')).toEqual(credential);
    expect(reads.credential).toBe(2);
  });
});
