import type { Day } from './dates/bounds.js';
import type { RecordKind } from './dataset/kinds.js';
import type { Actor } from './model/actor.js';
import type { Claim } from './model/claim.js';
import type { ConflictEvent } from './model/event.js';
import type { Place } from './model/place.js';
import type { Relation } from './model/relation.js';
import type { Source } from './model/source.js';

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
 * The store port: everything the services need from a database. Adapters (SQLite, PostgreSQL) keep
 * every version of every record with its record time; nothing is updated in place (H1).
 */
export interface Store {
  /** Applies every change in one transaction: all or nothing. */
  write(changes: readonly Change[], meta: { by: string }): Promise<WriteSummary>;
  get<K extends RecordKind>(kind: K, id: string, options?: ReadOptions): Promise<RecordOf<K> | undefined>;
  list<K extends RecordKind>(kind: K, options?: ReadOptions): Promise<RecordOf<K>[]>;
  history<K extends RecordKind>(kind: K, id: string): Promise<StoredVersion<RecordOf<K>>[]>;
  /** Claims about the given subjects (all subjects when omitted). */
  claims(options?: ReadOptions & { subjects?: readonly string[]; statuses?: readonly Claim['status'][] }): Promise<Claim[]>;
  /** Relations that may be in force at some day of [from, to]. */
  relationsBetween(from: Day, to: Day, options?: ReadOptions & { types?: readonly string[] }): Promise<Relation[]>;
  events(query?: EventQuery): Promise<ConflictEvent[]>;
  /** Actors whose name or an alias contains the query, insensitive to case, accents and punctuation. */
  searchActors(query: string, options?: ReadOptions & { limit?: number }): Promise<Actor[]>;
  putSourceText(id: string, text: string): Promise<void>;
  getSourceText(id: string): Promise<string | undefined>;
  counts(options?: ReadOptions): Promise<Record<RecordKind, number>>;
  close(): Promise<void>;
}
