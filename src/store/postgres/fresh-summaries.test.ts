// A large series whose writes are all fresh (fresh-write.ts) keeps the event summaries batch by batch
// (fresh-summaries.ts) and skips the rebuild before it commits; one that also changes events otherwise
// still rebuilds. Either way the summaries must equal a rebuild from the stored events.
import pg from 'pg';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { ConflictEvent } from '../../core/model/event.js';
import { buildEvent, buildSource, steppingClock } from '../../../test/factories.js';
import { describeWithPostgres } from '../../../test/support/postgres-cluster.js';
import { PostgresStore } from './postgres-store.js';
import { WRITE_SIZES } from './write-versions.js';

const SUMMARIES = ['event_type_summary', 'event_place_summary', 'event_actor_summary'];

/** Events whose summary keys repeat within and across writes, with every shape of toll and of participants. */
function events(from: number, count: number): ConflictEvent[] {
  const tolls = [undefined, { best: 0 }, { low: 2, high: 5 }, {}, { high: 0 }, { best: 7 }];
  return Array.from({ length: count }, (_, k) => {
    const n = from + k;
    const toll = tolls[n % tolls.length];
    return buildEvent(`e${n}`, {
      date: `2019-0${(n % 3) + 1}-1${n % 7}`,
      type: n % 2 === 0 ? 'armed_clash' : 'government_regains_territory',
      ...(n % 4 === 0 ? {} : { place: `place:p${n % 5}` }),
      ...(toll ? { fatalities: toll } : {}),
      participants: [
        { actor: `actor:a${n % 3}`, role: 'participant', ...(n % 2 === 0 ? { attribution: 'claimed' as const } : {}) },
        { actor: `actor:a${n % 3}`, role: 'perpetrator' },
        { actor: 'actor:b', role: 'target', attribution: 'alleged' },
      ],
    });
  });
}

describeWithPostgres('postgres: summaries kept by fresh writes', (cluster) => {
  let url: string;
  let client: pg.Client;
  let store: PostgresStore;
  beforeEach(async () => {
    url = await cluster().createDatabase();
    client = new pg.Client({ connectionString: url });
    await client.connect();
    store = await new PostgresStore({ url, clock: steppingClock(), bulkWhen: () => true, writeSizes: { ...WRITE_SIZES, stagedFrom: 10 } }).open();
  });
  afterEach(async () => {
    await store.close();
    await client.end();
  });

  const summaries = async () => {
    const out: Record<string, string[]> = {};
    for (const table of SUMMARIES)
      out[table] = (await client.query<{ j: string }>(`SELECT to_jsonb(t)::text AS j FROM ${table} t ORDER BY j`)).rows.map((r) => r.j);
    return out;
  };
  /** The summaries as a rebuild from the stored events makes them, the tables left as they were. */
  const rebuilt = async () => {
    await client.query('BEGIN');
    try {
      await client.query('SELECT rebuild_event_summaries()');
      return await summaries();
    } finally {
      await client.query('ROLLBACK');
    }
  };
  // The store's statements, counted so that a test cannot pass by rebuilding anyway.
  const queries = vi.spyOn(pg.Client.prototype, 'query');
  const rebuilds = () =>
    queries.mock.calls.filter(
      ([q], n) => queries.mock.contexts[n] !== client && String((q as { text?: unknown }).text ?? q).includes('SELECT rebuild_event_summaries()'),
    ).length;
  const write = (records: ConflictEvent[]) =>
    store.write(
      records.map((record) => ({ kind: 'event' as const, record })),
      { by: 't' },
    );

  it('adds each fresh write to the summaries and commits without a rebuild', async () => {
    await store.write([{ kind: 'source', record: buildSource() }], { by: 't' });
    const before = rebuilds();
    await store.bulk(90, async () => {
      for (let start = 0; start < 90; start += 30) await write(events(start, 30));
    });
    const kept = await summaries();
    expect(kept['event_type_summary']?.length).toBeGreaterThan(0);
    expect(kept['event_actor_summary']?.length).toBeGreaterThan(0);
    expect(kept).toEqual(await rebuilt());
    // A second series adds to what the first left, keys shared with it included.
    await store.bulk(30, () => write(events(90, 30)));
    expect(await summaries()).toEqual(await rebuilt());
    expect(rebuilds()).toBe(before);
  });

  it('rebuilds when the series also replaces or retires events', async () => {
    const before = rebuilds();
    await store.bulk(60, async () => {
      await write(events(0, 30));
      // Written again with other tolls: the staged path closes the first versions.
      await write(events(0, 30).map((e) => ({ ...e, fatalities: { best: 3 } })));
    });
    expect(await summaries()).toEqual(await rebuilt());
    await store.bulk(30, async () => {
      await write(events(30, 30));
      await store.retire('event', ['event:e31', 'event:e2'], { by: 't' });
    });
    expect(await summaries()).toEqual(await rebuilt());
    expect(rebuilds()).toBe(before + 2);
  });
});
