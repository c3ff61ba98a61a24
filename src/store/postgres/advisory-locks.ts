import type pg from 'pg';

/**
 * The transaction-level advisory locks every Faultline process takes on PostgreSQL, as (class, key)
 * pairs of int4: any constants will do as long as every process uses the same ones, and the keys stay
 * apart from each other and from the per-record bigint locks of write-versions.ts. Kept in one place
 * so that two modules taking "the writers' lock" take the same one.
 */
export const LOCK_CLASS = 7004;
export const LOCKS = {
  /** Applying migrations: one process at a time. */
  migrations: 1,
  /** Writers: a small write holds it shared, a large one (and a summary rebuild) exclusively. */
  writers: 2,
  /** Refolding ties and lifespans: one writer at a time. */
  folds: 3,
  /**
   * The log's sequence: an entry appended outside the record writers (accounts, views, restores) holds
   * it shared until its transaction ends; a large write reserving a run of numbers for its audit spans
   * tries it exclusively for that one statement (audit-spans.ts).
   */
  auditNumbers: 4,
} as const;

/** Takes the lock until the transaction ends; `shared` lets other shared holders in. */
export async function lockUntilCommit(client: pg.PoolClient, key: (typeof LOCKS)[keyof typeof LOCKS], shared = false): Promise<void> {
  await client.query(`SELECT ${shared ? 'pg_advisory_xact_lock_shared' : 'pg_advisory_xact_lock'}($1, $2)`, [LOCK_CLASS, key]);
}
