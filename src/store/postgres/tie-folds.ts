import type pg from 'pg';
import type { RecordKind } from '../../core/dataset/kinds.js';
import type { Actor } from '../../core/model/actor.js';
import type { Claim } from '../../core/model/claim.js';
import type { ConflictEvent } from '../../core/model/event.js';
import type { Relation } from '../../core/model/relation.js';
import { deriveLifespans, LIFESPAN_EVENT_TYPES, LIFESPAN_RELATION_TYPES, type Lifespan } from '../../core/ties/lifespans.js';
import { foldTies, type FoldSource } from '../../core/ties/tie-fold.js';
import { foldSpan } from '../day-number.js';
import { LOCKS, lockUntilCommit } from './advisory-locks.js';
import { emptyDirty, lifespanChanges, lifespanFieldsDiffer, type FoldDirty } from '../tie-fold-dirty.js';
import { FOLD_RULES_ROW } from '../tie-fold-row.js';

const SLICE = 5000;

/**
 * What a write found of its claims and events for the folds, so that they need not look again: the
 * relations its changed claims were about (their latest stored subject) or are now about, and whether
 * a changed event was or now is of a type lifespans are derived from.
 */
export interface FoundForFolds {
  claimRelations: readonly string[];
  lifespanEvents: boolean;
}

interface RelationRow {
  id: string;
  version: number;
  body: string;
  lo: string | null;
  hi: string | null;
}

/**
 * Keeps `tie_folds` (docs/decisions/0010) in step with the records, inside the transaction of the
 * write that changes them, as the embedded store's SqliteTieFolds does.
 */
export class PostgresTieFolds {
  /** Inside a series of writes (`bulk`): what they changed, folded once at the series' end. */
  private deferred: FoldDirty | undefined;

  /**
   * After versions of these records were added or closed; `inSeries` when the write belongs to a
   * series; `found` when the write already found what its claims and events change (staged-write.ts).
   */
  async afterWrite(client: pg.PoolClient, touched: readonly { kind: RecordKind; id: string }[], inSeries: boolean, found?: FoundForFolds): Promise<void> {
    const dirty = (inSeries ? this.deferred : undefined) ?? emptyDirty();
    await collect(client, dirty, touched, inSeries, found);
    if (!(inSeries && this.deferred)) await apply(client, dirty);
  }

  defer(): void {
    this.deferred ??= emptyDirty();
  }

  pending(): boolean {
    return this.deferred !== undefined;
  }

  /** Ends a series inside its transaction: folds what it changed. */
  async flush(client: pg.PoolClient): Promise<void> {
    const dirty = this.deferred;
    this.deferred = undefined;
    if (dirty) await apply(client, dirty);
  }

  discard(): void {
    this.deferred = undefined;
  }
}

async function collect(
  client: pg.PoolClient,
  dirty: FoldDirty,
  touched: readonly { kind: RecordKind; id: string }[],
  inSeries: boolean,
  found?: FoundForFolds,
): Promise<void> {
  const ids = (kind: RecordKind) => touched.filter((t) => t.kind === kind).map((t) => t.id);
  const relations = ids('relation');
  for (const id of relations) dirty.relations.add(id);
  for (const id of found?.claimRelations ?? []) dirty.relations.add(id);
  const claims = found ? [] : ids('claim');
  if (claims.length > 0) {
    // A claim counts for every subject it ever had: a claim moved to another relation leaves the first.
    const { rows } = await client.query<{ a: string }>(`SELECT DISTINCT a FROM records WHERE kind = 'claim' AND id = ANY($1::text[])`, [claims]);
    for (const row of rows) dirty.relations.add(row.a);
  }
  for (const id of ids('source')) dirty.sources.add(id);
  if (dirty.lifespans) return;
  const anyOfTypes = async (kind: RecordKind, list: readonly string[], types: readonly string[]) =>
    list.length > 0 &&
    (await client.query(`SELECT 1 FROM records WHERE kind = $1 AND id = ANY($2::text[]) AND c = ANY($3::text[]) LIMIT 1`, [kind, list, types])).rows.length > 0;
  dirty.lifespans =
    (await anyOfTypes('relation', relations, LIFESPAN_RELATION_TYPES)) ||
    (found ? found.lifespanEvents : await anyOfTypes('event', ids('event'), LIFESPAN_EVENT_TYPES)) ||
    (await actorsChanged(client, ids('actor'), inSeries));
}

/** Whether a written or retired actor's kind, `existed` or `ended` changed (what lifespans read of it). */
async function actorsChanged(client: pg.PoolClient, ids: readonly string[], inSeries: boolean): Promise<boolean> {
  if (ids.length === 0) return false;
  const { rows } = await client.query<{ id: string; body: string; current: boolean }>(
    `SELECT id, body, recorded_to IS NULL AS current FROM records WHERE kind = 'actor' AND id = ANY($1::text[]) ORDER BY id, version DESC`,
    [ids],
  );
  const latest = new Map<string, { body: string; current: boolean }[]>();
  for (const row of rows) {
    const list = latest.get(row.id) ?? [];
    if (list.length < 2) list.push(row);
    latest.set(row.id, list);
  }
  for (const [last, before] of latest.values()) {
    if (!last?.current) return true;
    if (before) {
      if (lifespanFieldsDiffer(JSON.parse(last.body), JSON.parse(before.body))) return true;
      continue;
    }
    // A new actor changes lifespans only with a stated existence or when a lifespan tie or event names it
    // (a series derives every lifespan once at its end anyway).
    const actor = JSON.parse(last.body) as Actor;
    if (inSeries || actor.existed !== undefined || (await namedByLifespanRecords(client, actor.id))) return true;
  }
  return false;
}

async function namedByLifespanRecords(client: pg.PoolClient, actor: string): Promise<boolean> {
  const { rows } = await client.query(
    `SELECT 1 FROM records WHERE kind = 'relation' AND recorded_to IS NULL AND (a = $1 OR b = $1) AND c = ANY($2::text[])
     UNION ALL SELECT 1 FROM event_participants p JOIN records r ON r.kind = 'event' AND r.id = p.event_id AND r.version = p.version
       WHERE p.actor = $1 AND r.recorded_to IS NULL AND r.c = ANY($3::text[])
     LIMIT 1`,
    [actor, LIFESPAN_RELATION_TYPES, LIFESPAN_EVENT_TYPES],
  );
  return rows.length > 0;
}

async function apply(client: pg.PoolClient, dirty: FoldDirty): Promise<void> {
  // One writer at a time refolds, so lifespans derived from all records see every commit before it.
  await lockUntilCommit(client, LOCKS.folds);
  if (await foldsStale(client)) return rebuildFolds(client);
  const relations = new Set(dirty.relations);
  if (dirty.lifespans) {
    const changed = await refreshLifespans(client);
    if (changed.length > 0) {
      const { rows } = await client.query<{ id: string }>(
        `SELECT id FROM records WHERE kind = 'relation' AND recorded_to IS NULL AND (a = ANY($1::text[]) OR b = ANY($1::text[]))`,
        [changed],
      );
      for (const row of rows) relations.add(row.id);
    }
  }
  if (dirty.sources.size > 0) {
    const { rows } = await client.query<{ id: string }>('SELECT id FROM tie_fold_sources WHERE source = ANY($1::text[])', [[...dirty.sources]]);
    for (const row of rows) relations.add(row.id);
  }
  const list = [...relations];
  for (let i = 0; i < list.length; i += SLICE) await refold(client, list.slice(i, i + SLICE));
}

/** Whether the folds must be built again: marked stale, or made under other rules than today's (`TIE_RULES`). */
export async function foldsStale(client: pg.PoolClient | pg.Pool): Promise<boolean> {
  const { rows } = await client.query<{ fresh: string }>(`SELECT count(*) AS fresh FROM tie_fold_state WHERE (name = 'ties' AND NOT stale) OR name = $1`, [
    FOLD_RULES_ROW,
  ]);
  return Number(rows[0]?.fresh) !== 2;
}

/** Folds every current relation again, from nothing: after a migration or a restore. */
export async function rebuildFolds(client: pg.PoolClient): Promise<void> {
  // One writer at a time refolds, so lifespans derived from all records see every commit before it.
  await lockUntilCommit(client, LOCKS.folds);
  await client.query('DELETE FROM actor_lifespans');
  await client.query('DELETE FROM tie_folds');
  await client.query('DELETE FROM tie_fold_sources');
  await refreshLifespans(client);
  const relations = (
    await client.query<RelationRow>(`SELECT id, version, body, lo, hi FROM records WHERE kind = 'relation' AND recorded_to IS NULL ORDER BY id`)
  ).rows;
  const claims = // Only claims about current relations: the fold reads no other (an import's million event claims).
    (
      await client.query<{ body: string }>(
        `SELECT body FROM records WHERE kind = 'claim' AND recorded_to IS NULL AND b = 'accepted'
       AND a IN (SELECT id FROM records WHERE kind = 'relation' AND recorded_to IS NULL) ORDER BY a, id`,
      )
    ).rows;
  const sources = (await client.query<{ body: string }>(`SELECT body FROM records WHERE kind = 'source' AND recorded_to IS NULL`)).rows;
  const lifespans = (await client.query<{ actor: string; lifespan: string }>('SELECT actor, lifespan FROM actor_lifespans')).rows;
  await store(
    client,
    relations,
    claims.map((c) => JSON.parse(c.body) as Claim),
    new Map(sources.map((s) => JSON.parse(s.body) as FoldSource).map((s) => [s.id, s])),
    new Map(lifespans.map((l) => [l.actor, JSON.parse(l.lifespan) as Lifespan])),
  );
  await client.query(`UPDATE tie_fold_state SET stale = false WHERE name = 'ties'`);
  await client.query(`DELETE FROM tie_fold_state WHERE name LIKE 'rules %'`);
  await client.query(`INSERT INTO tie_fold_state VALUES ($1, false)`, [FOLD_RULES_ROW]);
}

async function refold(client: pg.PoolClient, ids: readonly string[]): Promise<void> {
  await client.query('DELETE FROM tie_folds WHERE id = ANY($1::text[])', [ids]);
  await client.query('DELETE FROM tie_fold_sources WHERE id = ANY($1::text[])', [ids]);
  const relations = (
    await client.query<RelationRow>(
      `SELECT id, version, body, lo, hi FROM records WHERE kind = 'relation' AND recorded_to IS NULL AND id = ANY($1::text[]) ORDER BY id`,
      [ids],
    )
  ).rows;
  if (relations.length === 0) return;
  const claims = (
    await client.query<{ body: string }>(
      `SELECT body FROM records WHERE kind = 'claim' AND recorded_to IS NULL AND a = ANY($1::text[]) AND b = 'accepted' ORDER BY a, id`,
      [ids],
    )
  ).rows.map((c) => JSON.parse(c.body) as Claim);
  const cited = [...new Set(claims.flatMap((c) => c.evidence.map((e) => e.source)))];
  const sources = (
    await client.query<{ body: string }>(`SELECT body FROM records WHERE kind = 'source' AND recorded_to IS NULL AND id = ANY($1::text[])`, [cited])
  ).rows;
  const ends = [...new Set(relations.flatMap((r) => [(JSON.parse(r.body) as Relation).from, (JSON.parse(r.body) as Relation).to]))];
  const lifespans = (
    await client.query<{ actor: string; lifespan: string }>('SELECT actor, lifespan FROM actor_lifespans WHERE actor = ANY($1::text[])', [ends])
  ).rows;
  await store(
    client,
    relations,
    claims,
    new Map(sources.map((s) => JSON.parse(s.body) as FoldSource).map((s) => [s.id, s])),
    new Map(lifespans.map((l) => [l.actor, JSON.parse(l.lifespan) as Lifespan])),
  );
}

async function store(client: pg.PoolClient, rows: RelationRow[], claims: Claim[], sources: Map<string, FoldSource>, lifespans: Map<string, Lifespan>) {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const folded = foldTies({ relations: rows.map((r) => JSON.parse(r.body) as Relation), claims, sources, lifespans });
  // A fold whose bounds never meet its record's interval is never read (relationsBetween would not find it).
  const spans = folded.rows.flatMap((row) => {
    const days = foldSpan(row.state.bounds, byId.get(row.id) as RelationRow);
    return days ? [{ ...row, days }] : [];
  });
  for (let i = 0; i < spans.length; i += SLICE) {
    const slice = spans.slice(i, i + SLICE);
    const col = <T>(pick: (row: (typeof slice)[number]) => T) => slice.map(pick);
    await client.query(
      `INSERT INTO tie_folds (id, audience, version, first_day, last_day, start_earliest, start_latest, end_earliest, end_latest, presumed_from, windows, attested_until, disputed)
       SELECT * FROM unnest($1::text[], $2::text[], $3::integer[], $4::integer[], $5::integer[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[],
                            $11::text[], $12::text[], $13::boolean[])`,
      [
        col((r) => r.id),
        col((r) => r.audience),
        col((r) => byId.get(r.id)?.version),
        col((r) => r.days[0]),
        col((r) => r.days[1]),
        col((r) => r.state.bounds.startEarliest),
        col((r) => r.state.bounds.startLatest),
        col((r) => r.state.bounds.endEarliest),
        col((r) => r.state.bounds.endLatest),
        col((r) => r.state.bounds.presumedFrom ?? null),
        col((r) => (r.state.bounds.windows ? JSON.stringify(r.state.bounds.windows) : null)),
        col((r) => r.state.attestedUntil ?? null),
        col((r) => r.state.disputed),
      ],
    );
  }
  for (let i = 0; i < folded.cited.length; i += SLICE) {
    const slice = folded.cited.slice(i, i + SLICE);
    await client.query('INSERT INTO tie_fold_sources (source, id) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING', [
      slice.map(([, source]) => source),
      slice.map(([id]) => id),
    ]);
  }
}

/** Derives every lifespan as the read-time fold does (same records, same order) and stores those that changed; returns their actors. */
async function refreshLifespans(client: pg.PoolClient): Promise<string[]> {
  const bodies = async <T>(sql: string, params: unknown[] = []) => (await client.query<{ body: string }>(sql, params)).rows.map((r) => JSON.parse(r.body) as T);
  const derived = deriveLifespans(
    await bodies<Actor>(`SELECT body FROM records WHERE kind = 'actor' AND recorded_to IS NULL ORDER BY id`),
    await bodies<Relation>(`SELECT body FROM records WHERE kind = 'relation' AND recorded_to IS NULL AND c = ANY($1::text[]) ORDER BY id`, [
      LIFESPAN_RELATION_TYPES,
    ]),
    await bodies<ConflictEvent>(`SELECT body FROM records WHERE kind = 'event' AND recorded_to IS NULL AND c = ANY($1::text[]) ORDER BY lo, id`, [
      LIFESPAN_EVENT_TYPES,
    ]),
  );
  const stored = new Map(
    (await client.query<{ actor: string; lifespan: string }>('SELECT actor, lifespan FROM actor_lifespans')).rows.map((r) => [r.actor, r.lifespan]),
  );
  const { put, drop } = lifespanChanges(stored, derived);
  if (put.size > 0)
    await client.query(
      `INSERT INTO actor_lifespans (actor, lifespan) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT (actor) DO UPDATE SET lifespan = excluded.lifespan`,
      [[...put.keys()], [...put.values()]],
    );
  if (drop.length > 0) await client.query('DELETE FROM actor_lifespans WHERE actor = ANY($1::text[])', [drop]);
  return [...put.keys(), ...drop];
}
