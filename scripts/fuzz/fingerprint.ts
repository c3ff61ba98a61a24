import type { TeamStore } from '../../src/core/store-port.js';

const KINDS = ['source', 'actor', 'place', 'relation', 'event'] as const;

/** Everything a refused request must leave as it was: records, claims, the audit log, users and credentials. */
export async function fingerprint(store: TeamStore): Promise<string> {
  const [lists, claims, audit, users, credentials] = await Promise.all([
    Promise.all(KINDS.map((kind) => store.list(kind))),
    store.claims(),
    store.audit(),
    store.listUsers(),
    store.listCredentials(),
  ]);
  return JSON.stringify({ lists, claims, audit, users, credentials });
}
