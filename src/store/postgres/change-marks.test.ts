// The failure of the mark before (the largest audit number): a transaction that took a lower number
// and commits after one that took a higher number never moved it, so answers kept under it survived
// the later commit. Replaced marks move with every commit, in whatever order the commits come.
import pg from 'pg';
import { expect, it } from 'vitest';
import { buildActor } from '../../../test/factories.js';
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

  it('note each part its entries touch, with no transition table of the audit entries (migration 13)', async () => {
    const url = await cluster().createDatabase();
    const store = await new PostgresStore({ url }).open();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const entries = (actions: string[]) =>
      client.query(
        `INSERT INTO audit_log (at, actor, action, kind, id, before, after) SELECT now(), 'test', a, 'actor', 'actor:x', NULL, '{}' FROM unnest($1::text[]) AS a`,
        [actions],
      );
    try {
      // A large import's entries were all copied, bodies included, for the statement trigger to read two flags.
      const { rows } = await client.query(`SELECT tgname FROM pg_trigger WHERE tgrelid = 'audit_log'::regclass AND tgnewtable IS NOT NULL`);
      expect(rows).toEqual([]);
      const moved = async (actions: string[][]) => {
        const before = await store.changeMarks();
        await client.query('BEGIN');
        for (const a of actions) await entries(a);
        await client.query(COMMIT_MOVING_MARKS);
        const after = await store.changeMarks();
        return { records: after.records !== before.records, accounts: after.accounts !== before.accounts };
      };
      expect(await moved([Array.from({ length: 500 }, () => 'record.insert'), ['record.update']])).toEqual({ records: true, accounts: false });
      // Every entry of one statement calls the function (its condition is read as the row is queued); each must
      // leave the part noted once, or the setting grows with the statement and copying it costs the square.
      await client.query('BEGIN');
      await entries(Array.from({ length: 5000 }, () => 'record.insert'));
      expect((await client.query(`SELECT current_setting('faultline.marks', true) AS marks`)).rows).toEqual([{ marks: ' records' }]);
      await client.query('ROLLBACK');
      expect(await moved([['user.create', 'user.create']])).toEqual({ records: false, accounts: true });
      expect(await moved([['record.insert', 'session.create']])).toEqual({ records: true, accounts: true });
      expect(await moved([['backup.restore']])).toEqual({ records: true, accounts: true });
      // A part noted in a savepoint rolled back is forgotten with it; noted again after, it moves.
      const before = await store.changeMarks();
      await client.query('BEGIN; SAVEPOINT s');
      await entries(['record.insert']);
      await client.query('ROLLBACK TO SAVEPOINT s');
      await client.query(COMMIT_MOVING_MARKS);
      expect(await store.changeMarks()).toEqual(before);
      expect(await moved([['user.create'], ['record.retire']])).toEqual({ records: true, accounts: true });
    } finally {
      await client.end();
      await store.close();
    }
  });

  it('a database made before migration 9 upgrades on open, and its marks move from then on', async () => {
    const url = await cluster().createDatabase();
    const made = await new PostgresStore({ url }).open();
    await made.write([{ kind: 'actor', record: buildActor('b') }], { by: 'ana' });
    const list = await made.list('actor');
    await made.close();
    const old = new pg.Client({ connectionString: url });
    await old.connect();
    // As before migration 9, and so before 13, which replaced its trigger, and 14, whose spans note the mark too.
    await old.query(`DROP TABLE audit_spans; ALTER TABLE audit_log DROP COLUMN version;
      DROP TRIGGER audit_log_notes_records ON audit_log; DROP TRIGGER audit_log_notes_accounts ON audit_log;
      DROP FUNCTION faultline_note_mark(); DROP TABLE change_marks;
      DELETE FROM faultline_migrations WHERE version IN (9, 13, 14)`);
    await old.end();
    const upgraded = await new PostgresStore({ url }).open();
    try {
      expect(await upgraded.list('actor')).toEqual(list);
      const marks = await upgraded.changeMarks();
      await upgraded.write([{ kind: 'actor', record: buildActor('c') }], { by: 'ana' });
      expect((await upgraded.changeMarks()).records).not.toBe(marks.records);
      expect((await upgraded.changeMarks()).accounts).toBe(marks.accounts);
    } finally {
      await upgraded.close();
    }
  });
});
