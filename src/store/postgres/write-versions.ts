import { RECORD_KINDS, type RecordKind } from '../../core/dataset/kinds.js';
import type pg from 'pg';
import type { Change, WriteSummary } from '../../core/store-port.js';
import { LOCKS, lockUntilCommit } from './advisory-locks.js';
import { spanFloor } from './audit-spans.js';
import { freshWrite } from './fresh-write.js';
import { eachRecordOnce, stagedWrite } from './staged-write.js';
import type { FoundForFolds } from './tie-folds.js';
import type { WrittenIds } from './written-ids.js';
import { type CurrentVersion, type NewVersion, type PreparedChange, planWrite, prepareChanges, versionKey } from './write-plan.js';

/** How a write is cut up; tests make these small to cross every boundary with a few hundred rows. */
export interface WriteSizes {
  /**
   * A write touching more records than this takes the writers' lock alone: each advisory lock uses a
   * slot of a shared table sized by max_locks_per_transaction, which a large import would exhaust.
   */
  recordLocksUpTo: number;
  /** Versions per INSERT statement (one JSON parameter each). */
  rowsPerStatement: number;
  /** A write of at least this many changes, each record once, goes through a staging table (staged-write.ts). */
  stagedFrom: number;
}

export const WRITE_SIZES: WriteSizes = { recordLocksUpTo: 1000, rowsPerStatement: 5000, stagedFrom: 2000 };

/**
 * Writes changes inside an open transaction in a few round trips whatever their number: lock the
 * records, read their current versions, close the superseded ones, insert the new ones and their names.
 * `stamp` receives the latest record time among the current versions, so record time never runs backwards.
 */
export async function writeVersions(
  client: pg.PoolClient,
  changes: readonly Change[],
  by: string,
  stamp: (latest: string) => string,
  options: {
    trusted?: boolean;
    sizes?: WriteSizes;
    prepare?: (changes: readonly Change[]) => PreparedChange[];
    /** In a large series that defers the summaries: what it knows of records not stored yet (fresh-write.ts). */
    written?: WrittenIds | undefined;
  } = {},
): Promise<WriteSummary & { forFolds?: FoundForFolds }> {
  const sizes = options.sizes ?? WRITE_SIZES;
  const prepared = options.prepare ? options.prepare(changes) : prepareChanges(changes, options);
  const kinds = prepared.map((c) => c.kind);
  const ids = prepared.map((c) => c.id);
  await lockRecords(client, kinds, ids, sizes.recordLocksUpTo);
  const stampAfterSpans = await afterSpans(client, stamp);
  // Noted before writing: whether they were all new until now decides the path.
  const fresh = options.written?.note(prepared) === true;
  if (prepared.length >= sizes.stagedFrom && eachRecordOnce(prepared)) {
    return (fresh ? freshWrite : stagedWrite)(client, prepared, by, stampAfterSpans, kindPartition);
  }
  const rows = await latestVersions(client, prepared);
  const stored = new Map<string, CurrentVersion>();
  let latest = '';
  for (const row of rows) {
    const recordedFrom = row.recorded_from.toISOString();
    if (recordedFrom > latest) latest = recordedFrom;
    stored.set(versionKey(row.kind, row.id), { version: row.version, body: row.body, recordedFrom, ...(row.retired ? { retired: true } : {}) });
  }
  const recordedAt = stampAfterSpans(latest);
  const plan = planWrite(prepared, stored, recordedAt);
  if (plan.closes.length > 0) {
    await client.query(
      `UPDATE records r SET recorded_to = $1 FROM unnest($2::text[], $3::text[], $4::integer[]) AS u(kind, id, version)
       WHERE r.kind = u.kind AND r.id = u.id AND r.version = u.version AND r.recorded_to IS NULL`,
      [recordedAt, plan.closes.map((c) => c.kind), plan.closes.map((c) => c.id), plan.closes.map((c) => c.version)],
    );
  }
  const size = sizes.rowsPerStatement;
  for (let start = 0; start < plan.inserts.length; start += size) {
    await insertVersions(client, plan.inserts.slice(start, start + size), recordedAt, by);
  }
  return { inserted: plan.inserted, updated: plan.updated, unchanged: plan.unchanged, recordedAt };
}

/**
 * The latest version of each record, current or retired (closed without a successor), read from its
 * kind's partition by id alone. A condition on the kind let the planner, with the statistics of before
 * an import that has not committed yet, probe the kind's index (every row of the partition) for each
 * id: a million-row import slowed batch after batch, each lookup taking seconds.
 */
async function latestVersions(client: pg.PoolClient, prepared: readonly PreparedChange[]) {
  const idsByKind = new Map<RecordKind, Set<string>>();
  for (const { kind, id } of prepared) idsByKind.set(kind, (idsByKind.get(kind) ?? new Set()).add(id));
  const rows: { kind: RecordKind; id: string; version: number; body: string; recorded_from: Date; retired: boolean }[] = [];
  for (const [kind, ids] of idsByKind) {
    const found = await client.query<Omit<(typeof rows)[number], 'kind'>>(
      `SELECT DISTINCT ON (id) id, version, body, recorded_from, recorded_to IS NOT NULL AS retired FROM ${kindPartition(kind)}
       WHERE id = ANY($1::text[]) ORDER BY id, version DESC`,
      [[...ids]],
    );
    for (const row of found.rows) rows.push({ kind, ...row });
  }
  return rows;
}

/** The partition holding one kind's versions (migration 1 names them so); the kind is checked against the list of kinds. */
export function kindPartition(kind: RecordKind): string {
  if (!RECORD_KINDS.includes(kind)) throw new Error(`no partition for kind ${String(kind)}`);
  return `records_${kind}`;
}

/**
 * Retires records: closes each one's current version with no successor and audits it, with the
 * closed version as `before`. Ids without a current version are passed over.
 */
export async function retireVersions(
  client: pg.PoolClient,
  kind: RecordKind,
  ids: readonly string[],
  by: string,
  stamp: (latest: string) => string,
): Promise<{ retired: number; recordedAt: string }> {
  const unique = [...new Set(ids)];
  await lockRecords(
    client,
    unique.map(() => kind),
    unique,
    WRITE_SIZES.recordLocksUpTo,
  );
  const { rows: latest } = await client.query<{ latest: Date | null }>(
    'SELECT max(recorded_from) AS latest FROM records WHERE kind = $1 AND id = ANY($2::text[]) AND recorded_to IS NULL',
    [kind, unique],
  );
  const recordedAt = stamp(latest[0]?.latest?.toISOString() ?? '');
  const { rows } = await client.query<{ id: string; version: number }>(
    'UPDATE records SET recorded_to = $1 WHERE kind = $2 AND id = ANY($3::text[]) AND recorded_to IS NULL RETURNING id, version',
    [recordedAt, kind, unique],
  );
  // Each entry names the version it closed, which is its `before` (migration 14).
  if (rows.length > 0)
    await client.query(
      `INSERT INTO audit_log (at, actor, action, kind, id, version)
       SELECT $1, $2, 'record.retire', $3, u.id, u.version FROM unnest($4::text[], $5::integer[]) WITH ORDINALITY AS u(id, version, n) ORDER BY u.n`,
      [recordedAt, by, kind, rows.map((r) => r.id), rows.map((r) => r.version)],
    );
  return { retired: rows.length, recordedAt };
}

/**
 * Inserts new versions with their audit entries, participants and names. Each table's rows travel as
 * one JSON parameter that the server unpacks (json_to_recordset): the driver's escaping of text
 * arrays, element by element in JavaScript, cost more than the database's work. An audit entry names
 * its version (migration 14): before and after are read from the versions.
 */
async function insertVersions(client: pg.PoolClient, rows: readonly NewVersion[], recordedAt: string, by: string): Promise<void> {
  const versions = rows.map((r, n) => ({
    n,
    kind: r.kind,
    id: r.id,
    version: r.version,
    body: r.body,
    recorded_to: r.recordedTo,
    lo: r.keys.lo,
    hi: r.keys.hi,
    a: r.keys.a,
    b: r.keys.b,
    c: r.keys.c,
    f_low: r.fatalities?.low ?? null,
    f_best: r.fatalities?.best ?? null,
    f_high: r.fatalities?.high ?? null,
  }));
  await client.query(
    `WITH u AS (
       SELECT * FROM json_to_recordset($3::json) AS u(n integer, kind text, id text, version integer, body text, recorded_to timestamptz, lo text, hi text,
                                                     a text, b text, c text, f_low integer, f_best integer, f_high integer)
     ), inserted AS (
       INSERT INTO records (kind, id, version, body, recorded_from, recorded_to, recorded_by, lo, hi, a, b, c, f_low, f_best, f_high)
       SELECT u.kind, u.id, u.version, u.body, $1, u.recorded_to, $2, u.lo, u.hi, u.a, u.b, u.c, u.f_low, u.f_best, u.f_high FROM u
     )
     INSERT INTO audit_log (at, actor, action, kind, id, version)
     SELECT $1, $2, CASE WHEN u.version > 1 THEN 'record.update' ELSE 'record.insert' END, u.kind, u.id, u.version FROM u ORDER BY u.n`,
    [recordedAt, by, JSON.stringify(versions)],
  );
  const participants = rows.flatMap((r) =>
    r.participants.map((p) => ({ event_id: r.id, version: r.version, actor: p.actor, role: p.role, attribution: p.attribution })),
  );
  if (participants.length > 0) {
    await client.query(
      `INSERT INTO event_participants (event_id, version, actor, role, attribution)
       SELECT * FROM json_to_recordset($1::json) AS u(event_id text, version integer, actor text, role text, attribution text)`,
      [JSON.stringify(participants)],
    );
  }
  const names = rows.flatMap((r) => r.keys.names.map((name) => ({ kind: r.kind, id: r.id, version: r.version, name })));
  if (names.length === 0) return;
  await client.query(
    `INSERT INTO names (kind, id, version, name)
     SELECT DISTINCT u.kind, u.id, u.version, faultline_fold(u.name) FROM json_to_recordset($1::json) AS u(kind text, id text, version integer, name text)
     ON CONFLICT DO NOTHING`,
    [JSON.stringify(names)],
  );
}

/**
 * `stamp`, taking a record time later than every audit span's, so that no version written from now on
 * has the key a span names its versions by (audit-spans.ts). Read under the writers' lock: a span is
 * only logged by a write holding it exclusively.
 */
async function afterSpans(client: pg.PoolClient, stamp: (latest: string) => string): Promise<(latest: string) => string> {
  const floor = await spanFloor(client);
  return (latest) => stamp(latest > floor ? latest : floor);
}

/**
 * Writers of the same record queue, so none reads a version another is replacing. A small write holds
 * the writers' lock shared and one lock per record, taken in one global order; a large one holds the
 * writers' lock exclusively.
 */
async function lockRecords(client: pg.PoolClient, kinds: readonly string[], ids: readonly string[], upTo: number): Promise<void> {
  if (ids.length > upTo) {
    await lockUntilCommit(client, LOCKS.writers);
    return;
  }
  await lockUntilCommit(client, LOCKS.writers, true);
  await client.query(
    `SELECT pg_advisory_xact_lock(h) FROM (SELECT DISTINCT hashtextextended(k || ':' || i, 0) AS h FROM unnest($1::text[], $2::text[]) AS u(k, i) ORDER BY h) AS locks`,
    [kinds, ids],
  );
}
