// Every API request presents a token or a session, and finding who it belongs to took two reads of the
// account tables (on PostgreSQL two round trips). Accounts change only by writes, and every account
// write appends to the audit log and so moves the store's accounts mark (ChangeMarks in store-port.ts),
// which writes of records leave alone. So the credential and user read for one mark are kept until the
// mark moves. Only what the tables hold
// is kept (the secret's hash, not the secret), and the secret, expiry and revocation are checked on
// every request exactly as before (authenticate.ts).
import type { Credential, User } from '../../core/accounts.js';
import type { AccountStore } from '../../core/store-port.js';

/** The two reads authentication makes. */
export type AccountLookups = Pick<AccountStore, 'getCredential' | 'getUser'>;

/** How many credentials and users are kept per mark; a burst of unknown ids cannot grow it further. */
const LIMIT = 10_000;

export class AccountLookupCache {
  private mark: string | undefined;
  private readonly credentials = new Map<string, Promise<Credential | undefined>>();
  private readonly users = new Map<string, Promise<User | undefined>>();

  constructor(private readonly accounts: AccountLookups) {}

  /** The account tables as of `mark`: a repeated lookup answers from memory until the mark moves. */
  at(mark: string): AccountLookups {
    if (mark !== this.mark) {
      this.mark = mark;
      this.credentials.clear();
      this.users.clear();
    }
    return {
      getCredential: (id) => this.kept(this.credentials, id, () => this.accounts.getCredential(id)),
      getUser: (name) => this.kept(this.users, name, () => this.accounts.getUser(name)),
    };
  }

  private kept<T>(map: Map<string, Promise<T>>, key: string, read: () => Promise<T>): Promise<T> {
    const found = map.get(key);
    if (found) return found;
    const value = read();
    if (map.size >= LIMIT) map.clear();
    map.set(key, value);
    // A failed read is not remembered: the next request tries again.
    value.catch(() => map.delete(key));
    return value;
  }
}
