// Migration 13's rebuild of the event summaries (summary-rebuild.ts) must leave exactly what the
// triggers maintain, for every shape of toll a body can give, and read the current events once for
// the place and type rows (it read them twice).
import pg from 'pg';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { ConflictEvent } from '../../core/model/event.js';
import { buildEvent, buildSource, steppingClock } from '../../../test/factories.js';
import { describeWithPostgres } from '../../../test/support/postgres-cluster.js';
import { PostgresStore } from './postgres-store.js';

const TOLLS: ConflictEvent['fatalities'][] = [
  undefined,
  {},
  { low: 0 },
  { best: 0 },
  { high: 0 },
  { best: 3 },
  { low: 1, high: 9 },
  { low: 0, best: 0, high: 0 },
];

describeWithPostgres('postgres: the event summaries rebuilt in one pass', (cluster) => {
  let store: PostgresStore;
  let client: pg.Client;
  beforeEach(async () => {
    const url = await cluster().createDatabase();
    store = await new PostgresStore({ url, clock: steppingClock() }).open();
    client = new pg.Client({ connectionString: url });
    await client.connect();
    // Written one small write at a time, so that the triggers keep the summaries.
    await store.write([{ kind: 'source', record: buildSource() }], { by: 't' });
    for (const [n, fatalities] of TOLLS.entries()) {
      const participants = n % 2 === 0 ? [{ actor: 'actor:jnim', role: 'perpetrator' as const }] : [];
      const record = buildEvent(`toll-${n}`, { date: `201${n}-0${n + 1}-1${n}`, participants, description: `"fatalities":{"best":${n}}` });
      await store.write([{ kind: 'event', record: fatalities === undefined ? record : { ...record, fatalities } }], { by: 't' });
    }
  });
  afterEach(async () => {
    await client.end();
    await store.close();
  });

  const summaries = async () => {
    const tables: { row: string }[][] = [];
    for (const table of ['event_type_summary', 'event_place_summary', 'event_actor_summary'])
      tables.push((await client.query<{ row: string }>(`SELECT t::text AS row FROM ${table} t ORDER BY 1`)).rows);
    return tables;
  };

  it('leaves what the triggers kept, unknown tolls included', async () => {
    const kept = await summaries();
    expect(kept[0]?.some((r) => /,1,0,0,0\)$/.test(r.row))).toBe(true);
    await client.query('SELECT rebuild_event_summaries()');
    expect(await summaries()).toEqual(kept);
  });

  it('reads each partition of the current events once for the places and the types', async () => {
    await client.query('DELETE FROM event_participants');
    await client.query('BEGIN');
    await client.query('SELECT rebuild_event_summaries()');
    const { rows } = await client.query<{ relname: string; scans: number }>(
      `SELECT relname, (seq_scan + coalesce(idx_scan, 0))::integer AS scans FROM pg_stat_xact_user_tables WHERE relname LIKE 'records_event_%' AND seq_scan + coalesce(idx_scan, 0) > 0`,
    );
    await client.query('ROLLBACK');
    expect(rows.length).toBeGreaterThan(0);
    for (const { relname, scans } of rows) expect(scans, relname).toBeLessThanOrEqual(1);
  });
});
