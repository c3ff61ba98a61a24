// Rules every account change obeys, from the CLI or over HTTP: a server always keeps an active
// administrator, and a signed-in account never changes its own role or disables itself.
import type { Role, User } from '../../core/accounts.js';
import { FaultlineError } from '../../core/errors.js';
import type { AccountStore } from '../../core/store-port.js';

const isActiveAdmin = (user: Pick<User, 'role' | 'disabledAt'>): boolean => user.role === 'admin' && !user.disabledAt;

/**
 * Refuses a change to `user` that would leave no active administrator: demoting or disabling the
 * last one would lock everyone out of account management and the audit log.
 */
export async function assertAdminRemains(store: AccountStore, user: User, next: { role: Role; disabled: boolean }): Promise<void> {
  if (!isActiveAdmin(user) || isActiveAdmin({ role: next.role, ...(next.disabled ? { disabledAt: 'now' } : {}) })) return;
  const others = (await store.listUsers()).filter((other) => other.name !== user.name && isActiveAdmin(other));
  if (others.length === 0) {
    throw new FaultlineError('conflict', `${user.name} is the last active admin; make another user admin first`);
  }
}

/**
 * Refuses a change an account makes to itself: its role (no one raises or drops their own) or
 * disabling itself. `account` is the signed-in account acting; the CLI acts as the database's owner,
 * not as an account, and passes none.
 */
export function assertNotSelf(account: string | undefined, target: string, what: 'change the role of' | 'disable' | 'set the password of'): void {
  if (account !== undefined && account === target) {
    throw new FaultlineError('forbidden', `you cannot ${what} your own account; ask another admin`);
  }
}
