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

/**
 * Turns the summaries' triggers off for the rest of the transaction (migration 10): a large series
 * rebuilds the summaries once at its end (`rebuildSummaries`) rather than upserting grouped rows
 * after each of its statements, which measured most of a large import's time.
 */
export async function deferSummaries(client: pg.PoolClient): Promise<void> {
  await client.query(`SELECT set_config('faultline.summaries_deferred', 'on', true)`);
}

/** Ends a deferral inside the series' transaction: the summaries are built again from the stored events, exactly. */
export async function rebuildSummaries(client: pg.PoolClient): Promise<void> {
  // The writers' lock, exclusively: no other write changes events while the summaries are rebuilt.
  await lockUntilCommit(client, LOCKS.writers);
  await client.query(`SELECT set_config('faultline.summaries_deferred', 'off', true)`);
  await client.query('SELECT rebuild_event_summaries()');
}
