// A large series disables the summaries' triggers when it owns the tables (summary-deferral.ts): the
// change must never be seen outside its transaction, must end with the series or its failure, and a
// connection that does not own the tables must defer as before, with the same summaries.
import pg from 'pg';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { buildEvent, buildSource, steppingClock } from '../../../test/factories.js';
import { describeWithPostgres } from '../../../test/support/postgres-cluster.js';
import { scanAggregateEvents } from '../query-oracles.js';
import { PostgresStore } from './postgres-store.js';
import { deferSummaries, rebuildSummaries } from './summary-deferral.js';

describeWithPostgres('postgres: summaries deferred in a large series', (cluster) => {
  let url: string;
  let owner: pg.Client;
  let other: pg.Client;
  beforeEach(async () => {
    url = await cluster().createDatabase();
    await (await new PostgresStore({ url }).open()).close();
    owner = new pg.Client({ connectionString: url });
    other = new pg.Client({ connectionString: url });
    await owner.connect();
    await other.connect();
  });
  afterEach(async () => {
    await owner.end();
    await other.end();
  });

  /** Whether each summary trigger is enabled, as a client sees it. */
  const enabled = async (client: pg.Client) =>
    (
      await client.query<{ tgname: string; on: boolean }>(
        `SELECT tgname, tgenabled <> 'D' AS on FROM pg_trigger WHERE tgname LIKE 'event_summary_%' AND NOT tgisinternal ORDER BY tgname`,
      )
    ).rows;
  const ALL_ON = ['event_summary_close', 'event_summary_open', 'event_summary_participants'].map((tgname) => ({ tgname, on: true }));

  it('disables the triggers inside the series only, and enables them again at the rebuild or on failure', async () => {
    const client = owner as unknown as pg.PoolClient;
    await owner.query('BEGIN');
    expect(await deferSummaries(client)).toBe(true);
    expect((await enabled(owner)).every((t) => !t.on)).toBe(true);
    expect(await enabled(other)).toEqual(ALL_ON);
    await rebuildSummaries(client, true);
    expect(await enabled(owner)).toEqual(ALL_ON);
    await owner.query('COMMIT');
    await owner.query('BEGIN');
    await deferSummaries(client);
    await owner.query('ROLLBACK');
    expect(await enabled(other)).toEqual(ALL_ON);
  });

  it('defers without disabling them for a connection that does not own the tables, with the same summaries', async () => {
    await owner.query(`CREATE ROLE importer LOGIN; GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO importer;
      GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO importer; GRANT USAGE, CREATE ON SCHEMA public TO importer`);
    const asImporter = url.replace('//faultline@', '//importer@');
    const client = new pg.Client({ connectionString: asImporter });
    await client.connect();
    try {
      await client.query('BEGIN');
      expect(await deferSummaries(client as unknown as pg.PoolClient)).toBe(false);
      expect(await enabled(client)).toEqual(ALL_ON);
      await client.query('ROLLBACK');
    } finally {
      await client.end();
    }
    const store = await new PostgresStore({ url: asImporter, clock: steppingClock(), bulkWhen: () => true }).open();
    try {
      const events = Array.from({ length: 40 }, (_, n) => buildEvent(`e${n}`, { date: `2019-0${(n % 9) + 1}-1${n % 10}`, fatalities: { best: n } }));
      await store.bulk(41, () =>
        store.write([{ kind: 'source', record: buildSource() }, ...events.map((record) => ({ kind: 'event' as const, record }))], { by: 't' }),
      );
      for (const by of ['month', 'type'] as const) expect(await store.aggregateEvents({}, by)).toEqual(await scanAggregateEvents(store, {}, by));
      expect((await store.aggregateEvents({}, 'type')).reduce((n, g) => n + g.events, 0)).toBe(40);
    } finally {
      await store.close();
    }
  });
});
