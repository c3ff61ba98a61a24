// The failure of the mark before (the largest audit number): a transaction that took a lower number
// and commits after one that took a higher number never moved it, so answers kept under it survived
// the later commit. Replaced marks move with every commit, in whatever order the commits come.
import pg from 'pg';
import { expect, it } from 'vitest';
import { describeWithPostgres } from '../../../test/support/postgres-cluster.js';
import { COMMIT_MOVING_MARKS } from './change-marks.js';
import { PostgresStore } from './postgres-store.js';

const audited = (client: pg.Client, id: string) =>
  client.query(`INSERT INTO audit_log (at, actor, action, kind, id, before, after) VALUES (now(), 'test', 'record.insert', 'actor', $1, NULL, '{}')`, [id]);

describeWithPostgres('PostgreSQL change marks', (cluster) => {
  it('move with a commit that took the lower audit number and commits last', async () => {
    const url = await cluster().createDatabase();
    const store = await new PostgresStore({ url }).open();
    const [early, late] = [new pg.Client({ connectionString: url }), new pg.Client({ connectionString: url })];
    await early.connect();
    await late.connect();
    try {
      await early.query('BEGIN');
      await audited(early, 'actor:early');
      await late.query('BEGIN');
      await audited(late, 'actor:late');
      const before = await store.changeMarks();
      await late.query(COMMIT_MOVING_MARKS);
      const between = await store.changeMarks();
      expect(between.records).not.toBe(before.records);
      await early.query(COMMIT_MOVING_MARKS);
      const after = await store.changeMarks();
      expect(after.records).not.toBe(between.records);
      expect(after.accounts).toBe(before.accounts);
      // A transaction rolled back, or one that audited nothing, moves nothing.
      await early.query('BEGIN');
      await audited(early, 'actor:gone');
      await early.query('ROLLBACK');
      await early.query('BEGIN');
      await early.query('SELECT 1');
      await early.query(COMMIT_MOVING_MARKS);
      expect(await store.changeMarks()).toEqual(after);
    } finally {
      await early.end();
      await late.end();
      await store.close();
    }
  });
});
