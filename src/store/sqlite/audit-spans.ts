// Audit entries of a large write as one span (migration 12). Every version a write adds gets an audit
// entry (who, when, insert or update, which version); the entry repeats nothing its version does not
// hold already: `at` is the version's recorded_from, `actor` its recorded_by, the action follows from its
// number. A write of many versions (an import's batch) therefore logs one row, the span, that stands for
// the entries of the versions it added: their rows in `records` are consecutive (records are never
// deleted, so row ids only grow, and one write inserts nothing else there), and their sequence numbers
// are reserved in the log's own sequence, so they interleave with the other entries exactly as the rows
// `audit_log` would have held. `readAudit` gives the same entries either way (a contract suite runs with
// every write logged as a span). Before, an import of 200,000 rows appended 400,000 entries and built
// three indexes over them.
import type Database from 'better-sqlite3';
import type { AuditEntry, AuditQuery } from '../../core/store-port.js';

/** Migration 12's SQL: the spans, append-only as the log is. */
export const SQLITE_AUDIT_SPANS = `
  CREATE TABLE audit_spans (
    seq INTEGER PRIMARY KEY,
    last_seq INTEGER NOT NULL,
    first_rid INTEGER NOT NULL,
    at TEXT NOT NULL,
    actor TEXT NOT NULL
  );
  CREATE TRIGGER audit_spans_no_update BEFORE UPDATE ON audit_spans BEGIN SELECT RAISE(ABORT, 'audit_spans is append-only'); END;
  CREATE TRIGGER audit_spans_no_delete BEFORE DELETE ON audit_spans BEGIN SELECT RAISE(ABORT, 'audit_spans is append-only'); END;
`;

/** Writes of at least this many versions are logged as a span (below, a row per version costs little). */
export const AUDIT_SPAN_FROM = 1000;

/**
 * Raises the log's sequence (SQLite's AUTOINCREMENT counter) to at least `seq`, so that entries appended
 * later number after the spans; call after copying spans in (a restore) or logging one.
 */
export function reserveAuditSeqs(db: Database.Database, seq: number): void {
  const moved = db.prepare(`UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = 'audit_log'`).run(seq);
  if (moved.changes === 0) db.prepare(`INSERT INTO sqlite_sequence (name, seq) VALUES ('audit_log', ?)`).run(seq);
}

/** Logs the versions in rows `firstRid` .. `firstRid + count - 1` of `records`, all recorded at `at` by `actor`, as one span. */
export function logSpan(db: Database.Database, firstRid: number, count: number, at: string, actor: string): void {
  const { next } = db
    .prepare(
      `SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'), 0), coalesce((SELECT max(seq) FROM audit_log), 0),
        coalesce((SELECT max(last_seq) FROM audit_spans), 0)) + 1 AS next`,
    )
    .get() as { next: number };
  db.prepare('INSERT INTO audit_spans (seq, last_seq, first_rid, at, actor) VALUES (?, ?, ?, ?, ?)').run(next, next + count - 1, firstRid, at, actor);
  reserveAuditSeqs(db, next + count - 1);
}

interface Span {
  seq: number;
  last_seq: number;
  first_rid: number;
  at: string;
  actor: string;
}

/**
 * The entries the spans stand for that `query` selects, in sequence order, at most `limit` of them
 * (all when negative), and none at or past `before` when given (the merge needs no more than that).
 */
export function spanEntries(db: Database.Database, query: AuditQuery, limit: number, before?: number): AuditEntry[] {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    where.push(sql);
    params.push(value);
  };
  add('last_seq > ?', query.afterSeq ?? Number.MIN_SAFE_INTEGER);
  if (query.actor !== undefined) add('actor = ?', query.actor);
  if (query.since !== undefined) add('at >= ?', query.since);
  if (query.until !== undefined) add('at <= ?', query.until);
  if (before !== undefined) add('seq < ?', before);
  const spans = db.prepare(`SELECT seq, last_seq, first_rid, at, actor FROM audit_spans WHERE ${where.join(' AND ')} ORDER BY seq`).all(...params) as Span[];
  if (spans.length === 0) return [];
  const rowWhere = ['r.rowid BETWEEN ? AND ?'];
  const rowParams: unknown[] = [];
  if (query.kind !== undefined) {
    rowWhere.push('r.kind = ?');
    rowParams.push(query.kind);
  }
  if (query.id !== undefined) {
    rowWhere.push('r.id = ?');
    rowParams.push(query.id);
  }
  // A span's versions in row order are its entries in sequence order; before and after are read from them, as readAudit does.
  const rows = db.prepare(
    `SELECT ? + (r.rowid - ?) AS seq, ? AS at, ? AS actor, CASE WHEN r.version > 1 THEN 'record.update' ELSE 'record.insert' END AS action,
       r.kind, r.id, p.body AS before, r.body AS after
     FROM records r LEFT JOIN records p ON p.kind = r.kind AND p.id = r.id AND p.version = r.version - 1
     WHERE ${rowWhere.join(' AND ')} ORDER BY r.rowid LIMIT ?`,
  );
  const out: AuditEntry[] = [];
  for (const span of spans) {
    const wanted = limit < 0 ? -1 : limit - out.length;
    if (wanted === 0) break;
    const from = Math.max(span.seq, (query.afterSeq ?? Number.MIN_SAFE_INTEGER) + 1);
    const to = before === undefined ? span.last_seq : Math.min(span.last_seq, before - 1);
    if (from > to) continue;
    const found = rows.all(
      span.seq,
      span.first_rid,
      span.at,
      span.actor,
      span.first_rid + (from - span.seq),
      span.first_rid + (to - span.seq),
      ...rowParams,
      wanted,
    );
    for (const entry of found as AuditEntry[]) out.push(entry);
  }
  return out;
}
