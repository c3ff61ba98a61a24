import type Database from 'better-sqlite3';
import type { RecordKind } from '../../core/dataset/kinds.js';
import type { Actor } from '../../core/model/actor.js';
import type { Claim } from '../../core/model/claim.js';
import type { ConflictEvent } from '../../core/model/event.js';
import type { Relation } from '../../core/model/relation.js';
import { deriveLifespans, LIFESPAN_EVENT_TYPES, LIFESPAN_RELATION_TYPES, type Lifespan } from '../../core/ties/lifespans.js';
import { foldTies, type FoldSource } from '../../core/ties/tie-fold.js';
import { foldSpan } from '../day-number.js';
import { emptyDirty, lifespanChanges, lifespanFieldsDiffer, type FoldDirty } from '../tie-fold-dirty.js';
import { FOLD_RULES_ROW } from '../tie-fold-row.js';
import { foldsStale } from './tie-folds-read.js';

// Relations refolded per round: one indexed IN lookup each for relations, claims, sources and lifespans.
const SLICE = 5000;

const json = (values: Iterable<string>) => JSON.stringify([...values]);

/**
 * Keeps `tie_folds` (each current relation folded with its accepted claims, docs/decisions/0010) in step
 * with the records, inside the transaction of the write that changes them. Loaded with the write path.
 */
export class SqliteTieFolds {
  /** Inside a series of writes (`bulk`): what they changed, folded once at the series' end. */
  private deferred: FoldDirty | undefined;
  /** The series folds every relation again at its end (`flush(true)`). */
  private rebuilding = false;

  constructor(private readonly db: Database.Database) {}

  /** Whether `afterWrite` uses what it is told: not inside a series that folds everything again at its end. */
  wantsTouched(): boolean {
    return !(this.deferred && this.rebuilding);
  }

  /** After versions of these records were added or closed, in the same transaction. */
  afterWrite(touched: readonly { kind: RecordKind; id: string }[]): void {
    // A series that folds everything again at its end needs nothing collected on the way.
    if (!this.wantsTouched()) return;
    const dirty = this.deferred ?? emptyDirty();
    this.collect(dirty, touched);
    if (!this.deferred) this.apply(dirty);
  }

  /** Starts a series: changes are collected, not folded; or not even collected, when `rebuild` says its end folds everything again. */
  defer(rebuild = false): void {
    this.deferred ??= emptyDirty();
    this.rebuilding = rebuild;
  }

  /** Ends a series inside its transaction: folds what it changed, or everything when it was large. */
  flush(rebuild: boolean): void {
    const dirty = this.deferred;
    this.deferred = undefined;
    this.rebuilding = false;
    if (rebuild) this.markStale();
    if (dirty) this.apply(dirty);
  }

  /** Whether a series has changes not folded yet. */
  pending(): boolean {
    return this.deferred !== undefined;
  }

  /** Drops what a failed series collected. */
  discard(): void {
    this.deferred = undefined;
    this.rebuilding = false;
  }

  private markStale(): void {
    this.db.prepare(`UPDATE tie_fold_state SET stale = 1 WHERE name = 'ties'`).run();
  }

  private collect(dirty: FoldDirty, touched: readonly { kind: RecordKind; id: string }[]): void {
    const ids = (kind: RecordKind) => touched.filter((t) => t.kind === kind).map((t) => t.id);
    const relations = ids('relation');
    for (const id of relations) dirty.relations.add(id);
    // A claim counts for every subject it ever had: a claim moved to another relation leaves the first.
    const claims = ids('claim');
    if (claims.length > 0) {
      const subjects = this.db.prepare(`SELECT DISTINCT a FROM records WHERE kind = 'claim' AND id IN (SELECT value FROM json_each(?))`).pluck();
      for (const subject of subjects.all(json(claims)) as string[]) dirty.relations.add(subject);
    }
    for (const id of ids('source')) dirty.sources.add(id);
    if (dirty.lifespans) return;
    const anyOfTypes = (kind: RecordKind, list: readonly string[], types: readonly string[]) =>
      list.length > 0 &&
      this.db
        .prepare(`SELECT 1 FROM records WHERE kind = ? AND id IN (SELECT value FROM json_each(?)) AND c IN (SELECT value FROM json_each(?)) LIMIT 1`)
        .get(kind, json(list), json(types)) !== undefined;
    dirty.lifespans =
      anyOfTypes('relation', relations, LIFESPAN_RELATION_TYPES) || anyOfTypes('event', ids('event'), LIFESPAN_EVENT_TYPES) || this.actorsChanged(ids('actor'));
  }

  /** Whether a written or retired actor's kind, `existed` or `ended` changed (what lifespans read of it). */
  private actorsChanged(ids: readonly string[]): boolean {
    if (ids.length === 0) return false;
    const rows = this.db
      .prepare(
        `SELECT id, body, recorded_to IS NULL AS current FROM records WHERE kind = 'actor' AND id IN (SELECT value FROM json_each(?)) ORDER BY id, version DESC`,
      )
      .all(json(ids)) as { id: string; body: string; current: number }[];
    const latest = new Map<string, { body: string; current: number }[]>();
    for (const row of rows) {
      const list = latest.get(row.id) ?? [];
      if (list.length < 2) list.push(row);
      latest.set(row.id, list);
    }
    return [...latest.values()].some(([last, before]) => {
      if (!last?.current) return true;
      if (before) return lifespanFieldsDiffer(JSON.parse(last.body), JSON.parse(before.body));
      // A new actor changes lifespans only with a stated existence or when a lifespan tie or event names it
      // (outside a series, whose indexes may be dropped: it derives every lifespan once at its end anyway).
      const actor = JSON.parse(last.body) as Actor;
      return this.deferred !== undefined || actor.existed !== undefined || this.namedByLifespanRecords(actor.id);
    });
  }

  private namedByLifespanRecords(actor: string): boolean {
    const relationTypes = json(LIFESPAN_RELATION_TYPES);
    const eventTypes = json(LIFESPAN_EVENT_TYPES);
    const named = this.db
      .prepare(
        `SELECT 1 FROM records WHERE kind = 'relation' AND recorded_to IS NULL AND a = ? AND c IN (SELECT value FROM json_each(?))
         UNION ALL SELECT 1 FROM records WHERE kind = 'relation' AND recorded_to IS NULL AND b = ? AND c IN (SELECT value FROM json_each(?))
         UNION ALL SELECT 1 FROM event_participants p JOIN records r ON r.kind = 'event' AND r.id = p.event_id AND r.version = p.version
           WHERE p.actor = ? AND r.recorded_to IS NULL AND r.c IN (SELECT value FROM json_each(?))
         LIMIT 1`,
      )
      .get(actor, relationTypes, actor, relationTypes, actor, eventTypes);
    return named !== undefined;
  }

  private apply(dirty: FoldDirty): void {
    if (foldsStale(this.db)) return this.rebuild();
    const relations = new Set(dirty.relations);
    if (dirty.lifespans) {
      const changed = this.refreshLifespans();
      if (changed.length > 0) {
        const touching = this.db
          .prepare(
            `SELECT id FROM records WHERE kind = 'relation' AND recorded_to IS NULL AND a IN (SELECT value FROM json_each(?))
             UNION SELECT id FROM records WHERE kind = 'relation' AND recorded_to IS NULL AND b IN (SELECT value FROM json_each(?))`,
          )
          .pluck();
        for (const id of touching.all(json(changed), json(changed)) as string[]) relations.add(id);
      }
    }
    if (dirty.sources.size > 0) {
      const citing = this.db.prepare('SELECT id FROM tie_fold_sources WHERE source IN (SELECT value FROM json_each(?))').pluck();
      for (const id of citing.all(json(dirty.sources)) as string[]) relations.add(id);
    }
    const list = [...relations];
    for (let i = 0; i < list.length; i += SLICE) this.refold(list.slice(i, i + SLICE));
  }

  /** Folds every current relation again, from nothing: after a migration or a large series of writes. */
  rebuild(): void {
    this.db.exec('DELETE FROM actor_lifespans; DELETE FROM tie_folds_span; DELETE FROM tie_folds; DELETE FROM tie_fold_sources;');
    this.refreshLifespans();
    const relations = this.db
      .prepare(`SELECT version, body, lo, hi FROM records WHERE kind = 'relation' AND recorded_to IS NULL ORDER BY id`)
      .all() as RelationRow[];
    // Only claims about a current relation are folded: an import's claims about its events are not even parsed.
    const claims = this.db
      .prepare(
        `SELECT body FROM records WHERE kind = 'claim' AND recorded_to IS NULL AND b = 'accepted'
           AND a IN (SELECT id FROM records WHERE kind = 'relation' AND recorded_to IS NULL) ORDER BY a, id`,
      )
      .pluck()
      .all() as string[];
    const sources = this.db.prepare(`SELECT body FROM records WHERE kind = 'source' AND recorded_to IS NULL`).pluck().all() as string[];
    const lifespans = this.db.prepare('SELECT actor, lifespan FROM actor_lifespans').all() as { actor: string; lifespan: string }[];
    this.store(
      relations,
      claims.map((c) => JSON.parse(c) as Claim),
      new Map(sources.map((s) => JSON.parse(s) as FoldSource).map((s) => [s.id, s])),
      new Map(lifespans.map((l) => [l.actor, JSON.parse(l.lifespan) as Lifespan])),
    );
    this.db.prepare(`UPDATE tie_fold_state SET stale = 0 WHERE name = 'ties'`).run();
    this.db.prepare(`DELETE FROM tie_fold_state WHERE name LIKE 'rules %'`).run();
    this.db.prepare(`INSERT INTO tie_fold_state VALUES (?, 0)`).run(FOLD_RULES_ROW);
  }

  /** Folds these relations again (those no longer current lose their folds). */
  private refold(ids: readonly string[]): void {
    const list = json(ids);
    this.db.prepare('DELETE FROM tie_folds_span WHERE fold IN (SELECT fold FROM tie_folds WHERE id IN (SELECT value FROM json_each(?)))').run(list);
    this.db.prepare('DELETE FROM tie_folds WHERE id IN (SELECT value FROM json_each(?))').run(list);
    this.db.prepare('DELETE FROM tie_fold_sources WHERE id IN (SELECT value FROM json_each(?))').run(list);
    const relations = this.db
      .prepare(
        `SELECT version, body, lo, hi FROM records WHERE kind = 'relation' AND recorded_to IS NULL AND id IN (SELECT value FROM json_each(?)) ORDER BY id`,
      )
      .all(list) as RelationRow[];
    if (relations.length === 0) return;
    const claims = (
      this.db
        .prepare(
          `SELECT body FROM records WHERE kind = 'claim' AND recorded_to IS NULL AND a IN (SELECT value FROM json_each(?)) AND b = 'accepted' ORDER BY a, id`,
        )
        .pluck()
        .all(list) as string[]
    ).map((c) => JSON.parse(c) as Claim);
    const cited = new Set(claims.flatMap((c) => c.evidence.map((e) => e.source)));
    const sources = this.db
      .prepare(`SELECT body FROM records WHERE kind = 'source' AND recorded_to IS NULL AND id IN (SELECT value FROM json_each(?))`)
      .pluck()
      .all(json(cited)) as string[];
    const ends = new Set<string>();
    for (const r of relations) {
      const relation = parsedRelation(r);
      ends.add(relation.from);
      ends.add(relation.to);
    }
    const lifespans = this.db.prepare('SELECT actor, lifespan FROM actor_lifespans WHERE actor IN (SELECT value FROM json_each(?))').all(json(ends)) as {
      actor: string;
      lifespan: string;
    }[];
    this.store(
      relations,
      claims,
      new Map(sources.map((s) => JSON.parse(s) as FoldSource).map((s) => [s.id, s])),
      new Map(lifespans.map((l) => [l.actor, JSON.parse(l.lifespan) as Lifespan])),
    );
  }

  private store(rows: RelationRow[], claims: Claim[], sources: Map<string, FoldSource>, lifespans: Map<string, Lifespan>): void {
    const byId = new Map(rows.map((r) => [parsedRelation(r).id, r]));
    const folded = foldTies({ relations: rows.map(parsedRelation), claims, sources, lifespans });
    const insert = this.db.prepare(
      `INSERT INTO tie_folds (id, audience, version, body, start_earliest, start_latest, end_earliest, end_latest, presumed_from, windows, attested_until, disputed)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const span = this.db.prepare('INSERT INTO tie_folds_span (fold, first_day, last_day) VALUES (?, ?, ?)');
    for (const { id, audience, state } of folded.rows) {
      const row = byId.get(id) as RelationRow;
      const b = state.bounds;
      // A fold whose bounds never meet its record's interval is never read (relationsBetween would not find it).
      const days = foldSpan(b, row);
      if (!days) continue;
      const { lastInsertRowid } = insert.run(
        id,
        audience,
        row.version,
        row.body,
        b.startEarliest,
        b.startLatest,
        b.endEarliest,
        b.endLatest,
        b.presumedFrom ?? null,
        b.windows ? JSON.stringify(b.windows) : null,
        state.attestedUntil ?? null,
        state.disputed ? 1 : 0,
      );
      span.run(lastInsertRowid, ...days);
    }
    const cite = this.db.prepare('INSERT OR IGNORE INTO tie_fold_sources (source, id) VALUES (?, ?)');
    for (const [id, source] of folded.cited) cite.run(source, id);
  }

  /** Derives every lifespan as the read-time fold does (same records, same order) and stores those that changed; returns their actors. */
  private refreshLifespans(): string[] {
    const bodies = <T>(sql: string, ...params: unknown[]) =>
      (
        this.db
          .prepare(sql)
          .pluck()
          .all(...params) as string[]
      ).map((b) => JSON.parse(b) as T);
    const derived = deriveLifespans(
      bodies<Actor>(`SELECT body FROM records WHERE kind = 'actor' AND recorded_to IS NULL ORDER BY id`),
      bodies<Relation>(
        `SELECT body FROM records WHERE kind = 'relation' AND recorded_to IS NULL AND c IN (SELECT value FROM json_each(?)) ORDER BY id`,
        json(LIFESPAN_RELATION_TYPES),
      ),
      bodies<ConflictEvent>(
        `SELECT body FROM records WHERE kind = 'event' AND recorded_to IS NULL AND c IN (SELECT value FROM json_each(?)) ORDER BY lo, id`,
        json(LIFESPAN_EVENT_TYPES),
      ),
    );
    const stored = new Map(
      (this.db.prepare('SELECT actor, lifespan FROM actor_lifespans').all() as { actor: string; lifespan: string }[]).map((r) => [r.actor, r.lifespan]),
    );
    const { put, drop } = lifespanChanges(stored, derived);
    const upsert = this.db.prepare(
      'INSERT INTO actor_lifespans (actor, lifespan) VALUES (?, ?) ON CONFLICT (actor) DO UPDATE SET lifespan = excluded.lifespan',
    );
    for (const [actor, text] of put) upsert.run(actor, text);
    const remove = this.db.prepare('DELETE FROM actor_lifespans WHERE actor = ?');
    for (const actor of drop) remove.run(actor);
    return [...put.keys(), ...drop];
  }
}

interface RelationRow {
  version: number;
  body: string;
  lo: string | null;
  hi: string | null;
  parsed?: Relation;
}

function parsedRelation(row: RelationRow): Relation {
  row.parsed ??= JSON.parse(row.body) as Relation;
  return row.parsed;
}
