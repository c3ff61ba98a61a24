import type { Credential, User } from './accounts.js';
import type { Day } from './dates/bounds.js';
import type { RecordKind } from './dataset/kinds.js';
import type { Actor } from './model/actor.js';
import type { Claim } from './model/claim.js';
import type { ConflictEvent } from './model/event.js';
import type { Place } from './model/place.js';
import type { Relation } from './model/relation.js';
import type { Source } from './model/source.js';
import type { SavedView } from './saved-views.js';
import type { StoredColumns } from './dataset/stored-columns.js';
import type { TieFoldState } from './ties/tie-fold.js';
import type { Attribution } from './vocab/event-types.js';

/** The record type stored under each kind. */
export interface RecordTypes {
  source: Source;
  actor: Actor;
  place: Place;
  relation: Relation;
  event: ConflictEvent;
  claim: Claim;
}
export type RecordOf<K extends RecordKind> = RecordTypes[K];

/** A new or changed record; unchanged records are skipped, so writing twice changes nothing. */
export interface Change<K extends RecordKind = RecordKind> {
  kind: K;
  record: RecordOf<K>;
  /**
   * The record's canonical line (`canonicalLine(kind, record, { trusted: true })`) when the writer has
   * it already: an import's reading thread writes it as it serialises the rows for the writing one.
   * Adapters take it for a trusted write instead of serialising the record a second time.
   */
  line?: string;
  /**
   * What the adapter derives from the record to store it (its id, index columns, an event's tolls and
   * participants: `storedColumns(kind, record)` in `src/core/dataset/stored-columns.ts`), when the writer has
   * them already: an import's reading thread computes them. Taken only for a trusted write, like `line`;
   * with both, the SQLite adapter never reads `record` of a record it adds (an import's event is then
   * never parsed back from its line).
   */
  columns?: StoredColumns;
}

/** Who writes; `trusted` says the records were validated already, so adapters skip re-validating them. */
export interface WriteMeta {
  by: string;
  trusted?: boolean;
}

export interface WriteSummary {
  inserted: number;
  updated: number;
  unchanged: number;
  /** The record time every change in this write carries. */
  recordedAt: string;
}

/** One version of a record and the record-time span during which it was the current one. */
export interface StoredVersion<T> {
  record: T;
  recordedFrom: string;
  recordedTo: string | null;
  recordedBy: string;
}

/** Read options shared by every query: `recordedAt` asks what was recorded as of that instant (bitemporal). */
export interface ReadOptions {
  recordedAt?: string;
}

export interface EventQuery extends ReadOptions {
  from?: Day;
  to?: Day;
  types?: readonly string[];
  places?: readonly string[];
  actors?: readonly string[];
}

/**
 * An event filter for the query layer. An event matches when it may overlap [from, to] (D6), has one
 * of the types and places, and — when `participants` is given — one of those actors takes part and
 * the event may overlap that actor's own window (a component counts only while it is a member).
 */
export interface EventFilter extends ReadOptions {
  from?: Day;
  to?: Day;
  types?: readonly string[];
  places?: readonly string[];
  participants?: readonly { actor: string; from?: Day; to?: Day }[];
  /** The attribution of a matching participant (any participant without `participants`); `unspecified` when none is given. */
  attributions?: readonly (Attribution | 'unspecified')[];
}

/** A relation with its accepted claims folded on write: what a snapshot reads of it (docs/decisions/0010). */
export interface FoldedTie extends TieFoldState {
  relation: Relation;
}

/** How event counts are grouped: by the month or year of the earliest day, by place, type or participant. */
export type EventGrouping = 'month' | 'year' | 'place' | 'type' | 'actor';

/** One group of events: how many, how many dated less precisely than the group, and fatalities. */
export interface EventGroup {
  key: string;
  events: number;
  imprecise: number;
  /** Sums of each event's low, best and high estimates (see `fatalityEstimates`). */
  fatalities: { low: number; best: number; high: number };
}

/** What event spans can be split by: type, place, a matching participant, or that participant's attribution. */
export type EventSplit = 'type' | 'place' | 'actor' | 'attribution';

/**
 * Events sharing the month their date may start in, the month it may end in and one split key: how
 * many, how many with no fatality estimate at all (unknown, not zero), and the fatality sums.
 */
export interface EventSpanGroup {
  /** The month (YYYY-MM) of the earliest and of the latest day the event may fall on. */
  first: string;
  last: string;
  /** The split's key ('' without a split; '' for no place). */
  key: string;
  events: number;
  unknown: number;
  /** Sums of each event's low, best and high estimates (see `fatalityEstimates`); unknown tolls add nothing. */
  fatalities: { low: number; best: number; high: number };
}

/**
 * The store port: everything the services need from a database. Adapters (SQLite, PostgreSQL) keep
 * every version of every record with its record time; nothing is updated in place (H1).
 */
export interface Store {
  /** Applies every change in one transaction: all or nothing. */
  write(changes: readonly Change[], meta: WriteMeta): Promise<WriteSummary>;
  /**
   * Tells the store that these changes (unmodified, the same objects) come in its next `write`, so it
   * may prepare them while it waits on the server; a hint, which changes no result.
   */
  prepareAhead?(changes: readonly Change[], meta: Pick<WriteMeta, 'trusted'>): void;
  get<K extends RecordKind>(kind: K, id: string, options?: ReadOptions): Promise<RecordOf<K> | undefined>;
  list<K extends RecordKind>(kind: K, options?: ReadOptions): Promise<RecordOf<K>[]>;
  history<K extends RecordKind>(kind: K, id: string): Promise<StoredVersion<RecordOf<K>>[]>;
  /** Claims about the given subjects (all subjects when omitted), or with the given ids (found by primary key, even while a bulk write has dropped the other indexes). */
  claims(options?: ReadOptions & { subjects?: readonly string[]; ids?: readonly string[]; statuses?: readonly Claim['status'][] }): Promise<Claim[]>;
  /** Relations that may be in force at some day of [from, to]. */
  relationsBetween(from: Day, to: Day, options?: ReadOptions & { types?: readonly string[] }): Promise<Relation[]>;
  events(query?: EventQuery): Promise<ConflictEvent[]>;
  /**
   * Relations whose folded state may hold on some day of [from, to], as folded when their records,
   * claims, sources or ends' lifespans last changed (D3, D7, D8 at the default horizon, L3), ordered by
   * id; `withheld` gives the folds as those who may not read restricted sources see them. Undefined
   * when the store cannot answer from folded state (reading as recorded at an earlier instant): fold at
   * read time then.
   */
  foldedTies?(from: Day, to: Day, options?: ReadOptions & { withheld?: boolean }): Promise<FoldedTie[] | undefined>;
  /**
   * Indexed queries for the query layer (src/services/queries). Each answers what a scan of the
   * methods above would; the contract suite holds both adapters to those scans
   * (src/store/query-oracles.ts).
   */
  /** Relations from or to any of the given actors (or places, or events). */
  relationsOf(ids: readonly string[], options?: ReadOptions & { types?: readonly string[] }): Promise<Relation[]>;
  /** Events matching a filter, ordered by earliest day then id. */
  filterEvents(filter: EventFilter): Promise<ConflictEvent[]>;
  /** Counts and fatalities of the events matching a filter, per group, ordered by key. */
  aggregateEvents(filter: EventFilter, by: EventGrouping): Promise<EventGroup[]>;
  /** Counts of the events matching a filter per first month, last month and split key, ordered by them (for trends). */
  aggregateEventSpans(filter: EventFilter, split?: EventSplit): Promise<EventSpanGroup[]>;
  /**
   * Runs a series of writes (an import of about `expected` changes, in several `write` calls) as one
   * unit: when `run` throws, none of its writes remain, and a large series may be written faster.
   */
  bulk<T>(expected: number, run: () => Promise<T>): Promise<T>;
  /**
   * Retires records: each one's current version is closed with no successor, so the record no longer
   * stands (current reads leave it out) while every version stays readable as recorded (H1), with an
   * audit entry. Writing the record again brings it back as its next version. Ids without a current
   * version are passed over.
   */
  retire(kind: RecordKind, ids: readonly string[], meta: WriteMeta): Promise<{ retired: number; recordedAt: string }>;
  /**
   * An opaque mark that changes whenever a record changes, by this process or another, so that data
   * derived from the records (lifespans) can be kept until then.
   */
  changeMark(): Promise<string>;
  /** Actors whose name or an alias contains the query, insensitive to case, accents and punctuation. */
  searchActors(query: string, options?: ReadOptions & { limit?: number }): Promise<Actor[]>;
  putSourceText(id: string, text: string): Promise<void>;
  getSourceText(id: string): Promise<string | undefined>;
  counts(options?: ReadOptions): Promise<Record<RecordKind, number>>;
  close(): Promise<void>;
}

/** Everything the audit log records, one word each: a new version, a retirement, an account change, a restore. */
export const AUDIT_ACTIONS = [
  'record.insert',
  'record.update',
  'record.retire',
  'user.put',
  'credential.create',
  'credential.revoke',
  'backup.restore',
  'view.put',
  'view.delete',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What an audit entry is about besides records. */
export type AuditKind = RecordKind | 'user' | 'token' | 'session' | 'database' | 'view';

/** One entry of the append-only audit log: who changed what, when, with the state before and after (JSON text). */
export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  action: AuditAction;
  kind: AuditKind;
  id: string;
  before: string | null;
  after: string | null;
}

export interface AuditQuery {
  actor?: string;
  /** Entries at or after this instant. */
  since?: string;
  until?: string;
  kind?: string;
  id?: string;
  /** Entries after this sequence number, for paging. */
  afterSeq?: number;
  limit?: number;
}

/**
 * The audit log. `Store.write` appends one entry per new version in the same transaction; account
 * changes append theirs. Nothing updates or deletes an entry (adapters enforce it in the database).
 */
export interface AuditLog {
  audit(query?: AuditQuery): Promise<AuditEntry[]>;
}

/** Accounts and their credentials; every change is audited in the same transaction. Secrets are never stored, only hashes. */
export interface AccountStore {
  hasUsers(): Promise<boolean>;
  getUser(name: string): Promise<User | undefined>;
  listUsers(): Promise<User[]>;
  /** Creates or replaces a user. */
  putUser(user: User, meta: { by: string; at: string }): Promise<void>;
  getCredential(id: string): Promise<Credential | undefined>;
  listCredentials(options?: { user?: string; kind?: Credential['kind'] }): Promise<Credential[]>;
  /** Adds a credential; an existing id is a `conflict`. */
  putCredential(credential: Credential, meta: { by: string; at: string }): Promise<void>;
  /** Marks a credential revoked; false when there is no such credential or it already was. */
  revokeCredential(id: string, meta: { by: string; at: string }): Promise<boolean>;
}

/** Each user's saved views (docs/security.md); every change is audited in the same transaction. */
export interface SavedViews {
  /** The owner's views, most recently saved first. */
  listViews(owner: string): Promise<SavedView[]>;
  /** The view with this id if `owner` owns it; another user's view is as absent as a missing one. */
  getView(owner: string, id: string): Promise<SavedView | undefined>;
  /** Creates or replaces a view; an id another user owns is `not_found`. */
  putView(view: SavedView, meta: { by: string; at: string }): Promise<void>;
  /** Deletes one of the owner's views; false when the owner has no view with that id. */
  deleteView(owner: string, id: string, meta: { by: string; at: string }): Promise<boolean>;
}

/** What a backup or restore copied, table by table. */
export interface BackupSummary {
  file: string;
  /** `sqlite` (a database file made by SQLite's online backup) or `faultline-backup` (JSON lines, PostgreSQL). */
  format: 'sqlite' | 'faultline-backup';
  rows: Record<string, number>;
}

/** Whole-database copies with history, accounts and audit log, in each adapter's own format (docs/security.md). */
export interface Backups {
  /** Writes a consistent copy while the database stays in use. */
  backupTo(file: string): Promise<BackupSummary>;
  /** Fills an empty database from a backup of the same adapter, in one transaction, then audits the restore. */
  restoreFrom(file: string, meta: { by: string; at: string }): Promise<BackupSummary>;
}

/**
 * Two change marks that move apart, unlike `changeMark`: `records` whenever a record or a source's text
 * changes, `accounts` whenever a user, credential or saved view does (a restore moves both), by this
 * process or another. Answers derived from records are kept by the first, what authentication read by
 * the second, so that writing a token does not drop every kept answer, nor editing a claim every kept
 * credential.
 */
export interface ChangeMarks {
  records: string;
  accounts: string;
}

export interface MarkedStore {
  changeMarks(): Promise<ChangeMarks>;
}

/** What the composition root opens: the record store, its audit log, its accounts, saved views and backups. */
export type TeamStore = Store & AuditLog & AccountStore & SavedViews & Backups & MarkedStore;
