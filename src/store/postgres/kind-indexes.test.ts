// Migration 12 moves secondary indexes to the partitions whose kind reads them: a database made
// before it upgrades on open and every reader answers as before; imported versions no longer write
// entries for keys their kind does not have.
import pg from 'pg';
import { expect, it } from 'vitest';
import type { Store } from '../../core/store-port.js';
import { loadDataset } from '../../services/dataset/load-dataset.js';
import { snapshot } from '../../services/queries/snapshot.js';
import { describeWithPostgres } from '../../../test/support/postgres-cluster.js';
import { PostgresStore } from './postgres-store.js';

/** The layout before migration 12: each index on the parent, hence on every partition. */
const BEFORE_12 = `
  DROP INDEX records_source_current, records_actor_current, records_place_current, records_relation_current,
    records_relation_window, records_event_window, records_relation_b, records_claim_b,
    records_relation_c, records_event_c, records_actor_c, records_place_c;
  CREATE INDEX records_current ON records (kind, id) WHERE recorded_to IS NULL;
  CREATE INDEX records_window ON records (kind, lo, hi) WHERE recorded_to IS NULL;
  CREATE INDEX records_b ON records (kind, b) WHERE recorded_to IS NULL;
  CREATE INDEX records_c ON records (kind, c) WHERE recorded_to IS NULL;
  ALTER TABLE source_texts ALTER COLUMN text SET COMPRESSION pglz;
  DELETE FROM faultline_migrations WHERE version = 12;`;

/** What readers of every kind answer, through the indexes the migration moves. */
async function answers(store: Store): Promise<unknown> {
  const events = await store.events({ from: '2012-01-01', to: '2013-12-31' });
  expect(events.length).toBeGreaterThan(10);
  return {
    counts: await store.counts(),
    actors: await store.list('actor'),
    places: await store.list('place'),
    event: await store.get('event', events[0]?.id ?? ''),
    events,
    typed: await store.filterEvents({ types: [events[0]?.type ?? ''] }),
    accepted: await store.claims({ statuses: ['accepted'] }),
    relations: await store.relationsBetween('2015-01-01', '2015-12-31'),
    search: await store.searchActors('jnim'),
    snapshot: await snapshot(store, { asOf: '2019-06' }),
  };
}

describeWithPostgres('secondary indexes by kind (migration 12)', (cluster) => {
  it('a database made before it upgrades on open, and readers answer as before', async () => {
    const url = await cluster().createDatabase();
    const sql = new pg.Client({ connectionString: url });
    await sql.connect();
    try {
      const first = await new PostgresStore({ url }).open();
      await sql.query(BEFORE_12);
      await loadDataset(first, 'data/mali', { by: 'test' });
      const before = await answers(first);
      await first.close();
      const upgraded = await new PostgresStore({ url }).open();
      expect(await answers(upgraded)).toEqual(before);
      await upgraded.close();
      const { rows } = await sql.query<{ t: string; i: string }>(
        `SELECT tablename AS t, indexname AS i FROM pg_indexes WHERE tablename IN ('records_event_2010s', 'records_claim_h0') ORDER BY 1, 2`,
      );
      // An event version writes its id, window, place, type and recording entries; a claim none by day or type.
      expect(rows.map(({ t, i }) => `${t}:${i.replace(`${t}_`, '')}`)).toEqual([
        'records_claim_h0:id_version_a_idx',
        'records_claim_h0:kind_a_idx',
        'records_claim_h0:kind_b_idx',
        'records_claim_h0:kind_recorded_from_recorded_to_idx',
        'records_event_2010s:id_version_lo_idx',
        'records_event_2010s:kind_a_idx',
        'records_event_2010s:kind_c_idx',
        'records_event_2010s:kind_lo_hi_idx',
        'records_event_2010s:kind_recorded_from_recorded_to_idx',
      ]);
      const { rows: compression } = await sql.query<{ c: string }>(
        `SELECT attcompression AS c FROM pg_attribute WHERE attrelid = 'source_texts'::regclass AND attname = 'text'`,
      );
      expect(['l', '']).toContain(compression[0]?.c);
    } finally {
      await sql.end();
    }
  });
});
