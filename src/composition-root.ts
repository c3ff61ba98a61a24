import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Store } from './core/store-port.js';
import { openSqliteStore } from './store/sqlite/sqlite-store.js';

/** Where the embedded database lives unless `--db` or FAULTLINE_DB says otherwise. */
export const DEFAULT_DB = '.faultline/faultline.db';

/** The composition root: the one place that picks a store adapter for a database location. */
export function openStore(location: string | undefined = process.env['FAULTLINE_DB']): Store {
  const path = resolve(location ?? DEFAULT_DB);
  mkdirSync(dirname(path), { recursive: true });
  return openSqliteStore({ path });
}
