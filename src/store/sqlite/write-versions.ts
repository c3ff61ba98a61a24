import type Database from 'better-sqlite3';
import { canonicalLine } from '../../core/dataset/canonical.js';
import type { ConflictEvent } from '../../core/model/event.js';
import type { Change, WriteMeta, WriteSummary } from '../../core/store-port.js';
import { fatalityEstimates } from '../event-keys.js';
import { moveMarks } from './change-marks.js';
import { indexKeys } from '../index-keys.js';

/** The latest version of a record; `retired` when it no longer stands (closed without a successor). */
type Current = { version: number; body: string; retired?: boolean } | null;

// Current versions are read a slice at a time (one indexed IN lookup) rather than one query per record.
const LOOKUP_SLICE = 1000;

/** The statements a write runs, prepared once per connection. */
class WriteStatements {
  readonly last: Database.Statement;
  readonly current: Database.Statement;
  readonly close: Database.Statement;
  readonly insert: Database.Statement;
  readonly dropNames: Database.Statement;
  readonly addName: Database.Statement;
  readonly participants: Database.Statement;
  readonly audit: Database.Statement;

  constructor(db: Database.Database) {
    this.last = db.prepare('SELECT coalesce(max(rowid), 0) AS last FROM records');
    // The latest version of each record, current or retired (SQLite takes the bare columns from the max row).
    this.current = db.prepare(
      'SELECT id, max(version) AS version, body, recorded_to IS NOT NULL AS retired FROM records WHERE kind = ? AND id IN (SELECT value FROM json_each(?)) GROUP BY id',
    );
    this.close = db.prepare('UPDATE records SET recorded_to = ? WHERE kind = ? AND id = ? AND version = ?');
    this.insert = db.prepare(
      'INSERT INTO records (kind, id, version, body, recorded_from, recorded_to, recorded_by, lo, hi, a, b, c, f_low, f_best, f_high) VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    this.dropNames = db.prepare('DELETE FROM names WHERE kind = ? AND id = ?');
    this.addName = db.prepare('INSERT INTO names (kind, id, name) VALUES (?, ?, ?)');
    // The versions this write added are the rows after the largest row id it started from (records are
    // never deleted, so row ids only grow). Participants and audit entries are derived from them in
    // two statements, as migrations 2 and 3 derived them from the versions already stored.
    this.participants = db.prepare(`
      INSERT INTO event_participants (event_id, version, actor, role, attribution)
        SELECT r.id, r.version, json_extract(p.value, '$.actor'), json_extract(p.value, '$.role'), coalesce(json_extract(p.value, '$.attribution'), 'unspecified')
        FROM records r, json_each(r.body, '$.participants') p
        WHERE r.rowid > ? AND r.kind = 'event'
        ORDER BY r.rowid, p.key`);
    this.audit = db.prepare(`
      INSERT INTO audit_log (at, actor, action, kind, id, before, after, version)
        SELECT recorded_from, recorded_by, CASE WHEN version > 1 THEN 'record.update' ELSE 'record.insert' END, kind, id, NULL, NULL, version
        FROM records WHERE rowid > ? ORDER BY rowid`);
  }
}

const statements = new WeakMap<Database.Database, WriteStatements>();

/** Current versions of the records a write touches, read ahead a slice at a time and kept up to date as it writes. */
class CurrentVersions {
  private readonly known = new Map<string, Current>();
  private readAhead = 0;

  constructor(
    private readonly sql: WriteStatements,
    private readonly changes: readonly Change[],
  ) {}

  get(index: number): Current {
    if (index >= this.readAhead) this.read(index);
    const { kind, record } = this.changes[index] as Change;
    return this.known.get(`${kind}\u0000${record.id}`) ?? null;
  }

  set(change: Change, current: Current): void {
    this.known.set(`${change.kind}\u0000${change.record.id}`, current);
  }

  private read(from: number): void {
    this.readAhead = Math.min(this.changes.length, from + LOOKUP_SLICE);
    const wanted = new Map<string, string[]>();
    for (let i = from; i < this.readAhead; i++) {
      const { kind, record } = this.changes[i] as Change;
      const key = `${kind}\u0000${record.id}`;
      if (this.known.has(key)) continue;
      this.known.set(key, null);
      const ids = wanted.get(kind) ?? [];
      ids.push(record.id);
      wanted.set(kind, ids);
    }
    for (const [kind, ids] of wanted)
      for (const row of this.sql.current.all(kind, JSON.stringify(ids)) as { id: string; version: number; body: string; retired: number }[])
        this.known.set(`${kind}\u0000${row.id}`, { version: row.version, body: row.body, ...(row.retired ? { retired: true } : {}) });
  }
}

/**
 * Writes changes inside an open transaction: each change that differs from its current version closes
 * that version and adds the next one; then the new event versions' participants and one audit entry
 * per new version are added from what was written.
 */
export function writeVersions(db: Database.Database, changes: readonly Change[], meta: WriteMeta, recordedAt: string): WriteSummary {
  let sql = statements.get(db);
  if (!sql) statements.set(db, (sql = new WriteStatements(db)));
  const summary: WriteSummary = { inserted: 0, updated: 0, unchanged: 0, recordedAt };
  const { last } = sql.last.get() as { last: number };
  const current = new CurrentVersions(sql, changes);
  changes.forEach((change, index) => {
    const { kind, record } = change;
    const body = meta.trusted === true ? (change.line ?? canonicalLine(kind, record, { trusted: true })) : canonicalLine(kind, record);
    const existing = current.get(index);
    // A retired record written again comes back as its next version, even with the same body.
    if (existing && !existing.retired && existing.body === body) {
      summary.unchanged++;
      return;
    }
    if (existing && !existing.retired) sql.close.run(recordedAt, kind, record.id, existing.version);
    const keys = indexKeys(kind, record);
    const version = (existing?.version ?? 0) + 1;
    const f = kind === 'event' ? fatalityEstimates(record as ConflictEvent) : undefined;
    sql.insert.run(
      kind,
      record.id,
      version,
      body,
      recordedAt,
      meta.by,
      keys.lo,
      keys.hi,
      keys.a,
      keys.b,
      keys.c,
      f?.low ?? null,
      f?.best ?? null,
      f?.high ?? null,
    );
    current.set(change, { version, body });
    if (keys.names.length > 0) {
      sql.dropNames.run(kind, record.id);
      for (const name of new Set(keys.names)) sql.addName.run(kind, record.id, name);
    }
    if (existing) summary.updated++;
    else summary.inserted++;
  });
  if (summary.inserted + summary.updated > 0) {
    sql.participants.run(last);
    sql.audit.run(last);
    moveMarks(db, ['records']);
  }
  return summary;
}
