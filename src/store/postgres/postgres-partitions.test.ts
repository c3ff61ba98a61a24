// What the PostgreSQL adapter adds to the contract: rows land in the partitions docs/decisions/0004
// describes, queries prune the rest, unaccent folds what NFKD leaves, and concurrent writers stay H1/H2.
import pg from 'pg';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { buildActor, buildClaim, buildEvent, steppingClock } from '../../../test/factories.js';
import { describeWithPostgres } from '../../../test/support/postgres-cluster.js';
import { POSTGRES_MIGRATIONS } from './migrations.js';
import { PostgresStore } from './postgres-store.js';

describeWithPostgres('postgres adapter specifics', (cluster) => {
  let url: string;
  let store: PostgresStore;
  let sql: pg.Client;
  beforeEach(async () => {
    url = await cluster().createDatabase();
    store = await new PostgresStore({ url, clock: steppingClock() }).open();
    sql = new pg.Client({ connectionString: url });
    await sql.connect();
  });
  afterEach(async () => {
    await sql.end();
    await store.close();
  });

  const partitionOf = async (id: string) =>
    (await sql.query<{ p: string }>('SELECT tableoid::regclass::text AS p FROM records WHERE id = $1 AND recorded_to IS NULL', [id])).rows[0]?.p;
  const plan = async (query: string, params: unknown[]) =>
    (await sql.query<{ 'QUERY PLAN': string }>(`EXPLAIN (COSTS OFF) ${query}`, params)).rows.map((r) => r['QUERY PLAN']).join('\n');

  it('routes records by kind, events by earliest day and claims by subject hash', async () => {
    await store.write(
      [
        { kind: 'actor', record: buildActor('b') },
        { kind: 'event', record: buildEvent('old', { date: '1994-06' }) },
        { kind: 'event', record: buildEvent('mid', { date: '2016-07-21' }) },
        { kind: 'event', record: buildEvent('open', { date: '../2012' }) },
        ...Array.from({ length: 12 }, (_, n) => ({ kind: 'claim' as const, record: buildClaim(`event:e${n}`, 1) })),
      ],
      { by: 't' },
    );
    expect(await partitionOf('actor:b')).toBe('records_actor');
    expect(await partitionOf('event:old')).toBe('records_event_before_2000');
    expect(await partitionOf('event:mid')).toBe('records_event_2010s');
    expect(await partitionOf('event:open')).toBe('records_event_before_2000');
    const claimPartitions = await sql.query<{ p: string }>("SELECT DISTINCT tableoid::regclass::text AS p FROM records WHERE kind = 'claim'");
    expect(claimPartitions.rows.length).toBeGreaterThan(1);
    expect(claimPartitions.rows.every((r) => /^records_claim_h[0-3]$/.test(r.p))).toBe(true);
  });

  it('an event whose date moves to another decade moves partition; its history stays whole', async () => {
    await store.write([{ kind: 'event', record: buildEvent('a', { date: '2016' }) }], { by: 't' });
    await store.write([{ kind: 'event', record: buildEvent('a', { date: '2021-03' }) }], { by: 't' });
    expect(await partitionOf('event:a')).toBe('records_event_2020s');
    expect((await store.history('event', 'event:a')).map((v) => v.record.date)).toEqual(['2016', '2021-03']);
    expect((await store.events({ to: '2019-12-31' })).map((e) => e.id)).toEqual([]);
  });

  it('prunes partitions: a kind touches its own, an event window skips later decades, a subject one hash', async () => {
    const events = await plan("SELECT body FROM records WHERE kind = 'event' AND recorded_to IS NULL AND lo <= $1 AND hi >= $2", ['2015-12-31', '2015-01-01']);
    expect(events).toContain('records_event_2010s');
    expect(events).not.toContain('records_event_2020s');
    expect(events).not.toContain('records_actor');
    const claims = await plan("SELECT body FROM records WHERE kind = 'claim' AND recorded_to IS NULL AND a = $1", ['actor:b']);
    expect(new Set(claims.match(/records_claim_h\d/g))).toHaveProperty('size', 1);
  });

  it('search folds what NFKD leaves (ø, ß, æ) when unaccent is installed', async () => {
    const unaccent = (await sql.query("SELECT 1 FROM pg_extension WHERE extname = 'unaccent'")).rowCount === 1;
    expect(unaccent).toBe(true);
    await store.write([{ kind: 'actor', record: buildActor('x', { name: 'Søren Æbeløß' }) }], { by: 't' });
    expect((await store.searchActors('soren aebeloss')).map((a) => a.id)).toEqual(['actor:x']);
    const trigram = await sql.query("SELECT 1 FROM pg_indexes WHERE indexname = 'names_trigrams'");
    expect(trigram.rowCount).toBe(1);
  });

  it('searches as recorded at an instant see the names of then', async () => {
    const first = await store.write([{ kind: 'actor', record: buildActor('b', { name: 'Old Name' }) }], { by: 't' });
    await store.write([{ kind: 'actor', record: buildActor('b', { name: 'New Name' }) }], { by: 't' });
    expect(await store.searchActors('old name')).toEqual([]);
    expect((await store.searchActors('old name', { recordedAt: first.recordedAt })).map((a) => a.name)).toEqual(['Old Name']);
  });

  it('H1/H2 hold across concurrent writers of the same record', async () => {
    const other = await new PostgresStore({ url }).open();
    try {
      const same = [{ kind: 'actor' as const, record: buildActor('b') }];
      const results = await Promise.all([store.write(same, { by: 'a' }), other.write(same, { by: 'b' })]);
      expect(results.map((r) => r.inserted).sort()).toEqual([0, 1]);
      await Promise.all(
        ['One', 'Two', 'Three'].map((name, n) => (n % 2 ? other : store).write([{ kind: 'actor', record: buildActor('b', { name }) }], { by: 't' })),
      );
      const history = await store.history('actor', 'actor:b');
      expect(history).toHaveLength(4);
      expect(history.filter((v) => v.recordedTo === null)).toHaveLength(1);
      for (let n = 1; n < history.length; n++) expect(history[n - 1]?.recordedTo).toBe(history[n]?.recordedFrom);
    } finally {
      await other.close();
    }
  });

  it('a record changed twice in one write keeps both versions', async () => {
    const summary = await store.write(
      [
        { kind: 'actor', record: buildActor('b') },
        { kind: 'actor', record: buildActor('b', { name: 'Second' }) },
      ],
      { by: 't' },
    );
    expect(summary).toMatchObject({ inserted: 1, updated: 1 });
    const history = await store.history('actor', 'actor:b');
    expect(history.map((v) => [v.record.name, v.recordedTo])).toEqual([
      ['B', summary.recordedAt],
      ['Second', null],
    ]);
  });

  it('applies migrations once and reports bad input and unreachable servers with codes', async () => {
    const again = await new PostgresStore({ url }).open();
    await again.close();
    expect((await sql.query('SELECT version FROM faultline_migrations ORDER BY version')).rows.map((r: { version: number }) => r.version)).toEqual(
      POSTGRES_MIGRATIONS.map((m) => m.version),
    );
    await expect(store.list('actor', { recordedAt: 'not a time' })).rejects.toMatchObject({ code: 'invalid_input' });
    const nowhere = new PostgresStore({ url: 'postgres://someone:secret@127.0.0.1:1/none' });
    const failure: unknown = await nowhere.counts().catch((error: unknown) => error);
    await nowhere.close();
    expect(failure).toMatchObject({ code: 'internal' });
    expect((failure as Error).message).not.toContain('secret');
  });
});
