import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ConflictEvent } from '../../core/model/event.js';
import type { Change, WriteMeta, WriteSummary } from '../../core/store-port.js';
import { buildActor, buildClaim, buildEvent, steppingClock } from '../../../test/factories.js';
import { runStoreContract } from '../store.contract.js';
import { runAuditSpanContract } from '../audit-spans.contract.js';
import { SECONDARY_INDEXES } from './bulk-indexes.js';
import { SQLITE_MIGRATIONS } from './migrations.js';
import { SqliteStore } from './sqlite-store.js';

runStoreContract('sqlite', async (clock) => new SqliteStore({ path: ':memory:', clock }));

/** Every write takes the bulk path: indexes dropped before it and built again after it. */
class BulkEveryWrite extends SqliteStore {
  override async write(changes: readonly Change[], meta: WriteMeta): Promise<WriteSummary> {
    return this.bulk(changes.length, () => super.write(changes, meta));
  }
}
const sqliteOf = (store: unknown) => (store as { db: Database.Database }).db;
runAuditSpanContract('sqlite file', async (clock) => new SqliteStore({ path: join(mkdtempSync(join(tmpdir(), 'faultline-spans-')), 'spans.db'), clock }), {
  spans: async (store) => (sqliteOf(store).prepare('SELECT count(*) AS n FROM audit_spans').get() as { n: number }).n,
  compact: async (store) => {
    sqliteOf(store).exec('VACUUM');
  },
});
runStoreContract('sqlite, every write on the bulk path', async (clock) => new BulkEveryWrite({ path: ':memory:', clock, bulkWhen: () => true }));

/** The declared indexes of the tables a bulk write fills (the account tables keep theirs). */
const indexSql = (db: Database.Database) =>
  new Map(
    (
      db
        .prepare(
          `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('records', 'names', 'event_participants', 'audit_log')`,
        )
        .all() as { name: string; sql: string }[]
    ).map((r) => [r.name, r.sql.replace(/\s+/g, ' ').trim()]),
  );

describe('the bulk path of the embedded store', () => {
  it('knows every secondary index exactly as the migrations create it', () => {
    const db = new Database(':memory:');
    for (const migration of SQLITE_MIGRATIONS) db.exec(migration.sql);
    expect(indexSql(db)).toEqual(new Map(SECONDARY_INDEXES.map((i) => [i.name, i.sql.replace(/\s+/g, ' ')])));
  });

  it('undoes a whole failing series of writes, and leaves the indexes and the write-ahead log as they were', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'faultline-bulk-')), 'x.db');
    const store = new SqliteStore({ path: file, clock: steppingClock(), bulkWhen: () => true });
    await store.write([{ kind: 'actor', record: buildActor('before') }], { by: 'tester' });
    const failing = store.bulk(2, async () => {
      await store.write([{ kind: 'actor', record: buildActor('a') }], { by: 'tester' });
      expect(await store.get('actor', 'actor:a')).toBeDefined();
      throw new Error('the second batch failed');
    });
    await expect(failing).rejects.toThrow('the second batch failed');
    expect(await store.get('actor', 'actor:a')).toBeUndefined();
    expect(await store.get('actor', 'actor:before')).toBeDefined();
    expect((await store.audit({ id: 'actor:a' })).length).toBe(0);
    await store.close();
    const check = new Database(file, { readonly: true });
    expect([...indexSql(check).keys()].sort()).toEqual(SECONDARY_INDEXES.map((i) => i.name).sort());
    expect(check.pragma('journal_mode', { simple: true })).toBe('wal');
    check.close();
  });

  it('commits a series as one, with a rollback journal when alone and through the log when another connection reads', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'faultline-bulk-')), 'x.db');
    const store = new SqliteStore({ path: file, clock: steppingClock(), bulkWhen: () => true });
    const modes: unknown[] = [];
    const probe = () => {
      const other = new Database(file, { readonly: true, fileMustExist: true });
      modes.push(other.pragma('journal_mode', { simple: true }));
      other.close();
    };
    await store.bulk(1, async () => {
      await store.write([{ kind: 'actor', record: buildActor('a') }], { by: 'tester' });
      probe();
    });
    probe();
    const reader = new Database(file, { readonly: true });
    reader.prepare('SELECT count(*) FROM records').get();
    await store.bulk(1, async () => {
      await store.write([{ kind: 'actor', record: buildActor('b') }], { by: 'tester' });
      // The other connection still sees the last committed state.
      expect((reader.prepare(`SELECT count(*) AS n FROM records WHERE kind = 'actor'`).get() as { n: number }).n).toBe(1);
      probe();
    });
    expect((reader.prepare(`SELECT count(*) AS n FROM records WHERE kind = 'actor'`).get() as { n: number }).n).toBe(2);
    reader.close();
    probe();
    expect(modes).toEqual(['delete', 'wal', 'wal', 'wal']);
    await store.close();
  });

  it('builds missing indexes when it opens a database a killed bulk write left without them', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'faultline-bulk-')), 'x.db');
    const store = new SqliteStore({ path: file, clock: steppingClock() });
    await store.write(
      [
        { kind: 'event', record: buildEvent('e') },
        { kind: 'claim', record: buildClaim('event:e', 1) },
      ],
      { by: 'tester' },
    );
    await store.close();
    const raw = new Database(file);
    for (const { name } of SECONDARY_INDEXES) raw.exec(`DROP INDEX ${name}`);
    raw.close();
    const reopened = new SqliteStore({ path: file });
    const check = new Database(file, { readonly: true });
    expect([...indexSql(check).keys()].sort()).toEqual(SECONDARY_INDEXES.map((i) => i.name).sort());
    check.close();
    expect((await reopened.filterEvents({ from: '2016-01-01', to: '2016-12-31' })).map((e) => e.id)).toEqual(['event:e']);
    await reopened.close();
  });
});

describe('participants of the versions a write adds', () => {
  // The rows migration 2 derived from the stored bodies: what the write path must still leave, in this order.
  const fromBodies = `
    SELECT r.id AS event_id, r.version, json_extract(p.value, '$.actor') AS actor, json_extract(p.value, '$.role') AS role,
           coalesce(json_extract(p.value, '$.attribution'), 'unspecified') AS attribution
    FROM records r, json_each(r.body, '$.participants') p WHERE r.kind = 'event' ORDER BY r.rowid, p.key`;
  const tables = ['event_participants', 'participant_events', 'event_actor_summary', 'event_place_summary', 'event_type_summary'];
  // Summary rows whose counts fell to zero may stay (queries keep only groups with events): they are left out.
  const rowsOf = (db: Database.Database, table: string) =>
    db.prepare(`SELECT * FROM ${table} WHERE ${table.endsWith('_summary') ? 'events <> 0' : 'true'} ORDER BY 1, 2, 3, 4, 5`).all();

  it.each([
    ['a single write', false],
    ['a bulk series', true],
  ])('are those its bodies name, in order, with the summaries they feed, after %s', async (_, bulk) => {
    const file = join(mkdtempSync(join(tmpdir(), 'faultline-participants-')), 'x.db');
    const store = new SqliteStore({ path: file, clock: steppingClock(), bulkWhen: () => bulk });
    const event = (slug: string, participants: ConflictEvent['participants'], best = 3) =>
      ({ kind: 'event', record: buildEvent(slug, { participants, fatalities: { best } }) }) satisfies Change;
    const write = (changes: Change[]) => store.write(changes, { by: 'tester' });
    const run = async () => {
      await write([
        event('a', [
          { actor: 'actor:x', role: 'perpetrator', attribution: 'claimed' },
          { actor: 'actor:y', role: 'target' },
        ]),
        event('b', []),
        // The same event twice in one write: its first version is closed before the write ends.
        event('c', [{ actor: 'actor:x', role: 'participant' }]),
        event('c', [{ actor: 'actor:z', role: 'participant', attribution: 'alleged' }], 7),
      ]);
      await write([event('a', [{ actor: 'actor:y', role: 'perpetrator', attribution: 'attributed' }]), event('d', [{ actor: 'actor:x', role: 'victim' }])]);
    };
    await (bulk ? store.bulk(100, run) : run());
    await store.close();
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT event_id, version, actor, role, attribution FROM event_participants ORDER BY rowid').all()).toEqual(db.prepare(fromBodies).all());
    expect((db.prepare('SELECT count(*) AS n FROM event_participants').get() as { n: number }).n).toBe(6);
    const kept = Object.fromEntries(tables.map((t) => [t, rowsOf(db, t)]));
    db.close();
    // The same tables rebuilt from the stored versions (the bulk path's rebuild, the oracle of the triggers).
    const rebuilt = new Database(file);
    rebuilt.exec(`DROP TRIGGER participant_events_add; DROP TRIGGER event_summary_open`);
    rebuilt.close();
    const reopened = new SqliteStore({ path: file });
    await reopened.close();
    const again = new Database(file, { readonly: true });
    for (const t of tables) expect([t, rowsOf(again, t)]).toEqual([t, kept[t]]);
    again.close();
  });
});

describe('record time across processes whose clocks differ', () => {
  it('never closes a version before it began when a process whose clock lags retires it', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'faultline-clock-')), 'x.db');
    const ahead = new SqliteStore({ path: file, clock: () => new Date('2026-01-01T01:00:00.000Z') });
    await ahead.write([{ kind: 'actor', record: buildActor('a') }], { by: 'ahead' });
    const behind = new SqliteStore({ path: file, clock: () => new Date('2026-01-01T00:00:00.000Z') });
    await behind.write([{ kind: 'actor', record: buildActor('b') }], { by: 'behind' });
    const { recordedAt } = await behind.retire('actor', ['actor:a'], { by: 'behind' });
    await ahead.close();
    await behind.close();
    const db = new Database(file, { readonly: true });
    const row = db.prepare(`SELECT recorded_from, recorded_to FROM records WHERE kind = 'actor' AND id = 'actor:a'`).get() as {
      recorded_from: string;
      recorded_to: string;
    };
    const times = (db.prepare('SELECT at FROM audit_log ORDER BY seq').all() as { at: string }[]).map((r) => r.at);
    db.close();
    expect(row.recorded_to).toBe(recordedAt);
    expect(row.recorded_to > row.recorded_from).toBe(true);
    expect(times).toEqual([...times].sort());
  });
});
