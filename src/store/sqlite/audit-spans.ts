// Audit entries of a large write as spans (migration 12, docs/security.md "Audit spans"). Every version
// a write adds gets an audit entry; the entry of a version repeats nothing the version does not hold:
// `at` is its recorded_from, `actor` its recorded_by, the action follows from its number, before and
// after are its predecessor's body and its own. A write of many versions therefore logs one row per
// kind it wrote, a span, naming its versions BY KEY: (kind, recorded_from). That key is the write's own
// because record time strictly increases from one write to the next inside the write transaction
// (`write_clock`, below), never by row id: records has no INTEGER PRIMARY KEY, so VACUUM may renumber
// its row ids. A span reserves a range of the log's sequence numbers (the log's AUTOINCREMENT counter);
// its entries take them in the order of (id, version), a stable order any copy of the database keeps.
// An import of 200,000 rows appended 400,000 audit rows and their three index entries each; now 40.
import type Database from 'better-sqlite3';
import type { AuditEntry, AuditQuery } from '../../core/store-port.js';
import { AUDIT_SPAN_FROM, spanRange } from '../audit-span-range.js';
import { whoAndWhen } from './audit-filters.js';

/** Migration 12's SQL: the spans, append-only as the log is, and the clock that keeps their keys apart. */
export const SQLITE_AUDIT_SPANS = `
  CREATE TABLE audit_spans (
    seq INTEGER PRIMARY KEY,
    count INTEGER NOT NULL CHECK (count > 0),
    kind TEXT NOT NULL,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    UNIQUE (kind, at)
  );
  CREATE TRIGGER audit_spans_no_update BEFORE UPDATE ON audit_spans BEGIN SELECT RAISE(ABORT, 'audit_spans is append-only'); END;
  CREATE TRIGGER audit_spans_no_delete BEFORE DELETE ON audit_spans BEGIN SELECT RAISE(ABORT, 'audit_spans is append-only'); END;
  -- The latest record time any write used: the next write's is later, so (kind, recorded_from) names one write's versions.
  CREATE TABLE write_clock (one INTEGER PRIMARY KEY CHECK (one = 1), last TEXT NOT NULL);
  INSERT INTO write_clock VALUES (1, coalesce((SELECT max(recorded_from) FROM records), ''));
`;

/**
 * The record time of a write that is about to add versions: `stamp`, or just after the latest record
 * time any write used when another process (whose clock may lag) wrote later. Called inside the write
 * transaction, which holds SQLite's write lock, so no other write takes the same time.
 */
export function laterThanEveryWrite(db: Database.Database, stamp: string): string {
  const { last } = db.prepare('SELECT last FROM write_clock').get() as { last: string };
  const at = stamp > last ? stamp : new Date(Date.parse(last) + 1).toISOString();
  db.prepare('UPDATE write_clock SET last = ?').run(at);
  return at;
}

/** Raises the log's sequence (its AUTOINCREMENT counter) to at least `seq`, so that entries appended later number after the spans. */
export function reserveAuditSeqs(db: Database.Database, seq: number): void {
  const moved = db.prepare(`UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = 'audit_log'`).run(seq);
  if (moved.changes === 0) db.prepare(`INSERT INTO sqlite_sequence (name, seq) VALUES ('audit_log', ?)`).run(seq);
}

/** The next sequence number of the log, past its rows and its spans. */
function nextSeq(db: Database.Database): number {
  const { next } = db
    .prepare(
      `SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'), 0), coalesce((SELECT max(seq) FROM audit_log), 0),
        coalesce((SELECT max(seq + count - 1) FROM audit_spans), 0)) + 1 AS next`,
    )
    .get() as { next: number };
  return next;
}

/**
 * The kinds of the versions after row `?`, with their counts, in the order each first appears. NOT INDEXED
 * keeps SQLite to the row-id range: left free, it walked the whole primary-key index for its order by kind,
 * every stored version on every write, so that a million-row import spent 7 s of its writing thread here.
 */
export const WRITTEN_KINDS = 'SELECT kind, count(*) AS n FROM records NOT INDEXED WHERE rowid > ? GROUP BY kind ORDER BY min(rowid)';

/**
 * Logs the versions a write added (the rows after `last`, which only this transaction can read as
 * such) as one span per kind, in the order the kinds first appear, each span's entries in (id, version)
 * order. The versions are counted by row id inside the write only: the span never names one.
 */
function logSpans(db: Database.Database, last: number, at: string, actor: string): void {
  const kinds = db.prepare(WRITTEN_KINDS).all(last) as {
    kind: string;
    n: number;
  }[];
  let seq = nextSeq(db);
  const insert = db.prepare('INSERT INTO audit_spans (seq, count, kind, at, actor) VALUES (?, ?, ?, ?, ?)');
  for (const { kind, n } of kinds) {
    insert.run(seq, n, kind, at, actor);
    seq += n;
  }
  reserveAuditSeqs(db, seq - 1);
}

/**
 * The audit entries of the `added` versions a write just stored after row `last`: spans when there are
 * at least `spanFrom` (AUDIT_SPAN_FROM unless a test says otherwise), else one row each (`perVersion`).
 */
export function auditVersions(
  db: Database.Database,
  perVersion: Database.Statement,
  last: number,
  added: number,
  at: string,
  actor: string,
  spanFrom = AUDIT_SPAN_FROM,
): void {
  if (added >= spanFrom) logSpans(db, last, at, actor);
  else perVersion.run(last);
}

interface Span {
  seq: number;
  count: number;
  kind: string;
  at: string;
  actor: string;
}

/**
 * The entries the spans stand for that `query` selects, in sequence order, at most `limit` of them
 * (all when negative), and none at or past `before` when given (the merge with the log needs no more).
 */
export function spanEntries(db: Database.Database, query: AuditQuery, limit: number, before?: number): AuditEntry[] {
  const { where, params } = whoAndWhen('s', query);
  const add = (sql: string, value: unknown) => {
    where.push(sql);
    params.push(value);
  };
  add('s.seq + s.count - 1 > ?', query.afterSeq ?? Number.MIN_SAFE_INTEGER);
  if (before !== undefined) add('s.seq < ?', before);
  // Only the spans that hold a version of the record asked for (found by the primary key).
  if (query.id !== undefined) add('EXISTS (SELECT 1 FROM records v WHERE v.kind = s.kind AND v.id = ? AND v.recorded_from = s.at)', query.id);
  const spans = db
    .prepare(`SELECT s.seq, s.count, s.kind, s.at, s.actor FROM audit_spans s WHERE ${where.join(' AND ')} ORDER BY s.seq`)
    .all(...params) as Span[];
  if (spans.length === 0) return [];
  // A span's versions numbered in (id, version) order from its first sequence number; before and after
  // are read from the versions, as readAudit does for an entry that names its version.
  const rows = db.prepare(
    `SELECT n.seq, r.recorded_from AS at, r.recorded_by AS actor, CASE WHEN r.version > 1 THEN 'record.update' ELSE 'record.insert' END AS action,
       r.kind, r.id, p.body AS before, r.body AS after
     FROM (SELECT rowid AS rid, ? - 1 + row_number() OVER (ORDER BY id, version) AS seq FROM records WHERE kind = ? AND recorded_from = ?) n
       JOIN records r ON r.rowid = n.rid
       LEFT JOIN records p ON p.kind = r.kind AND p.id = r.id AND p.version = r.version - 1
     WHERE n.seq BETWEEN ? AND ? ${query.id === undefined ? 'AND ? IS NULL' : 'AND r.id = ?'} ORDER BY n.seq LIMIT ?`,
  );
  const out: AuditEntry[] = [];
  for (const span of spans) {
    const wanted = limit < 0 ? -1 : limit - out.length;
    if (wanted === 0) break;
    const range = spanRange(span, query.afterSeq, before);
    if (!range) continue;
    for (const entry of rows.all(span.seq, span.kind, span.at, range.from, range.to, query.id ?? null, wanted) as AuditEntry[]) out.push(entry);
  }
  return out;
}

/** How many entries the spans stand for (a backup counts the log in entries). */
export function spannedEntries(db: Database.Database, schema = 'main'): number {
  return (db.prepare(`SELECT coalesce(sum(count), 0) AS n FROM ${schema}.audit_spans`).get() as { n: number }).n;
}
