import { closeSync, createReadStream, existsSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type pg from 'pg';
import { FaultlineError } from '../../core/errors.js';
import type { BackupSummary } from '../../core/store-port.js';
import { COMMIT_MOVING_MARKS } from './change-marks.js';
import { appendAudit } from './pg-accounts.js';

/** Every table a backup carries, parents before children, each with the order its rows are written in. */
const TABLES: readonly (readonly [string, string])[] = [
  ['records', 'kind, id, version'],
  ['names', 'kind, id, version, name'],
  ['event_participants', 'event_id, version, actor, role, attribution'],
  ['source_texts', 'id, part'],
  ['users', 'name'],
  ['credentials', 'id'],
  ['saved_views', 'id'],
  ['audit_log', 'seq'],
  ['audit_spans', 'seq'],
];
const FORMAT = 'faultline-backup';
const BATCH = 2000;

interface Header {
  format: typeof FORMAT;
  version: 1;
  adapter: 'postgres';
  migrations: number[];
  createdAt: string;
}

async function migrations(client: pg.PoolClient): Promise<number[]> {
  return (await client.query<{ version: number }>('SELECT version FROM faultline_migrations ORDER BY version')).rows.map((r) => r.version);
}

/**
 * A logical dump in Faultline's own format: a header line, then JSON lines of up to 2,000 rows of one
 * table, read in one REPEATABLE READ snapshot so the copy is consistent while writers go on. Written
 * to a temporary file first, so an interrupted backup leaves nothing that looks complete.
 */
export async function backupPostgres(client: pg.PoolClient, file: string, now: Date): Promise<BackupSummary> {
  if (existsSync(file)) throw new FaultlineError('conflict', `${file} exists; choose a new file`);
  const partial = `${file}.partial`;
  const fd = openSync(partial, 'w');
  const rows: Record<string, number> = {};
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const header: Header = { format: FORMAT, version: 1, adapter: 'postgres', migrations: await migrations(client), createdAt: now.toISOString() };
    writeSync(fd, `${JSON.stringify(header)}\n`);
    for (const [table, order] of TABLES) {
      rows[table] = 0;
      await client.query(`DECLARE dump NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS row FROM ${table} t ORDER BY ${order}`);
      for (;;) {
        const batch = (await client.query<{ row: string }>(`FETCH ${BATCH} FROM dump`)).rows;
        if (batch.length === 0) break;
        writeSync(fd, `{"table":${JSON.stringify(table)},"rows":[${batch.map((r) => r.row).join(',')}]}\n`);
        rows[table] += batch.length;
      }
      await client.query('CLOSE dump');
    }
    await client.query('COMMIT');
    closeSync(fd);
    renameSync(partial, file);
    return { file, format: FORMAT, rows };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    closeSync(fd);
    rmSync(partial, { force: true });
    throw error;
  }
}

/** Restores a dump into an empty database of the same schema, in one transaction, and audits it. */
export async function restorePostgres(client: pg.PoolClient, file: string, meta: { by: string; at: string }): Promise<BackupSummary> {
  if (!existsSync(file)) throw new FaultlineError('not_found', `file not found: ${file}`);
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })[Symbol.asyncIterator]();
  const first = await lines.next();
  let header: Partial<Header> = {};
  try {
    header = JSON.parse(first.done ? '{}' : first.value) as Partial<Header>;
  } catch {
    // Not JSON: reported below as not a Faultline backup.
  }
  if (header.format !== FORMAT || header.version !== 1) throw new FaultlineError('invalid_input', `${file} is not a Faultline PostgreSQL backup`);
  const rows: Record<string, number> = {};
  await client.query('BEGIN');
  try {
    const mine = await migrations(client);
    if (JSON.stringify(mine) !== JSON.stringify(header.migrations)) {
      throw new FaultlineError('conflict', `backup schema ${JSON.stringify(header.migrations)} differs from this database's ${JSON.stringify(mine)}`);
    }
    const { rows: used } = await client.query<{ n: number }>(
      'SELECT (SELECT count(*) FROM records) + (SELECT count(*) FROM users) + (SELECT count(*) FROM audit_log) + (SELECT count(*) FROM audit_spans) AS n',
    );
    if (Number(used[0]?.n ?? 0) > 0) throw new FaultlineError('conflict', 'restore needs an empty database; this one has records, users or audit entries');
    const known = new Set(TABLES.map(([t]) => t));
    for (let line = await lines.next(); !line.done; line = await lines.next()) {
      if (!line.value.trim()) continue;
      const chunk = JSON.parse(line.value) as { table: string; rows: unknown[] };
      if (!known.has(chunk.table) || !Array.isArray(chunk.rows)) throw new FaultlineError('invalid_input', `${file}: unexpected table ${String(chunk.table)}`);
      const override = chunk.table === 'audit_log' ? 'OVERRIDING SYSTEM VALUE ' : '';
      await client.query(`INSERT INTO ${chunk.table} ${override}SELECT * FROM json_populate_recordset(NULL::${chunk.table}, $1::json)`, [
        JSON.stringify(chunk.rows),
      ]);
      rows[chunk.table] = (rows[chunk.table] ?? 0) + chunk.rows.length;
    }
    // Past the log's rows and the numbers its spans reserved (audit-spans.ts).
    await client.query(
      `SELECT setval(pg_get_serial_sequence('audit_log', 'seq'), greatest((SELECT max(seq) FROM audit_log), (SELECT max(seq + count - 1) FROM audit_spans), 1))`,
    );
    // Chunks may split one event's participants, which the summaries' triggers count per statement.
    await client.query('SELECT rebuild_event_summaries()');
    // Folded ties are derived from the records: built again from them on first use (docs/decisions/0010).
    await client.query(`UPDATE tie_fold_state SET stale = true`);
    await appendAudit(client, [
      { at: meta.at, actor: meta.by, action: 'backup.restore', kind: 'database', id: file, before: null, after: JSON.stringify(rows) },
    ]);
    await client.query(COMMIT_MOVING_MARKS);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
  await client.query('ANALYZE');
  return { file, format: FORMAT, rows };
}
