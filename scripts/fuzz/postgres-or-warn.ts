import { findPostgresBin, startPostgresCluster, type PostgresCluster } from '../../test/support/postgres-cluster.js';

/**
 * A throwaway PostgreSQL cluster for `npm run fuzz` and `npm run load`, or undefined after a loud
 * warning when PostgreSQL is not installed; the caller fails instead when $CI is set.
 */
export async function postgresOrWarn(what: string): Promise<PostgresCluster | undefined> {
  const bin = findPostgresBin();
  if (bin) return startPostgresCluster(bin);
  const banner = '!'.repeat(78);
  const ci = process.env['CI'] ? ', which fails under CI' : '';
  console.error(`\n${banner}\n!! PostgreSQL is not installed: SKIPPING ${what}${ci}.\n!! Install it (apt-get install postgresql) or set PG_BIN.\n${banner}\n`);
  return undefined;
}
