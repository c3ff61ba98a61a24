import type pg from 'pg';
import { LOCKS, lockUntilCommit } from './advisory-locks.js';

/**
 * About how many versions are stored, from the planner's statistics (kept fresh by the ANALYZE after
 * large writes): cheap enough to ask at the start of every series, where count(*) reads every row.
 */
export async function storedEstimate(client: pg.PoolClient): Promise<number> {
  const { rows } = await client.query<{ n: string }>(
    `SELECT coalesce(sum(greatest(c.reltuples, 0)), 0)::bigint AS n FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
     WHERE i.inhparent = 'records'::regclass`,
  );
  return Number(rows[0]?.n ?? 0);
}

/** The summaries' triggers (migrations 7 and 10), by table. */
const SUMMARY_TRIGGERS = {
  records: ['event_summary_open', 'event_summary_close'],
  event_participants: ['event_summary_participants'],
} as const;

const alterTriggers = (how: 'DISABLE' | 'ENABLE') =>
  Object.entries(SUMMARY_TRIGGERS)
    .map(([table, triggers]) => `ALTER TABLE ${table} ${triggers.map((t) => `${how} TRIGGER ${t}`).join(', ')}`)
    .join('; ');

/**
 * Turns the summaries' triggers off for the rest of the transaction (migration 10): a large series
 * rebuilds the summaries once at its end (`rebuildSummaries`) rather than upserting grouped rows
 * after each of its statements, which measured most of a large import's time.
 *
 * When the connection owns the tables, the triggers are also disabled until the rebuild: a deferred
 * trigger still made the server copy every inserted version into its transition table, a fifth of
 * the server's time inserting versions (1.1 of 5.1 CPU seconds per 200,000). Readers do not wait
 * (the lock taken lets them in, and the change is never seen outside the transaction: the rebuild
 * enables them again, a failure rolls the change back); writers already wait, as the writers' lock is
 * taken first, exclusively, as the series' first large write took it before.
 */
export async function deferSummaries(client: pg.PoolClient): Promise<boolean> {
  await client.query(`SELECT set_config('faultline.summaries_deferred', 'on', true)`);
  const { rows } = await client.query<{ owner: boolean }>(
    `SELECT bool_and(pg_has_role(c.relowner, 'USAGE')) AS owner FROM pg_class c WHERE c.oid IN ('records'::regclass, 'event_participants'::regclass)`,
  );
  if (rows[0]?.owner !== true) return false;
  await lockUntilCommit(client, LOCKS.writers);
  await client.query(alterTriggers('DISABLE'));
  return true;
}

/**
 * Ends a deferral inside the series' transaction: the summaries are built again from the stored
 * events, exactly; `disabled` tells whether `deferSummaries` disabled the triggers.
 */
export async function rebuildSummaries(client: pg.PoolClient, disabled = false): Promise<void> {
  // The writers' lock, exclusively: no other write changes events while the summaries are rebuilt.
  await lockUntilCommit(client, LOCKS.writers);
  if (disabled) await client.query(alterTriggers('ENABLE'));
  await client.query(`SELECT set_config('faultline.summaries_deferred', 'off', true)`);
  await client.query('SELECT rebuild_event_summaries()');
}
