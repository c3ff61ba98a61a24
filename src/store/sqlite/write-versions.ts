import type Database from 'better-sqlite3';
import { canonicalLine } from '../../core/dataset/canonical.js';
import { storedColumns, type StoredColumns } from '../../core/dataset/stored-columns.js';
import type { Change, WriteMeta, WriteSummary } from '../../core/store-port.js';
import { auditVersions, laterThanEveryWrite } from './audit-spans.js';
import { moveMarks } from './change-marks.js';

/** The latest version of a record; `retired` when it no longer stands (closed without a successor). */
type Current = { version: number; body: string; retired?: boolean } | null;
type CurrentRow = { id: string; version: number; body: string; retired: number };

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
    // Participants are written from the event records in hand, not read back out of the stored bodies
    // with json_each as migration 2 did: that parsed every new event's JSON again (a twentieth of the
    // writing thread's time in an import).
    this.participants = db.prepare('INSERT INTO event_participants (event_id, version, actor, role, attribution) VALUES (?, ?, ?, ?, ?)');
    // The versions this write added are the rows after the largest row id it started from (records are
    // never deleted, so row ids only grow): one audit entry each, in one statement, as migration 3
    // derived them from the versions already stored.
    this.audit = db.prepare(`
      INSERT INTO audit_log (at, actor, action, kind, id, before, after, version)
        SELECT recorded_from, recorded_by, CASE WHEN version > 1 THEN 'record.update' ELSE 'record.insert' END, kind, id, NULL, NULL, version
        FROM records WHERE rowid > ? ORDER BY rowid`);
  }
}

const statements = new WeakMap<Database.Database, WriteStatements>();

/**
 * Current versions of the records a write touches, read ahead a slice at a time and kept up to date as
 * it writes. Records of a kind that had no row when the series began (`fresh`) are neither looked up
 * nor kept: they are taken to be new, which the primary key checks when the version is inserted (see
 * `writeVersions`), even for a record written earlier in the same write.
 */
class CurrentVersions {
  private readonly known = new Map<string, Current>();
  private readAhead = 0;

  constructor(
    private readonly sql: WriteStatements,
    private readonly changes: readonly Change[],
    private readonly fresh: ReadonlySet<string>,
  ) {}

  get(index: number): Current {
    const change = this.changes[index] as Change;
    if (this.fresh.has(change.kind)) return null;
    if (index >= this.readAhead) this.read(index);
    return this.known.get(`${change.kind}\u0000${idOf(change)}`) ?? null;
  }

  /** The stored latest version of one record, read whatever `fresh` says (after its first version turned out to exist). */
  stored(change: Change): Current {
    const row = (this.sql.current.all(change.kind, JSON.stringify([idOf(change)])) as CurrentRow[])[0];
    return row ? { version: row.version, body: row.body, ...(row.retired ? { retired: true } : {}) } : null;
  }

  set(change: Change, current: Current): void {
    if (this.fresh.has(change.kind)) return;
    this.known.set(`${change.kind}\u0000${idOf(change)}`, current);
  }

  private read(from: number): void {
    this.readAhead = Math.min(this.changes.length, from + LOOKUP_SLICE);
    const wanted = new Map<string, string[]>();
    for (let i = from; i < this.readAhead; i++) {
      const change = this.changes[i] as Change;
      const { kind } = change;
      const id = idOf(change);
      const key = `${kind}\u0000${id}`;
      if (this.known.has(key)) continue;
      this.known.set(key, null);
      const ids = wanted.get(kind) ?? [];
      ids.push(id);
      wanted.set(kind, ids);
    }
    for (const [kind, ids] of wanted)
      for (const row of this.sql.current.all(kind, JSON.stringify(ids)) as CurrentRow[])
        this.known.set(`${kind}\u0000${row.id}`, { version: row.version, body: row.body, ...(row.retired ? { retired: true } : {}) });
  }
}

/**
 * A change's id without reading its record when the change carries its stored columns: an import's
 * events then are never parsed back from their lines (see `Change.columns`).
 */
export const idOf = (change: Change): string => change.columns?.id ?? change.record.id;

/** What is stored beside a change's body: given with a trusted change (an import's), else derived here. */
const columnsOf = (change: Change, trusted: boolean): StoredColumns => (trusted && change.columns ? change.columns : storedColumns(change.kind, change.record));

/** Whether a statement failed on a constraint (here: the primary key, a version already stored). */
const isConstraint = (error: unknown) =>
  typeof (error as { code?: unknown }).code === 'string' && (error as { code: string }).code.startsWith('SQLITE_CONSTRAINT');

/**
 * Writes changes inside an open transaction: each change that differs from its current version closes
 * that version and adds the next one; then the new event versions' participants and one audit entry
 * per new version are added from what was written. `fresh` names the kinds that had no row when the
 * series of writes began: their records are not looked up before they are written, since an import
 * into an empty store would find none; the first version of a record written earlier in the series
 * then meets the primary key, and only that record is looked up and written as usual. A write of at
 * least `spanFrom` versions logs their audit entries as spans (audit-spans.ts).
 */
export function writeVersions(
  db: Database.Database,
  given: readonly Change[],
  meta: WriteMeta,
  stamp: string,
  fresh: ReadonlySet<string> = new Set(),
  spanFrom?: number,
): WriteSummary {
  // Stored columns are taken on trust only from a trusted writer (an import's reading thread): any other change is
  // read from its record alone, so a stray `columns` can never file it under another id.
  const changes: readonly Change[] = meta.trusted === true ? given : given.map(({ columns: _ignored, ...rest }) => rest as Change);
  // Later than every write before it, so that (kind, recorded_from) names this write's versions (audit-spans.ts).
  const recordedAt = laterThanEveryWrite(db, stamp);
  let sql = statements.get(db);
  if (!sql) statements.set(db, (sql = new WriteStatements(db)));
  const statementsOf = sql;
  const summary: WriteSummary = { inserted: 0, updated: 0, unchanged: 0, recordedAt };
  const { last } = sql.last.get() as { last: number };
  const current = new CurrentVersions(sql, changes, fresh);
  // The event versions written, whose participants follow once every version is in (see below).
  const events: { id: string; version: number; participants: StoredColumns['participants'] }[] = [];
  const trusted = meta.trusted === true;
  const insert = (change: Change, body: string, version: number) => {
    const { kind } = change;
    const keys = columnsOf(change, trusted);
    const id = keys.id;
    statementsOf.insert.run(kind, id, version, body, recordedAt, meta.by, keys.lo, keys.hi, keys.a, keys.b, keys.c, keys.fLow, keys.fBest, keys.fHigh);
    // Noted once the version is in: an insert refused by the primary key is tried again as a later version.
    if (kind === 'event') events.push({ id, version, participants: keys.participants });
    current.set(change, { version, body });
    if (keys.names.length > 0) {
      statementsOf.dropNames.run(kind, id);
      for (const name of new Set(keys.names)) statementsOf.addName.run(kind, id, name);
    }
  };
  changes.forEach((change, index) => {
    const { kind } = change;
    const body = trusted ? (change.line ?? canonicalLine(kind, change.record, { trusted: true })) : canonicalLine(kind, change.record);
    let existing = current.get(index);
    if (existing === null && fresh.has(kind)) {
      try {
        insert(change, body, 1);
        summary.inserted++;
        return;
      } catch (error) {
        if (!isConstraint(error)) throw error;
        existing = current.stored(change);
      }
    }
    // A retired record written again comes back as its next version, even with the same body.
    if (existing && !existing.retired && existing.body === body) {
      current.set(change, existing);
      summary.unchanged++;
      return;
    }
    if (existing && !existing.retired) sql.close.run(recordedAt, kind, idOf(change), existing.version);
    insert(change, body, (existing?.version ?? 0) + 1);
    if (existing) summary.updated++;
    else summary.inserted++;
  });
  if (summary.inserted + summary.updated > 0) {
    // After every version, in the order the versions were written, as the statement reading them back
    // wrote them: the triggers that keep the summaries see each version already closed or still current.
    for (const { id, version, participants } of events) for (const p of participants) sql.participants.run(id, version, p.actor, p.role, p.attribution);
    auditVersions(db, sql.audit, last, summary.inserted + summary.updated, recordedAt, meta.by, spanFrom);
    moveMarks(db, ['records']);
  }
  return summary;
}
