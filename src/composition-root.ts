import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { TeamStore } from './core/store-port.js';
import { redactUrl } from './store/postgres/sql.js';
import { isPostgresUrl } from './store/postgres/url.js';

/** Where the embedded database lives unless `--db` or FAULTLINE_DB says otherwise. */
export const DEFAULT_DB = '.faultline/faultline.db';

/**
 * The composition root: the one place that picks a store adapter for a database location.
 * A postgres:// or postgresql:// URL opens the PostgreSQL adapter; anything else is a SQLite file.
 * Each adapter is loaded when it is picked: a command on a SQLite file never loads the PostgreSQL
 * client (about 0.1 s of the CLI's start).
 */
export async function openStore(location: string | undefined = process.env['FAULTLINE_DB']): Promise<TeamStore> {
  if (location && isPostgresUrl(location)) return (await import('./store/postgres/postgres-store.js')).openPostgresStore({ url: location });
  const path = resolve(location ?? DEFAULT_DB);
  mkdirSync(dirname(path), { recursive: true });
  return (await import('./store/sqlite/sqlite-store.js')).openSqliteStore({ path });
}

/** The database a location names, fit for messages: a file's absolute path, or a URL without its password. */
export function describeStore(location: string | undefined = process.env['FAULTLINE_DB']): string {
  if (location && isPostgresUrl(location)) return redactUrl(location);
  return resolve(location ?? DEFAULT_DB);
}
