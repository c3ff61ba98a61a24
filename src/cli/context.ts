import type { Store, TeamStore } from '../core/store-port.js';

// The store adapters (better-sqlite3, pg and their migrations) cost about 240 ms to load: only commands that open a store pay it.
const openStore = async (location: string | undefined): Promise<TeamStore> => (await import('../composition-root.js')).openStore(location);

/** Options every command accepts. */
export interface GlobalOptions {
  db?: string;
  json?: boolean;
}

/** Runs a command body with an open store, closing it whatever happens. */
export async function withStore<T>(options: GlobalOptions, body: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(options.db);
  try {
    return await body(store);
  } finally {
    await store.close();
  }
}

/** Runs a command body with the store, its accounts and its audit log, closing it whatever happens. */
export async function withTeamStore<T>(options: GlobalOptions, body: (store: TeamStore) => Promise<T>): Promise<T> {
  const store = await openStore(options.db);
  try {
    return await body(store);
  } finally {
    await store.close();
  }
}
