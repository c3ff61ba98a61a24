// Both stores read the same instants the same way, and no database's own words reach a client
// (issue 18, finding 6).
import { describe, expect, it } from 'vitest';
import type { TeamStore } from '../src/core/store-port.js';
import { createApp } from '../src/server/app.js';
import { PostgresStore } from '../src/store/postgres/postgres-store.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { buildActor, buildClaim, buildSource, steppingClock } from './factories.js';
import { describeWithPostgres } from './support/postgres-cluster.js';

/** Actor B recorded on 2026-01-01 and renamed on 2026-01-02 (the stepping clock), on any store. */
async function seeded(store: TeamStore): Promise<TeamStore> {
  await store.write(
    [
      { kind: 'source', record: buildSource() },
      { kind: 'actor', record: buildActor('b') },
      { kind: 'claim', record: buildClaim('actor:b', 1) },
    ],
    { by: 'loader' },
  );
  await store.write([{ kind: 'actor', record: buildActor('b', { name: 'B RENAMED' }) }], { by: 'loader' });
  return store;
}

const INSTANTS = ['2025-12-31', '2026-01-01T12:00', '2026-01-01T23:00:00-02:00', '2026-01-02', '2026-01-02T00:00:00.000Z', '2026-02-01T00:00:00+01:00'];
const BAD_INSTANTS = ['2017-02-30', 'not-a-date', "2017-01-01'; drop table records; --", '2017-02-01T25:00:00Z', '9'.repeat(50)];

async function answers(store: TeamStore) {
  const app = createApp(store, { loopback: true });
  const out: Record<string, { status: number; body: string }> = {};
  for (const at of [...INSTANTS, ...BAD_INSTANTS]) {
    const response = await app.request(`/api/actors/actor:b?recordedAt=${encodeURIComponent(at)}`);
    out[at] = { status: response.status, body: await response.text() };
  }
  return out;
}

describe('instants at the HTTP boundary', () => {
  it('finding 6: an instant that is not on the calendar is a 400 naming recordedAt, before any store reads it', async () => {
    const store = await seeded(new SqliteStore({ path: ':memory:', clock: steppingClock() }));
    const got = await answers(store);
    for (const at of BAD_INSTANTS) {
      expect(got[at]?.status, at).toBe(400);
      expect(got[at]?.body, at).toContain('recordedAt');
    }
    // A date is midnight UTC; an offset is honoured: the rename recorded on 2026-01-02 is seen from then on.
    const names = INSTANTS.map((at) => (got[at]?.status === 200 ? (JSON.parse(got[at].body) as { name: string }).name : got[at]?.status));
    expect(names).toEqual([404, 'B', 'B RENAMED', 'B RENAMED', 'B RENAMED', 'B RENAMED']);
    await store.close();
  });

  it('finding 6: an internal failure answers a bare 500, never the message that names the database', async () => {
    const store = await seeded(new SqliteStore({ path: ':memory:', clock: steppingClock() }));
    const failing = new Proxy(store, {
      get(target, name, receiver) {
        if (name === 'get') {
          return async () => {
            const { FaultlineError } = await import('../src/core/errors.js');
            throw new FaultlineError('internal', 'database error on postgres://faultline:***@10.0.0.5:5432/prod: relation "records" does not exist');
          };
        }
        return Reflect.get(target, name, receiver) as unknown;
      },
    });
    const response = await createApp(failing, { loopback: true }).request('/api/actors/actor:b');
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: { code: 'internal', message: 'internal error' } });
    await store.close();
  });
});

describeWithPostgres('instants at the HTTP boundary, PostgreSQL', (cluster) => {
  it('finding 6: PostgreSQL answers every instant, good or bad, exactly as SQLite does, and never with its own words', async () => {
    const pg = await seeded(await new PostgresStore({ url: await cluster().createDatabase(), clock: steppingClock() }).open());
    const sqlite = await seeded(new SqliteStore({ path: ':memory:', clock: steppingClock() }));
    try {
      const [onPg, onSqlite] = await Promise.all([answers(pg), answers(sqlite)]);
      expect(onPg).toEqual(onSqlite);
      for (const { body } of Object.values(onPg)) expect(body).not.toMatch(/postgres|timestamp|syntax|127\.0\.0\.1/i);
    } finally {
      await Promise.all([pg.close(), sqlite.close()]);
    }
  });
});
