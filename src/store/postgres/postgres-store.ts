import { randomUUID } from 'node:crypto';
import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';
import { RECORD_KINDS, type RecordKind } from '../../core/dataset/kinds.js';
import { FaultlineError } from '../../core/errors.js';
import type { Day } from '../../core/dates/bounds.js';
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
import { POSTGRES_MIGRATIONS } from './migrations.js';
import { readsParticipantEvents, summaryPlan, type SummaryKey, type SummaryPlan } from '../summary-plan.js';
import { participantAggregate, participantSpanAggregate } from './participant-event-queries.js';
import { summaryAggregate, summarySpanAggregate } from './summary-queries.js';
import * as accounts from './pg-accounts.js';
import { backupPostgres, restorePostgres } from './pg-backup.js';
import * as views from './pg-views.js';
import { asOf, Params, redactUrl, toFaultlineError } from './sql.js';
import { kindPartition, retireVersions, writeVersions, WRITE_SIZES, type WriteSizes } from './write-versions.js';
import { KEYS } from '../key-columns.js';
import { sharedRead } from './shared-read.js';
import { foldsStale, PostgresTieFolds, rebuildFolds } from './tie-folds.js';
import { COMMIT_MOVING_MARKS, READ_MARKS } from './change-marks.js';
import { GET_TEXT_PARTS, putTextParts } from './source-text-parts.js';
import { readFoldedTies } from './tie-folds-read.js';
import { raiseWorkMem } from './series-settings.js';
import { deferSummaries, rebuildSummaries, storedEstimate } from './summary-deferral.js';
import { LOCKS, lockUntilCommit } from './advisory-locks.js';
import { PreparedAhead } from './prepare-ahead.js';
import { writtenIds } from './fresh-start.js';
import type { WrittenIds } from './written-ids.js';

export interface PostgresStoreOptions {
  /** A postgres:// or postgresql:// connection string. */
  url: string;
  /** Record-time clock; tests pass a fixed one. */
  clock?: () => Date;
  /** Most connections the pool opens. */
  maxConnections?: number;
  /** Whether aggregations read the event summaries where they answer exactly (default); false scans, as the bench's baseline. */
  readSummaries?: boolean;
  /** How writes are cut into statements and locks (tests shrink these to cross them cheaply). */
  writeSizes?: WriteSizes;
  /**
   * Whether a series of writes of `expected` changes into a database of about `stored` versions
   * defers the event summaries and rebuilds them before it commits (see `bulk`). By default, as on
   * SQLite, when it adds at least 10,000 versions and at least as many as are stored.
   */
  bulkWhen?: (expected: number, stored: number) => boolean;
}

interface BodyRow {
  body: string;
}

// Writes of at least this many new versions refresh the planner's statistics.
const ANALYZE_AFTER = 1000;

/**
 * The team store: PostgreSQL through `pg`, with the versioned-records design of the embedded store
 * (H1, H2) on a table partitioned by kind (docs/decisions/0004). It connects and migrates on first use,
 * so opening stays synchronous like the embedded adapter's.
 */
export class PostgresStore implements TeamStore {
  private readonly pool: pg.Pool;
  private readonly url: string;
  private readonly clock: () => Date;
  private readonly writeSizes: WriteSizes;
  private readonly ready: Promise<void>;
  private lastStamp = '';
  /** The connection of the series of writes (`bulk`) the current call belongs to, if any. */
  private readonly series = new AsyncLocalStorage<pg.PoolClient>();
  private analyzeAfterSeries = false;
  /** Tells this store's marks apart from another's in one process (`changeMark`). */
  private readonly instance = randomUUID();
  private readonly readSummaries: boolean;
  /** Keeps the folded ties (docs/decisions/0010). */
  private readonly folds = new PostgresTieFolds();
  private readonly bulkWhen: (expected: number, stored: number) => boolean;
  /** What each large series knows of the records it may write without asking (written-ids.ts), by its connection. */
  private readonly written = new WeakMap<pg.PoolClient, WrittenIds>();
  /** Changes announced as written next, prepared while the server works (prepare-ahead.ts). */
  private readonly ahead = new PreparedAhead();

  constructor(options: PostgresStoreOptions) {
    this.url = options.url;
    this.clock = options.clock ?? (() => new Date());
    this.readSummaries = options.readSummaries ?? true;
    this.writeSizes = options.writeSizes ?? WRITE_SIZES;
    this.bulkWhen = options.bulkWhen ?? ((expected, stored) => expected >= 10_000 && expected >= stored);
    // Instants without an offset (`--recorded-at 2026-01-01`) mean UTC, whatever the server's time zone.
    this.pool = new pg.Pool({ connectionString: options.url, max: options.maxConnections ?? 10, options: '-c TimeZone=UTC', application_name: 'faultline' });
    // An idle connection that the server drops surfaces here; the pool replaces it on next use.
    this.pool.on('error', () => undefined);
    this.ready = this.migrate();
    // Awaited by every call; this keeps an unused store from raising an unhandled rejection.
    this.ready.catch(() => undefined);
  }

  /** Resolves once connected and migrated; rejects with a coded error otherwise. */
  async open(): Promise<this> {
    await this.ready;
    return this;
  }

  private async migrate(): Promise<void> {
    try {
      await this.transaction(async (client) => {
        await lockUntilCommit(client, LOCKS.migrations);
        await client.query(
          'CREATE TABLE IF NOT EXISTS faultline_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)',
        );
        const applied = new Set((await client.query<{ version: number }>('SELECT version FROM faultline_migrations')).rows.map((r) => r.version));
        for (const migration of POSTGRES_MIGRATIONS) {
          if (applied.has(migration.version)) continue;
          await client.query(migration.sql);
          await client.query('INSERT INTO faultline_migrations VALUES ($1, $2, now())', [migration.version, migration.name]);
        }
      });
    } catch (error) {
      const coded = toFaultlineError(error, this.url);
      if (coded instanceof FaultlineError) throw coded;
      throw new FaultlineError('internal', `cannot open database ${redactUrl(this.url)}: ${(error as Error).message}`, { cause: error });
    }
  }

  private async transaction<T>(body: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    // Inside a series (bulk) a write is a savepoint of the series' transaction: it fails alone.
    const series = this.series.getStore();
    if (series) return within(series, SAVEPOINT, body);
    const client = await this.pool.connect();
    try {
      return await within(client, TRANSACTION, body);
    } finally {
      client.release();
    }
  }

  private async query<R extends object>(sql: string, params: Params | unknown[] = []): Promise<R[]> {
    await this.ready;
    try {
      return (await (this.series.getStore() ?? this.pool).query<R>(sql, params instanceof Params ? params.values : params)).rows;
    } catch (error) {
      throw toFaultlineError(error, this.url);
    }
  }

  private async bodies<T>(sql: string, params: Params): Promise<T[]> {
    return (await this.query<BodyRow>(sql, params)).map((r) => JSON.parse(r.body) as T);
  }

  /** Record times strictly increase, so two writes in the same millisecond still order. */
  private stamp(notBefore: string): string {
    let stamp = this.clock().toISOString();
    const floor = notBefore > this.lastStamp ? notBefore : this.lastStamp;
    if (stamp <= floor) stamp = new Date(Date.parse(floor) + 1).toISOString();
    this.lastStamp = stamp;
    return stamp;
  }

  prepareAhead(changes: readonly Change[], meta: Pick<WriteMeta, 'trusted'>): void {
    this.ahead.announce(changes, meta.trusted === true);
  }

  async write(changes: readonly Change[], meta: WriteMeta): Promise<WriteSummary> {
    await this.ready;
    let summary: WriteSummary;
    try {
      summary = await this.transaction(async (client) => {
        const { forFolds, ...written } = await writeVersions(client, changes, meta.by, (latest) => this.stamp(latest), {
          trusted: meta.trusted === true,
          sizes: this.writeSizes,
          prepare: (c) => this.ahead.take(c, meta.trusted === true),
          written: this.written.get(client),
        });
        // The id from the change's stored columns when it has them: an imported event's record is built only when read.
        const touched = changes.map((c) => ({ kind: c.kind, id: c.columns?.id ?? c.record.id }));
        if (written.inserted + written.updated > 0) await this.folds.afterWrite(client, touched, this.series.getStore() !== undefined, forFolds);
        return written;
      });
    } catch (error) {
      throw toFaultlineError(error, this.url);
    }
    // Autovacuum never analyses partitioned parents and lags behind an import; without fresh statistics
    // the planner mistakes a loaded table for an empty one. The write has committed: a failure here only
    // leaves the statistics stale, so it is not the caller's error.
    if (summary.inserted + summary.updated >= ANALYZE_AFTER) {
      if (this.series.getStore()) this.analyzeAfterSeries = true;
      else await this.analyze();
    }
    return summary;
  }

  private async analyze(): Promise<void> {
    await this.pool.query('ANALYZE records, event_participants, names').catch(() => undefined);
  }

  /**
   * A series of writes in one transaction on one connection: all remain, or none. Writes and record
   * reads made inside `run` (found through AsyncLocalStorage) use that connection, so they see the
   * series' own uncommitted writes; everyone else keeps reading the last committed state.
   */
  async bulk<T>(expected: number, run: () => Promise<T>): Promise<T> {
    if (this.series.getStore()) return run();
    await this.ready;
    const client = await this.pool.connect();
    try {
      // Folded once for the whole series, before it commits.
      this.folds.defer();
      return await within(client, TRANSACTION, async () => {
        const large = this.bulkWhen(expected, await storedEstimate(client));
        await raiseWorkMem(client);
        const disabled = large && (await deferSummaries(client));
        if (large) this.written.set(client, await writtenIds(client));
        const result = await this.series.run(client, run);
        if (large) await rebuildSummaries(client, disabled);
        await this.folds.flush(client);
        return result;
      });
    } catch (error) {
      throw toFaultlineError(error, this.url);
    } finally {
      this.folds.discard();
      this.written.delete(client);
      client.release();
      if (this.analyzeAfterSeries) {
        this.analyzeAfterSeries = false;
        await this.analyze();
      }
    }
  }

  async retire(kind: RecordKind, ids: readonly string[], meta: WriteMeta): Promise<{ retired: number; recordedAt: string }> {
    await this.ready;
    try {
      return await this.transaction(async (client) => {
        const retired = await retireVersions(client, kind, ids, meta.by, (latest) => this.stamp(latest));
        const touched = [...new Set(ids)].map((id) => ({ kind, id }));
        if (retired.retired > 0) await this.folds.afterWrite(client, touched, this.series.getStore() !== undefined);
        return retired;
      });
    } catch (error) {
      throw toFaultlineError(error, this.url);
    }
  }

  async get<K extends RecordKind>(kind: K, id: string, options?: ReadOptions): Promise<RecordOf<K> | undefined> {
    const p = new Params();
    const rows = await this.bodies<RecordOf<K>>(`SELECT body FROM records WHERE kind = ${p.add(kind)} AND id = ${p.add(id)} AND ${asOf(p, options)}`, p);
    return rows[0];
  }

  async list<K extends RecordKind>(kind: K, options?: ReadOptions): Promise<RecordOf<K>[]> {
    const p = new Params();
    return this.bodies(`SELECT body FROM records WHERE kind = ${p.add(kind)} AND ${asOf(p, options)} ORDER BY id`, p);
  }

  async history<K extends RecordKind>(kind: K, id: string): Promise<StoredVersion<RecordOf<K>>[]> {
    const rows = await this.query<{ body: string; recorded_from: Date; recorded_to: Date | null; recorded_by: string }>(
      'SELECT body, recorded_from, recorded_to, recorded_by FROM records WHERE kind = $1 AND id = $2 ORDER BY version',
      [kind, id],
    );
    return rows.map((r) => ({
      record: JSON.parse(r.body) as RecordOf<K>,
      recordedFrom: r.recorded_from.toISOString(),
      recordedTo: r.recorded_to?.toISOString() ?? null,
      recordedBy: r.recorded_by,
    }));
  }

  async claims(options?: ReadOptions & { subjects?: readonly string[]; ids?: readonly string[]; statuses?: readonly Claim['status'][] }): Promise<Claim[]> {
    if (options?.subjects?.length === 0 || options?.ids?.length === 0) return [];
    // Inside a large series, claims it knows are not stored have no version to read (an import's check of earlier imports).
    const series = this.series.getStore();
    const written = series && this.written.get(series);
    if (options?.ids && written?.allNew(options.ids.map((id) => ({ kind: 'claim' as const, id })))) return [];
    const p = new Params();
    // By id, every version of those ids is found first, by id alone, in the claims' partition: with
    // the statistics of before an import still in progress, other conditions led the planner to scan
    // a partial index of every current claim, once per batch (see latestVersions).
    const from = options?.ids
      ? `(WITH found AS MATERIALIZED (SELECT * FROM ${kindPartition('claim')} WHERE id = ANY(${p.add(options.ids)}::text[])) SELECT * FROM found) AS records`
      : 'records';
    const where = [`kind = 'claim'`, asOf(p, options)];
    if (options?.subjects) where.push(`${KEYS.claim.subject} = ANY(${p.add(options.subjects)}::text[])`);
    if (options?.statuses) where.push(`${KEYS.claim.status} = ANY(${p.add(options.statuses)}::text[])`);
    return this.bodies(`SELECT body FROM ${from} WHERE ${where.join(' AND ')} ORDER BY ${KEYS.claim.subject}, id`, p);
  }

  /** Every change of a record is audited (docs/security.md), and its commit replaces the records mark (change-marks.ts). */
  async changeMark(): Promise<string> {
    return (await this.changeMarks()).records;
  }

  async changeMarks(): Promise<ChangeMarks> {
    await this.ready;
    return this.readMarks();
  }

  /** Every API request reads the marks; concurrent requests share a read begun after each arrived (shared-read.ts). */
  private readonly readMarks = sharedRead(async (): Promise<ChangeMarks> => {
    const [row] = await this.query<{ marks: string }>(READ_MARKS);
    const [accounts, records] = (row?.marks ?? '').split(' ');
    return { accounts: `${this.instance}:${accounts}`, records: `${this.instance}:${records}` };
  });

  async relationsBetween(from: Day, to: Day, options?: ReadOptions & { types?: readonly string[] }): Promise<Relation[]> {
    const p = new Params();
    const where = [`kind = 'relation'`, asOf(p, options), `lo <= ${p.add(to)}`, `hi >= ${p.add(from)}`];
    if (options?.types) where.push(`${KEYS.relation.type} = ANY(${p.add(options.types)}::text[])`);
    return this.bodies(`SELECT body FROM records WHERE ${where.join(' AND ')} ORDER BY id`, p);
  }

  async foldedTies(from: Day, to: Day, options?: ReadOptions & { withheld?: boolean }): Promise<FoldedTie[] | undefined> {
    // The folds hold the current state only; inside a series of writes they wait for its end.
    if (options?.recordedAt || this.folds.pending()) return undefined;
    await this.ready;
    try {
      if (await foldsStale(this.pool)) await this.transaction(async (client) => (await foldsStale(client)) && rebuildFolds(client));
      return await readFoldedTies(this.pool, from, to, options?.withheld === true);
    } catch (error) {
      throw toFaultlineError(error, this.url);
    }
  }

  async events(query: EventQuery = {}): Promise<ConflictEvent[]> {
    const p = new Params();
    const where = [`kind = 'event'`, asOf(p, query)];
    if (query.to) where.push(`lo <= ${p.add(query.to)}`);
    if (query.from) where.push(`hi >= ${p.add(query.from)}`);
    if (query.types) where.push(`${KEYS.event.type} = ANY(${p.add(query.types)}::text[])`);
    if (query.places) where.push(`${KEYS.event.place} = ANY(${p.add(query.places)}::text[])`);
    if (query.actors) {
      where.push(
        `EXISTS (SELECT 1 FROM event_participants p WHERE p.event_id = records.id AND p.version = records.version AND p.actor = ANY(${p.add(query.actors)}::text[]))`,
      );
    }
    return this.bodies(`SELECT body FROM records WHERE ${where.join(' AND ')} ORDER BY lo, id`, p);
  }

  async relationsOf(ids: readonly string[], options?: ReadOptions & { types?: readonly string[] }): Promise<Relation[]> {
    if (ids.length === 0) return [];
    const p = new Params();
    const list = p.add(ids);
    const where = [`kind = 'relation'`, asOf(p, options), `(${KEYS.relation.from} = ANY(${list}::text[]) OR ${KEYS.relation.to} = ANY(${list}::text[]))`];
    if (options?.types) where.push(`${KEYS.relation.type} = ANY(${p.add(options.types)}::text[])`);
    return this.bodies(`SELECT body FROM records WHERE ${where.join(' AND ')} ORDER BY id`, p);
  }

  async filterEvents(filter: EventFilter): Promise<ConflictEvent[]> {
    const p = new Params();
    return this.bodies(`SELECT r.body FROM records r WHERE ${eventWhere(p, filter)} ORDER BY r.lo, r.id`, p);
  }

  async aggregateEvents(filter: EventFilter, by: EventGrouping): Promise<EventGroup[]> {
    const p = new Params();
    const rows = await this.query<{ key: string; events: number; imprecise: number; low: number; best: number; high: number }>(
      this.summary(filter, by === 'month' || by === 'year' ? undefined : by, (plan) => summaryAggregate(p, plan, by)) ??
        (this.readSummaries && readsParticipantEvents(filter) ? participantAggregate(p, filter, by) : eventAggregate(p, filter, by)),
      p,
    );
    return rows.map((r) => ({ key: r.key, events: r.events, imprecise: r.imprecise, fatalities: { low: r.low, best: r.best, high: r.high } }));
  }
  async aggregateEventSpans(filter: EventFilter, split?: EventSplit): Promise<EventSpanGroup[]> {
    const p = new Params();
    const sql =
      this.summary(filter, split, (plan) => summarySpanAggregate(p, plan, split)) ??
      (this.readSummaries && readsParticipantEvents(filter) ? participantSpanAggregate(p, filter, split) : eventSpanAggregate(p, filter, split));
    return (await this.query<SpanRow>(sql, p)).map(spanGroup);
  }

  /** The summary query for a filter when the summaries answer it exactly (src/store/summary-plan.ts). */
  private summary(filter: EventFilter, key: SummaryKey, sql: (plan: SummaryPlan) => string): string | undefined {
    const plan = this.readSummaries ? summaryPlan(filter, key) : undefined;
    return plan ? sql(plan) : undefined;
  }

  async searchActors(query: string, options?: ReadOptions & { limit?: number }): Promise<Actor[]> {
    const p = new Params();
    const needle = p.add(foldName(query));
    const time = asOf(p, options, 'r.');
    const limit = p.add(options?.limit ?? 50);
    // Names were folded by foldName and then faultline_fold (unaccent) on write; the query is folded alike.
    // Exact name matches first, then prefixes, then substrings.
    return this.bodies(
      `WITH q AS (SELECT f, replace(replace(replace(f, '\\', '\\\\'), '%', '\\%'), '_', '\\_') AS pattern
                  FROM (SELECT faultline_fold(${needle}::text) AS f) AS folded)
       SELECT r.body, MIN(CASE WHEN n.name = q.f THEN 0 WHEN n.name LIKE q.pattern || '%' THEN 1 ELSE 2 END) AS rank
       FROM q, names n
       JOIN records r ON r.kind = n.kind AND r.id = n.id AND r.version = n.version
       WHERE n.kind = 'actor' AND r.kind = 'actor' AND n.name LIKE '%' || q.pattern || '%' AND ${time}
       GROUP BY r.id, r.body ORDER BY rank, r.id LIMIT ${limit}`,
      p,
    );
  }

  async putSourceText(id: string, text: string): Promise<void> {
    await this.ready;
    try {
      await this.transaction((client) => putTextParts(client, id, text));
    } catch (error) {
      // Another transaction stored the same text meanwhile: it is stored, as ON CONFLICT DO NOTHING would leave it.
      if ((error as { code?: string }).code === '23505') return;
      throw toFaultlineError(error, this.url);
    }
  }

  async getSourceText(id: string): Promise<string | undefined> {
    const rows = await this.query<{ text: string | null }>(GET_TEXT_PARTS, [id]);
    return rows[0]?.text ?? undefined;
  }

  async counts(options?: ReadOptions): Promise<Record<RecordKind, number>> {
    const p = new Params();
    const rows = await this.query<{ kind: RecordKind; n: number }>(
      `SELECT kind, count(*)::integer AS n FROM records WHERE ${asOf(p, options)} GROUP BY kind`,
      p,
    );
    const counts = Object.fromEntries(RECORD_KINDS.map((k) => [k, 0])) as Record<RecordKind, number>;
    for (const row of rows) counts[row.kind] = row.n;
    return counts;
  }

  /** Runs a body on a pooled connection or inside a transaction once migrated, with driver errors coded. */
  private async use<T>(body: (db: pg.Pool) => Promise<T>): Promise<T> {
    await this.ready;
    try {
      return await body(this.pool);
    } catch (error) {
      throw toFaultlineError(error, this.url);
    }
  }

  private async useTransaction<T>(body: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    await this.ready;
    try {
      return await this.transaction(body);
    } catch (error) {
      throw toFaultlineError(error, this.url);
    }
  }

  async audit(query?: AuditQuery): Promise<AuditEntry[]> {
    return this.use((db) => accounts.readAudit(db, query));
  }

  async hasUsers(): Promise<boolean> {
    return this.use((db) => accounts.hasUsers(db));
  }

  async getUser(name: string): Promise<User | undefined> {
    return this.use((db) => accounts.getUser(db, name));
  }

  async listUsers(): Promise<User[]> {
    return this.use((db) => accounts.listUsers(db));
  }

  async putUser(user: User, meta: { by: string; at: string }): Promise<void> {
    await this.useTransaction((client) => accounts.putUser(client, user, meta));
  }

  async getCredential(id: string): Promise<Credential | undefined> {
    return this.use((db) => accounts.getCredential(db, id));
  }

  async listCredentials(options?: { user?: string; kind?: Credential['kind'] }): Promise<Credential[]> {
    return this.use((db) => accounts.listCredentials(db, options));
  }

  async putCredential(credential: Credential, meta: { by: string; at: string }): Promise<void> {
    await this.useTransaction((client) => accounts.putCredential(client, credential, meta));
  }

  async revokeCredential(id: string, meta: { by: string; at: string }): Promise<boolean> {
    return this.useTransaction((client) => accounts.revokeCredential(client, id, meta));
  }

  async listViews(owner: string): Promise<SavedView[]> {
    return this.use((db) => views.listViews(db, owner));
  }

  async getView(owner: string, id: string): Promise<SavedView | undefined> {
    return this.use((db) => views.getView(db, owner, id));
  }

  async putView(view: SavedView, meta: { by: string; at: string }): Promise<void> {
    await this.useTransaction((client) => views.putView(client, view, meta));
  }

  async deleteView(owner: string, id: string, meta: { by: string; at: string }): Promise<boolean> {
    return this.useTransaction((client) => views.deleteView(client, owner, id, meta));
  }

  /** Runs a body on one dedicated connection (for work that manages its own transaction). */
  private async useClient<T>(body: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    await this.ready;
    const client = await this.pool.connect();
    try {
      return await body(client);
    } catch (error) {
      throw toFaultlineError(error, this.url);
    } finally {
      client.release();
    }
  }

  async backupTo(file: string): Promise<BackupSummary> {
    return this.useClient((client) => backupPostgres(client, file, this.clock()));
  }

  async restoreFrom(file: string, meta: { by: string; at: string }): Promise<BackupSummary> {
    return this.useClient((client) => restorePostgres(client, file, meta));
  }

  async close(): Promise<void> {
    await this.ready.catch(() => undefined);
    await this.pool.end();
  }
}

/** True when a database location names a PostgreSQL server rather than a file. */
export { isPostgresUrl } from './url.js';

const TRANSACTION = { begin: 'BEGIN', commit: COMMIT_MOVING_MARKS, rollback: 'ROLLBACK' } as const;
const SAVEPOINT = {
  begin: 'SAVEPOINT faultline_write',
  commit: 'RELEASE SAVEPOINT faultline_write',
  rollback: 'ROLLBACK TO SAVEPOINT faultline_write',
} as const;

/** Runs a body between begin and commit on one connection, rolling back when it throws. */
async function within<T>(
  client: pg.PoolClient,
  sql: { begin: string; commit: string; rollback: string },
  body: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  await client.query(sql.begin);
  try {
    const result = await body(client);
    await client.query(sql.commit);
    return result;
  } catch (error) {
    await client.query(sql.rollback).catch(() => undefined);
    throw error;
  }
}

/** Opens the PostgreSQL store; the connection and migrations happen on first use (or `open()`). */
export function openPostgresStore(options: PostgresStoreOptions): PostgresStore {
  return new PostgresStore(options);
}
