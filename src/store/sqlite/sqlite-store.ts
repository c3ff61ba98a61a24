import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { RECORD_KINDS, type RecordKind } from '../../core/dataset/kinds.js';
import { MAX_DAY, MIN_DAY, type Day } from '../../core/dates/bounds.js';
import { FaultlineError } from '../../core/errors.js';
import type { Actor } from '../../core/model/actor.js';
import type { Claim } from '../../core/model/claim.js';
import type { ConflictEvent } from '../../core/model/event.js';
import type { Relation } from '../../core/model/relation.js';
import type { Credential, User } from '../../core/accounts.js';
import type { SavedView } from '../../core/saved-views.js';
import type {
  AuditEntry,
  AuditQuery,
  BackupSummary,
  Change,
  ChangeMarks,
  EventFilter,
  EventGroup,
  EventSpanGroup,
  EventSplit,
  EventGrouping,
  EventQuery,
  FoldedTie,
  ReadOptions,
  RecordOf,
  StoredVersion,
  TeamStore,
  WriteSummary,
  WriteMeta,
} from '../../core/store-port.js';
import { foldName } from '../../core/text/normalise.js';
import { eventAggregate, eventWhere } from './event-queries.js';
import { eventSpanAggregate } from './event-span-queries.js';
import { spanGroup, type SpanRow } from '../span-rows.js';
import { SQLITE_MIGRATIONS } from './migrations.js';
import { readAudit, SqliteAccounts } from './sqlite-accounts.js';
import { backupSqlite, restoreSqlite } from './sqlite-backup.js';
import { SqliteViews } from './sqlite-views.js';
import { dropSecondaryIndexes, ensureSecondaryIndexes } from './bulk-indexes.js';
import { getTextParts, putTextParts } from './source-text-parts.js';
import { KEYS, type KeyColumn } from '../key-columns.js';
import { readsParticipantEvents, summaryPlan } from '../summary-plan.js';
import { participantAggregate, participantSpanAggregate } from './participant-event-queries.js';
import { summaryAggregate, summarySpanAggregate } from './summary-queries.js';
import { foldsStale, readFoldedTies } from './tie-folds-read.js';
import { moveMarks, readMarks } from './change-marks.js';
import { laterThanEveryWrite } from './audit-spans.js';
import type { SqliteTieFolds } from './tie-folds.js';

export interface SqliteStoreOptions {
  /** File path, or ':memory:' for tests. */
  path: string;
  /** Record-time clock; tests pass a fixed one. */
  clock?: () => Date;
  /**
   * Whether a series of writes of `expected` changes into a database of `stored` versions takes the
   * bulk path (see `bulk`). By default when it adds at least 10,000 versions and at least as many as
   * are stored, since rebuilding an index reads every stored row.
   */
  bulkWhen?: (expected: number, stored: number) => boolean;
  /** Whether aggregations read the event summaries where they answer exactly (default); false scans, as the bench's baseline. */
  readSummaries?: boolean;
  /** Writes of at least this many versions log their audit entries as spans (audit-spans.ts); tests pass 1 to read every entry from spans. */
  auditSpansFrom?: number;
}

interface Row {
  rid?: number;
  body: string;
}

// A stored version never changes its body (H1), so a parsed body can be kept by row id. Bounded.
const PARSED_LIMIT = 400_000;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** The embedded store: one SQLite file, every record version kept (see docs/decisions/0001). */
export class SqliteStore implements TeamStore {
  private readonly db: Database.Database;
  private readonly accounts: SqliteAccounts;
  private readonly views: SqliteViews;
  private readonly clock: () => Date;
  private lastStamp = '';
  private readonly bulkWhen: (expected: number, stored: number) => boolean;
  private inBulk = false;
  /** Inside a series: the kinds that had no row when it began, whose records its writes need not look up (write-versions.ts). */
  private freshKinds: ReadonlySet<string> = new Set();
  private readonly readSummaries: boolean;
  private readonly auditSpansFrom: number | undefined;
  /** Tells this store's marks apart from another's in one process (`changeMark`). */
  private readonly instance = randomUUID();
  /** Prepared once: the server reads the change mark on every API request. */
  private markStatements: [Database.Statement, Database.Statement] | undefined;
  /** Keeps the folded ties (docs/decisions/0010); loaded with the write path. */
  private folds: SqliteTieFolds | undefined;

  constructor(options: SqliteStoreOptions) {
    this.db = new Database(options.path);
    this.clock = options.clock ?? (() => new Date());
    // 16 KiB pages for a new database (an existing one keeps its size): each version enters several
    // indexes, and larger pages split less often; bulk writes measured 10–20% faster.
    this.db.pragma('page_size = 16384');
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.migrate();
    ensureSecondaryIndexes(this.db);
    this.accounts = new SqliteAccounts(this.db);
    this.views = new SqliteViews(this.db);
    this.bulkWhen = options.bulkWhen ?? ((expected, stored) => expected >= 10_000 && expected >= stored);
    this.readSummaries = options.readSummaries ?? true;
    this.auditSpansFrom = options.auditSpansFrom;
  }

  private migrate(): void {
    this.db.exec('CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const applied = new Set((this.db.prepare('SELECT version FROM migrations').all() as { version: number }[]).map((r) => r.version));
    for (const migration of SQLITE_MIGRATIONS) {
      if (applied.has(migration.version)) continue;
      this.db.transaction(() => {
        this.db.exec(migration.sql);
        this.db.prepare('INSERT INTO migrations VALUES (?, ?, ?)').run(migration.version, migration.name, new Date().toISOString());
      })();
    }
  }

  /** Record times strictly increase, so two writes in the same millisecond still order. */
  private stamp(): string {
    let stamp = this.clock().toISOString();
    if (stamp <= this.lastStamp) stamp = new Date(Date.parse(this.lastStamp) + 1).toISOString();
    this.lastStamp = stamp;
    return stamp;
  }

  /**
   * A series of writes in one transaction: all of them remain, or none (an import that meets a bad
   * row after writing thousands of good ones leaves nothing behind, even if the process dies).
   * When the series is large beside what is stored (`bulkWhen`), the secondary indexes are dropped
   * inside that transaction and built again at its end, one sorted pass each, instead of taking each
   * row at a random place in a dozen B-trees; and, when no other connection has the file open, the
   * transaction runs with a rollback journal rather than the write-ahead log, so the new pages are
   * written once instead of to the log and then again to the file (a million-row import in one
   * transaction measured 10% slower through the log). Other connections keep reading the last
   * committed state meanwhile.
   */
  async bulk<T>(expected: number, run: () => Promise<T>): Promise<T> {
    if (this.inBulk) return run();
    const { last } = this.db.prepare('SELECT coalesce(max(rowid), 0) AS last FROM records').get() as { last: number };
    const large = this.bulkWhen(expected, last);
    const leftWal = large && this.leaveWal();
    const folds = await this.tieFolds();
    this.db.exec('BEGIN IMMEDIATE');
    this.inBulk = true;
    const anyOf = this.db.prepare('SELECT 1 FROM records WHERE kind = ? LIMIT 1').pluck();
    this.freshKinds = new Set(RECORD_KINDS.filter((kind) => anyOf.get(kind) === undefined));
    folds.defer(large);
    try {
      if (large) dropSecondaryIndexes(this.db);
      const result = await run();
      if (large) ensureSecondaryIndexes(this.db);
      // Folded once for the whole series; a large one is folded from nothing, in one pass.
      folds.flush(large);
      this.db.exec('COMMIT');
      return result;
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw error;
    } finally {
      folds.discard();
      this.inBulk = false;
      this.freshKinds = new Set();
      if (leftWal) this.db.pragma('journal_mode = WAL');
    }
  }

  /** Switches to a rollback journal if no other connection has the file open (it needs an exclusive lock); false when it cannot. */
  private leaveWal(): boolean {
    if (this.db.memory) return false;
    const timeout = this.db.pragma('busy_timeout', { simple: true }) as number;
    this.db.pragma('busy_timeout = 0');
    try {
      return this.db.pragma('journal_mode = DELETE', { simple: true }) === 'delete';
    } catch {
      return false;
    } finally {
      this.db.pragma(`busy_timeout = ${timeout}`);
    }
  }

  async retire(kind: RecordKind, ids: readonly string[], meta: WriteMeta): Promise<{ retired: number; recordedAt: string }> {
    const folds = await this.tieFolds();
    const stamp = this.stamp();
    const close = this.db.prepare('UPDATE records SET recorded_to = ? WHERE kind = ? AND id = ? AND recorded_to IS NULL RETURNING version');
    const audit = this.db.prepare(
      `INSERT INTO audit_log (at, actor, action, kind, id, before, after, version) VALUES (?, ?, 'record.retire', ?, ?, NULL, NULL, ?)`,
    );
    return this.db.transaction(() => {
      // Stamped from the write clock, as writes are: a process whose clock lags must not close a version before it began.
      const recordedAt = laterThanEveryWrite(this.db, stamp);
      let retired = 0;
      for (const id of new Set(ids)) {
        const closed = close.get(recordedAt, kind, id) as { version: number } | undefined;
        if (!closed) continue;
        audit.run(recordedAt, meta.by, kind, id, closed.version);
        retired++;
      }
      if (retired > 0) folds.afterWrite([...new Set(ids)].map((id) => ({ kind, id })));
      if (retired > 0) moveMarks(this.db, ['records']);
      return { retired, recordedAt };
    })();
  }

  async write(changes: readonly Change[], meta: WriteMeta): Promise<WriteSummary> {
    // The write path (schemas, date parsing, canonical form) loads on the first write, so reads start light.
    const [{ writeVersions, idOf }, folds] = await Promise.all([import('./write-versions.js'), this.tieFolds()]);
    const recordedAt = this.stamp();
    return this.db.transaction(() => {
      const summary = writeVersions(this.db, changes, meta, recordedAt, this.freshKinds, this.auditSpansFrom);
      // A large series folds everything again at its end: the touched records of each write (two objects per imported row) are not listed.
      if (summary.inserted + summary.updated > 0 && folds.wantsTouched())
        folds.afterWrite(changes.map((c) => ({ kind: c.kind, id: meta.trusted === true ? idOf(c) : c.record.id })));
      return summary;
    })();
  }

  private async tieFolds(): Promise<SqliteTieFolds> {
    if (!this.folds) this.folds = new (await import('./tie-folds.js')).SqliteTieFolds(this.db);
    return this.folds;
  }

  async foldedTies(from: Day, to: Day, options?: ReadOptions & { withheld?: boolean }): Promise<FoldedTie[] | undefined> {
    // The folds hold the current state only; inside a series of writes they wait for its end.
    if (options?.recordedAt || this.folds?.pending()) return undefined;
    if (foldsStale(this.db)) {
      if (this.db.readonly) return undefined;
      const folds = await this.tieFolds();
      this.db.transaction(() => folds.rebuild())();
    }
    return readFoldedTies(this.db, from, to, options?.withheld === true);
  }

  private asOf(options: ReadOptions | undefined): { sql: string; params: string[] } {
    if (!options?.recordedAt) return { sql: 'recorded_to IS NULL', params: [] };
    return { sql: 'recorded_from <= ? AND (recorded_to IS NULL OR recorded_to > ?)', params: [options.recordedAt, options.recordedAt] };
  }

  private readonly parsedBodies = new Map<number, unknown>();

  /** The parsed record of a row, frozen and remembered by row id: repeated reads (a time slider) skip JSON parsing. */
  private parsed(row: Row): unknown {
    if (row.rid === undefined) return JSON.parse(row.body);
    const known = this.parsedBodies.get(row.rid);
    if (known !== undefined) return known;
    if (this.parsedBodies.size >= PARSED_LIMIT) this.parsedBodies.clear();
    const value = deepFreeze(JSON.parse(row.body) as unknown);
    this.parsedBodies.set(row.rid, value);
    return value;
  }

  private parse<T>(rows: Row[]): T[] {
    return rows.map((r) => this.parsed(r) as T);
  }

  /**
   * Runs a query that selects row ids (`rid`) and returns their records in that order. Bodies are
   * read only for rows not parsed before: a repeated query (a slider, a dashboard) moves ids, not
   * megabytes of JSON text, out of SQLite.
   */
  private select<T>(sql: string, params: readonly unknown[]): T[] {
    const rids = this.db
      .prepare(sql)
      .pluck()
      .all(...params) as number[];
    const found = new Map<number, unknown>();
    const missing: number[] = [];
    for (const rid of rids) {
      const known = this.parsedBodies.get(rid);
      if (known !== undefined) found.set(rid, known);
      else missing.push(rid);
    }
    if (missing.length > 0) {
      const rows = this.db
        .prepare('SELECT rowid AS rid, body FROM records WHERE rowid IN (SELECT value FROM json_each(?))')
        .all(JSON.stringify(missing)) as Row[];
      for (const row of rows) found.set(row.rid as number, this.parsed(row));
    }
    return rids.map((rid) => found.get(rid) as T);
  }

  async get<K extends RecordKind>(kind: K, id: string, options?: ReadOptions): Promise<RecordOf<K> | undefined> {
    const t = this.asOf(options);
    const row = this.db.prepare(`SELECT rowid AS rid, body FROM records WHERE kind = ? AND id = ? AND ${t.sql}`).get(kind, id, ...t.params) as Row | undefined;
    return row ? (this.parsed(row) as RecordOf<K>) : undefined;
  }

  async list<K extends RecordKind>(kind: K, options?: ReadOptions): Promise<RecordOf<K>[]> {
    const t = this.asOf(options);
    return this.select(`SELECT rowid AS rid FROM records WHERE kind = ? AND ${t.sql} ORDER BY id`, [kind, ...t.params]);
  }

  async history<K extends RecordKind>(kind: K, id: string): Promise<StoredVersion<RecordOf<K>>[]> {
    const rows = this.db
      .prepare('SELECT body, recorded_from, recorded_to, recorded_by FROM records WHERE kind = ? AND id = ? ORDER BY version')
      .all(kind, id) as { body: string; recorded_from: string; recorded_to: string | null; recorded_by: string }[];
    return rows.map((r) => ({
      record: JSON.parse(r.body) as RecordOf<K>,
      recordedFrom: r.recorded_from,
      recordedTo: r.recorded_to,
      recordedBy: r.recorded_by,
    }));
  }

  async claims(options?: ReadOptions & { subjects?: readonly string[]; ids?: readonly string[]; statuses?: readonly Claim['status'][] }): Promise<Claim[]> {
    const t = this.asOf(options);
    const where = [`kind = 'claim'`, t.sql];
    const params: unknown[] = [...t.params];
    if (options?.subjects) {
      if (options.subjects.length === 0) return [];
      where.push(`${KEYS.claim.subject} IN (SELECT value FROM json_each(?))`);
      params.push(JSON.stringify(options.subjects));
    }
    if (options?.ids) {
      if (options.ids.length === 0) return [];
      where.push(`id IN (SELECT value FROM json_each(?))`);
      params.push(JSON.stringify(options.ids));
    }
    if (options?.statuses) {
      where.push(`${KEYS.claim.status} IN (SELECT value FROM json_each(?))`);
      params.push(JSON.stringify(options.statuses));
    }
    return this.select(`SELECT rowid AS rid FROM records WHERE ${where.join(' AND ')} ORDER BY ${KEYS.claim.subject}, id`, params);
  }

  /** `data_version` moves when another connection commits, `total_changes()` when this one writes. */
  async changeMark(): Promise<string> {
    // Inside a transaction the data may yet roll back: a mark of its own, never seen again, keeps nothing.
    if (this.db.inTransaction) return `${this.instance}:transaction:${randomUUID()}`;
    // data_version moves when another connection commits, total_changes() when this one writes.
    // Two prepared statements measured a third faster than one SELECT over pragma_data_version().
    this.markStatements ??= [this.db.prepare('PRAGMA data_version').pluck(), this.db.prepare('SELECT total_changes()').pluck()];
    const version = this.markStatements[0].get() as number;
    const changes = this.markStatements[1].get() as number;
    return `${this.instance}:${version}:${changes}`;
  }

  /** The records and accounts marks apart (change-marks.ts); inside a transaction, marks of their own as changeMark's. */
  async changeMarks(): Promise<ChangeMarks> {
    if (this.db.inTransaction) return { records: await this.changeMark(), accounts: await this.changeMark() };
    const marks = readMarks(this.db);
    return { records: `${this.instance}:${marks.records}`, accounts: `${this.instance}:${marks.accounts}` };
  }

  async relationsBetween(from: Day, to: Day, options?: ReadOptions & { types?: readonly string[] }): Promise<Relation[]> {
    const t = this.asOf(options);
    // Over all time the day bounds hold for every row: left out, they leave the type index to SQLite.
    const allTime = from === MIN_DAY && to === MAX_DAY && options?.types !== undefined;
    const where = [`kind = 'relation'`, t.sql, ...(allTime ? [] : ['lo <= ?', 'hi >= ?'])];
    const params: unknown[] = [...t.params, ...(allTime ? [] : [to, from])];
    if (options?.types) {
      where.push(`${KEYS.relation.type} IS NOT NULL AND ${KEYS.relation.type} IN (SELECT value FROM json_each(?))`);
      params.push(JSON.stringify(options.types));
    }
    // ORDER BY id would make SQLite walk the primary key instead of the type index; a few types sort fast here.
    if (allTime) return this.select<Relation>(`SELECT rowid AS rid FROM records WHERE ${where.join(' AND ')}`, params).sort(byId);
    return this.select(`SELECT rowid AS rid FROM records WHERE ${where.join(' AND ')} ORDER BY id`, params);
  }

  async events(query: EventQuery = {}): Promise<ConflictEvent[]> {
    const t = this.asOf(query);
    // Every event has a low day; saying so lets SQLite read them in date order from the time index,
    // unless only a few types are asked for over all time: then the type index finds them.
    const byType = query.types !== undefined && query.from === undefined && query.to === undefined && query.places === undefined;
    const where = [`kind = 'event'`, t.sql, byType ? `${KEYS.event.type} IS NOT NULL` : 'lo IS NOT NULL'];
    const params: unknown[] = [...t.params];
    const add = (sql: string, param: unknown) => {
      where.push(sql);
      params.push(param);
    };
    if (query.to) add('lo <= ?', query.to);
    if (query.from) add('hi >= ?', query.from);
    if (query.types) add(`${KEYS.event.type} IN (SELECT value FROM json_each(?))`, JSON.stringify(query.types));
    if (query.places) add(`${KEYS.event.place} IN (SELECT value FROM json_each(?))`, JSON.stringify(query.places));
    if (query.actors) {
      where.push(`EXISTS (SELECT 1 FROM json_each(body, '$.participants') p WHERE json_extract(p.value, '$.actor') IN (SELECT value FROM json_each(?)))`);
      params.push(JSON.stringify(query.actors));
    }
    return this.select(`SELECT rowid AS rid FROM records WHERE ${where.join(' AND ')} ORDER BY lo, id`, params);
  }

  async relationsOf(ids: readonly string[], options?: ReadOptions & { types?: readonly string[] }): Promise<Relation[]> {
    if (ids.length === 0) return [];
    const t = this.asOf(options);
    const list = JSON.stringify(ids);
    // The unary plus keeps SQLite from reading every relation of a type (118k member_of at 1M events) instead of the ends' index.
    const types = options?.types ? ` AND +${KEYS.relation.type} IN (SELECT value FROM json_each(?))` : '';
    const typeParams = options?.types ? [JSON.stringify(options.types)] : [];
    // Two indexed lookups (by either end) united, rather than one OR that scans every relation.
    const side = (column: KeyColumn) =>
      `SELECT rowid FROM records WHERE kind = 'relation' AND ${t.sql} AND ${column} IN (SELECT value FROM json_each(?))${types}`;
    const sql = `SELECT rowid AS rid FROM records WHERE rowid IN (${side(KEYS.relation.from)} UNION ${side(KEYS.relation.to)}) ORDER BY id`;
    return this.select(sql, [...t.params, list, ...typeParams, ...t.params, list, ...typeParams]);
  }

  async filterEvents(filter: EventFilter): Promise<ConflictEvent[]> {
    const where = eventWhere(filter);
    return this.select(`SELECT r.rowid AS rid FROM ${where.from} WHERE ${where.sql} ORDER BY r.lo, r.id`, where.params);
  }

  async aggregateEvents(filter: EventFilter, by: EventGrouping): Promise<EventGroup[]> {
    const plan = this.readSummaries ? summaryPlan(filter, by === 'month' || by === 'year' ? undefined : by) : undefined;
    const query = plan
      ? summaryAggregate(plan, by)
      : this.readSummaries && readsParticipantEvents(filter)
        ? participantAggregate(filter, by)
        : eventAggregate(filter, by);
    const rows = this.db.prepare(query.sql).all(...query.params) as {
      key: string;
      events: number;
      imprecise: number;
      low: number;
      best: number;
      high: number;
    }[];
    return rows.map((r) => ({ key: r.key, events: r.events, imprecise: r.imprecise, fatalities: { low: r.low, best: r.best, high: r.high } }));
  }
  async aggregateEventSpans(filter: EventFilter, split?: EventSplit): Promise<EventSpanGroup[]> {
    const plan = this.readSummaries ? summaryPlan(filter, split) : undefined;
    const query = plan
      ? summarySpanAggregate(plan, split)
      : this.readSummaries && readsParticipantEvents(filter)
        ? participantSpanAggregate(filter, split)
        : eventSpanAggregate(filter, split);
    const rows = this.db.prepare(query.sql).all(...query.params) as SpanRow[];
    return rows.map(spanGroup);
  }

  async searchActors(query: string, options?: ReadOptions & { limit?: number }): Promise<Actor[]> {
    const needle = foldName(query);
    const t = this.asOf(options);
    const limit = options?.limit ?? 50;
    // Exact name matches first, then prefix, then substring; names are folded on write.
    const rows = this.db
      .prepare(
        `SELECT r.rowid AS rid, r.body, MIN(CASE WHEN n.name = ? THEN 0 WHEN n.name LIKE ? ESCAPE '\\' THEN 1 ELSE 2 END) AS rank
         FROM names n JOIN records r ON r.kind = 'actor' AND r.id = n.id AND ${t.sql.replace(/recorded_/g, 'r.recorded_')}
         WHERE n.kind = 'actor' AND n.name LIKE ? ESCAPE '\\'
         GROUP BY r.id ORDER BY rank, r.id LIMIT ?`,
      )
      .all(needle, `${escapeLike(needle)}%`, ...t.params, `%${escapeLike(needle)}%`, limit) as Row[];
    return this.parse(rows);
  }

  async putSourceText(id: string, text: string): Promise<void> {
    this.db.transaction(() => {
      if (putTextParts(this.db, id, text)) moveMarks(this.db, ['records']);
    })();
  }

  async getSourceText(id: string): Promise<string | undefined> {
    return getTextParts(this.db, id);
  }

  async counts(options?: ReadOptions): Promise<Record<RecordKind, number>> {
    const t = this.asOf(options);
    const rows = this.db.prepare(`SELECT kind, COUNT(*) AS n FROM records WHERE ${t.sql} GROUP BY kind`).all(...t.params) as { kind: RecordKind; n: number }[];
    const counts = Object.fromEntries(RECORD_KINDS.map((k) => [k, 0])) as Record<RecordKind, number>;
    for (const row of rows) counts[row.kind] = row.n;
    return counts;
  }

  async audit(query?: AuditQuery): Promise<AuditEntry[]> {
    return readAudit(this.db, query);
  }

  async hasUsers(): Promise<boolean> {
    return this.accounts.hasUsers();
  }

  async getUser(name: string): Promise<User | undefined> {
    return this.accounts.getUser(name);
  }

  async listUsers(): Promise<User[]> {
    return this.accounts.listUsers();
  }

  async putUser(user: User, meta: { by: string; at: string }): Promise<void> {
    this.accounts.putUser(user, meta);
  }

  async getCredential(id: string): Promise<Credential | undefined> {
    return this.accounts.getCredential(id);
  }

  async listCredentials(options?: { user?: string; kind?: Credential['kind'] }): Promise<Credential[]> {
    return this.accounts.listCredentials(options);
  }

  async putCredential(credential: Credential, meta: { by: string; at: string }): Promise<void> {
    this.accounts.putCredential(credential, meta);
  }

  async revokeCredential(id: string, meta: { by: string; at: string }): Promise<boolean> {
    return this.accounts.revokeCredential(id, meta);
  }

  async listViews(owner: string): Promise<SavedView[]> {
    return this.views.listViews(owner);
  }

  async getView(owner: string, id: string): Promise<SavedView | undefined> {
    return this.views.getView(owner, id);
  }

  async putView(view: SavedView, meta: { by: string; at: string }): Promise<void> {
    this.views.putView(view, meta);
  }

  async deleteView(owner: string, id: string, meta: { by: string; at: string }): Promise<boolean> {
    return this.views.deleteView(owner, id, meta);
  }

  async backupTo(file: string): Promise<BackupSummary> {
    return backupSqlite(this.db, file);
  }

  async restoreFrom(file: string, meta: { by: string; at: string }): Promise<BackupSummary> {
    return restoreSqlite(this.db, file, meta, (path) => new SqliteStore({ path }).db.close());
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Opens the embedded store, turning driver failures into a coded error that names the file. */
export function openSqliteStore(options: SqliteStoreOptions): SqliteStore {
  try {
    return new SqliteStore(options);
  } catch (error) {
    throw new FaultlineError('internal', `cannot open database ${options.path}: ${(error as Error).message}`, { cause: error });
  }
}

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
