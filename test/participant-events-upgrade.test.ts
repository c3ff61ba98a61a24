// A database made before the participant index (SQLite migration 10, PostgreSQL migration 8) gets it
// built from its stored events on open, and then answers a coalition's aggregations as the scan does.
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import type { EventSplit, Store } from '../src/core/store-port.js';
import { loadDataset } from '../src/services/dataset/load-dataset.js';
import { trends, type TrendQuery } from '../src/services/queries/trends.js';
import { PostgresStore } from '../src/store/postgres/postgres-store.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { describeWithPostgres } from './support/postgres-cluster.js';

const SPLITS: readonly (EventSplit | undefined)[] = [undefined, 'type', 'actor', 'attribution'];
const COALITION: TrendQuery = { period: 'month', actors: ['actor:jnim'], includeComponents: true };

/** The coalition's trends, split every way, from the store and from the same database scanned. */
async function expectSameAsScan(store: Store, scan: Store): Promise<void> {
  for (const split of SPLITS) {
    const query = { ...COALITION, ...(split ? { split } : {}) };
    const read = await trends(store, query);
    expect(read.total.events).toBeGreaterThan(10);
    expect(read, JSON.stringify(query)).toEqual(await trends(scan, query));
  }
}

describe('participant index on a database from before it (SQLite)', () => {
  it('migration 10 builds it from the stored events', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'faultline-participants-')), 'old.db');
    const first = new SqliteStore({ path: file });
    await loadDataset(first, 'data/mali', { by: 'test' });
    await first.close();
    const raw = new Database(file);
    raw.exec(`DROP TRIGGER participant_events_add; DROP TRIGGER participant_events_close; DROP TABLE participant_events;
              DELETE FROM migrations WHERE version = 10;`);
    raw.close();
    const upgraded = new SqliteStore({ path: file });
    const scan = new SqliteStore({ path: file, readSummaries: false });
    await expectSameAsScan(upgraded, scan);
    await upgraded.close();
    await scan.close();
  });
});

describeWithPostgres('participant index on a database from before it (PostgreSQL)', (cluster) => {
  it('migration 8 builds it from the stored events', async () => {
    const url = await cluster().createDatabase();
    const first = await new PostgresStore({ url }).open();
    await loadDataset(first, 'data/mali', { by: 'test' });
    await first.close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`DROP TABLE participant_events; DROP FUNCTION participant_events_add() CASCADE; DROP FUNCTION participant_events_close() CASCADE;
                        DELETE FROM faultline_migrations WHERE version = 8;`);
    await client.end();
    const upgraded = await new PostgresStore({ url }).open();
    const scan = await new PostgresStore({ url, readSummaries: false }).open();
    await expectSameAsScan(upgraded, scan);
    await upgraded.close();
    await scan.close();
  });
});
