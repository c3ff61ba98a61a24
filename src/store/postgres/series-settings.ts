import type pg from 'pg';

/** The memory each sort or hash of a series' statements may use before it spills to disk. */
export const SERIES_WORK_MEM = '64MB';

/**
 * Raises `work_mem` for the rest of a series' transaction, unless the server already allows more: at
 * the default 4 MB the staged write's batch of new versions (bodies included), sorted into the audit
 * log's order, and the summaries' rebuild spilled some 40 MB of temporary files per batch.
 */
export async function raiseWorkMem(client: pg.PoolClient): Promise<void> {
  await client.query(`SELECT set_config('work_mem', $1, true) WHERE pg_size_bytes(current_setting('work_mem')) < pg_size_bytes($1)`, [SERIES_WORK_MEM]);
}
