import type { Store, TeamStore } from '../core/store-port.js';
import { openStore } from '../composition-root.js';

/** Options every command accepts. */
export interface GlobalOptions {
  db?: string;
  json?: boolean;
}

/** Runs a command body with an open store, closing it whatever happens. */
export async function withStore<T>(options: GlobalOptions, body: (store: Store) => Promise<T>): Promise<T> {
  const store = openStore(options.db);
  try {
    return await body(store);
  } finally {
    await store.close();
  }
}

/** Runs a command body with the store, its accounts and its audit log, closing it whatever happens. */
export async function withTeamStore<T>(options: GlobalOptions, body: (store: TeamStore) => Promise<T>): Promise<T> {
  const store = openStore(options.db);
  try {
    return await body(store);
  } finally {
    await store.close();
  }
}
