import type { Credential, User } from '../core/accounts.js';
import type { SavedView } from '../core/saved-views.js';

/** How a user appears in the audit log: everything but the password hash, which is only said to be set. */
export function userAuditView(user: User | undefined): string | null {
  if (!user) return null;
  const { passwordHash, ...rest } = user;
  return JSON.stringify({ ...rest, password: passwordHash ? 'set' : 'none' });
}

/** How a credential appears in the audit log: never its secret hash. */
export function credentialAuditView(credential: Credential | undefined): string | null {
  if (!credential) return null;
  const rest: Partial<Credential> = { ...credential };
  delete rest.secretHash;
  return JSON.stringify(rest);
}

/** How a saved view appears in the audit log: all of it, note included (docs/security.md says admins can read it). */
export function viewAuditView(view: SavedView | undefined): string | null {
  return view ? JSON.stringify(view) : null;
}
