// Audit entries on PostgreSQL name their versions instead of repeating their bodies (migration 14), and
// a large write logs one span per kind it wrote instead of an entry per version (as SQLite's migration
// 12 does; sqlite/audit-spans.ts says why). A span names its versions by key, (kind, recorded_from):
// spans are logged only by a large write, which holds the writers' lock exclusively, after checking
// that no version stored before it has that key; every write takes a record time later than every
// span's (`spanFloor`), so no later version takes it either. A span reserves a run of the log's
// sequence numbers (under the sequence lock, advisory-locks.ts); its entries take them in (id, version)
// order within the kind.
import type pg from 'pg';
import { RECORD_KINDS } from '../../core/dataset/kinds.js';
import type { AuditEntry, AuditQuery } from '../../core/store-port.js';
import { AUDIT_SPAN_FROM, spanRange } from '../audit-span-range.js';
import { Params } from './sql.js';
import { LOCK_CLASS, LOCKS } from './advisory-locks.js';

type Queryable = pg.Pool | pg.PoolClient;

/** Migration 14's SQL. */
export const PG_AUDIT_SPANS = `
  ALTER TABLE audit_log ADD COLUMN version integer;
  CREATE TABLE audit_spans (
    seq bigint PRIMARY KEY,
    count integer NOT NULL CHECK (count > 0),
    kind text COLLATE "C" NOT NULL,
    at timestamptz NOT NULL,
    actor text COLLATE "C" NOT NULL,
    UNIQUE (kind, at)
  );
  CREATE TRIGGER audit_spans_no_change BEFORE UPDATE OR DELETE ON audit_spans FOR EACH ROW EXECUTE FUNCTION faultline_audit_append_only();
  CREATE TRIGGER audit_spans_no_truncate BEFORE TRUNCATE ON audit_spans FOR EACH STATEMENT EXECUTE FUNCTION faultline_audit_append_only();
  CREATE TRIGGER audit_spans_notes_records AFTER INSERT ON audit_spans FOR EACH ROW
    WHEN (position(' records' IN coalesce(current_setting('faultline.marks', true), '')) = 0)
    EXECUTE FUNCTION faultline_note_mark('records');
`;

/** The latest record time of a span ('' when none): a write's own record time must come after it. */
export async function spanFloor(client: pg.PoolClient): Promise<string> {
  const { rows } = await client.query<{ at: Date | null }>('SELECT max(at) AS at FROM audit_spans');
  return rows[0]?.at?.toISOString() ?? '';
}

/**
 * Logs the versions a large write stored at `at` (`added` of them, of `kinds` in the order they first
 * appear) as one span per kind, and returns true; or returns false, logging nothing, when the write is
 * small, when a version stored before it has the same key, or when the log's sequence gave no unbroken
 * run (an account change took a number meanwhile): the caller then logs an entry per version.
 */
export async function logSpans(client: pg.PoolClient, kinds: readonly string[], added: number, at: string, actor: string): Promise<boolean> {
  if (added < AUDIT_SPAN_FROM) return false;
  // Only a write holding the writers' lock exclusively may log spans: a small write under the shared lock numbers its
  // entries with nextval as it goes and would race the run reserved below (write sizes are a public option).
  const { rows: held } = await client.query<{ exclusive: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid() AND granted
       AND mode = 'ExclusiveLock' AND classid = ${LOCK_CLASS} AND objid = ${LOCKS.writers} AND objsubid = 2) AS exclusive`,
  );
  if (!held[0]?.exclusive) return false;
  const { rows: counted } = await client.query<{ kind: string; n: number }>(
    'SELECT kind, count(*)::integer AS n FROM records WHERE kind = ANY($1::text[]) AND recorded_from = $2 GROUP BY kind',
    [kinds, at],
  );
  if (counted.reduce((sum, r) => sum + r.n, 0) !== added) return false;
  // A run of `added` numbers in one statement: the sequence lock tried exclusively until the transaction ends, the
  // sequence moved past the run. Record writers cannot number entries now (this write holds the writers' lock
  // exclusively) and others hold the lock shared while they do (appendAudit); when one does, the write logs an entry
  // per version instead, and one that comes later waits for this write's commit. The lock is the transaction's, not
  // the session's, so a statement that fails cannot leave a pooled connection holding it. (Taking numbers one by one
  // with nextval cost 2.5 s of the server's time per 200,000.)
  const { rows: run } = await client.query<{ last: string }>(
    `SELECT setval(pg_get_serial_sequence('audit_log', 'seq'), nextval(pg_get_serial_sequence('audit_log', 'seq')) + $1 - 1) AS last
       FROM (SELECT pg_try_advisory_xact_lock(${LOCK_CLASS}, ${LOCKS.auditNumbers}) AS got OFFSET 0) AS l WHERE l.got`,
    [added],
  );
  if (run.length === 0) return false;
  let seq = Number(run[0]?.last) - added + 1;
  const count = new Map(counted.map((r) => [r.kind, r.n]));
  const spans = kinds.flatMap((kind) => {
    const n = count.get(kind) ?? 0;
    if (n === 0) return [];
    const span = { seq, count: n, kind };
    seq += n;
    return [span];
  });
  await client.query(
    `INSERT INTO audit_spans (seq, count, kind, at, actor) SELECT u.seq, u.count, u.kind, $2, $3 FROM json_to_recordset($1::json) AS u(seq bigint, count integer, kind text)`,
    [JSON.stringify(spans), at, actor],
  );
  return true;
}

/** A kind's own table (migration 1 names them so), the kind checked against the list of kinds. */
function partitionOf(kind: string): string {
  if (!(RECORD_KINDS as readonly string[]).includes(kind)) throw new Error(`no partition for kind ${kind}`);
  return `records_${kind}`;
}

interface SpanRow {
  seq: string;
  count: number;
  kind: string;
  at: Date;
}

/**
 * The entries the spans stand for that `query` selects, in sequence order, at most `limit` of them
 * (all when negative), and none at or past `before` when given.
 */
export async function spanEntries(db: Queryable, query: AuditQuery, limit: number, before?: number): Promise<AuditEntry[]> {
  const p = new Params();
  const where = [`s.seq + s.count - 1 > ${p.add(query.afterSeq ?? Number.MIN_SAFE_INTEGER)}`];
  if (query.actor !== undefined) where.push(`s.actor = ${p.add(query.actor)}`);
  if (query.since !== undefined) where.push(`s.at >= ${p.add(query.since)}::timestamptz`);
  if (query.until !== undefined) where.push(`s.at <= ${p.add(query.until)}::timestamptz`);
  if (query.kind !== undefined) where.push(`s.kind = ${p.add(query.kind)}`);
  if (before !== undefined) where.push(`s.seq < ${p.add(before)}`);
  if (query.id !== undefined) where.push(`EXISTS (SELECT 1 FROM records v WHERE v.kind = s.kind AND v.id = ${p.add(query.id)} AND v.recorded_from = s.at)`);
  const { rows: spans } = await db.query<SpanRow>(
    `SELECT s.seq, s.count, s.kind, s.at FROM audit_spans s WHERE ${where.join(' AND ')} ORDER BY s.seq`,
    p.values,
  );
  const out: AuditEntry[] = [];
  for (const span of spans) {
    const wanted = limit < 0 ? null : limit - out.length;
    if (wanted === 0) break;
    const range = spanRange({ seq: Number(span.seq), count: span.count }, query.afterSeq, before);
    if (!range) continue;
    // Numbered in (id, version) order from the span's first number, read from the kind's own table.
    const table = partitionOf(span.kind);
    const { rows } = await db.query<Omit<AuditEntry, 'at' | 'seq'> & { at: Date; seq: string }>(
      `SELECT n.seq, n.recorded_from AS at, n.recorded_by AS actor, CASE WHEN n.version > 1 THEN 'record.update' ELSE 'record.insert' END AS action,
         n.kind, n.id, CASE WHEN n.version > 1 THEN (SELECT p.body FROM ${table} p WHERE p.id = n.id AND p.version = n.version - 1) END AS before, n.body AS after
       FROM (SELECT kind, id, version, body, recorded_from, recorded_by, $1::bigint - 1 + row_number() OVER (ORDER BY id, version) AS seq
             FROM ${table} WHERE kind = $2 AND recorded_from = $3) n
       WHERE n.seq BETWEEN $4 AND $5 AND ($6::text IS NULL OR n.id = $6) ORDER BY n.seq LIMIT $7`,
      [span.seq, span.kind, span.at, range.from, range.to, query.id ?? null, wanted],
    );
    for (const r of rows) out.push({ ...r, seq: Number(r.seq), at: r.at.toISOString() });
  }
  return out;
}
