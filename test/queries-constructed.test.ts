// The query layer on small constructed stores: component windows, places inside regions, D7 through
// the store, reading as recorded, and the same answers from an adapter without the optional methods.
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Store } from '../src/core/store-port.js';
import { createApp } from '../src/server/app.js';
import { events } from '../src/services/queries/events.js';
import { genealogy } from '../src/services/queries/genealogy.js';
import { snapshot } from '../src/services/queries/snapshot.js';
import { SQLITE_MIGRATIONS } from '../src/store/sqlite/migrations.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { buildActor, buildClaim, buildEvent, buildRelation, buildSource, steppingClock } from './factories.js';
import { scanAggregateEvents, scanFilterEvents, scanRelationsOf } from '../src/store/query-oracles.js';

async function world(): Promise<SqliteStore> {
  const store = new SqliteStore({ path: ':memory:', clock: steppingClock() });
  await store.write(
    [
      { kind: 'source', record: buildSource({ date: '2016-03' }) },
      { kind: 'actor', record: buildActor('coal', { kind: 'coalition' }) },
      { kind: 'actor', record: buildActor('b') },
      { kind: 'actor', record: buildActor('old') },
      { kind: 'place', record: { id: 'place:region', kind: 'region', name: 'Region', country: 'ML' } },
      { kind: 'place', record: { id: 'place:town', kind: 'town', name: 'Town', country: 'ML', parent: 'place:region' } },
      { kind: 'relation', record: buildRelation('b-in-coal', { from: 'actor:b', to: 'actor:coal', valid: '2017-03/..' }) },
      { kind: 'relation', record: buildRelation('b-from-old', { type: 'split_from', from: 'actor:b', to: 'actor:old', valid: '2015-05' }) },
      { kind: 'relation', record: buildRelation('old-ally', { type: 'allied_with', from: 'actor:old', to: 'actor:coal', valid: '2015/..' }) },
      { kind: 'claim', record: buildClaim('rel:old-ally', 1) },
      {
        kind: 'event',
        record: buildEvent('b-2016', {
          date: '2016-06',
          place: 'place:town',
          participants: [{ actor: 'actor:b', role: 'perpetrator' }],
          fatalities: { best: 5 },
        }),
      },
      {
        kind: 'event',
        record: buildEvent('b-2018', {
          date: '2018-01-10',
          place: 'place:town',
          participants: [{ actor: 'actor:b', role: 'perpetrator', attribution: 'alleged' }],
          fatalities: { best: 2 },
        }),
      },
      {
        kind: 'event',
        record: buildEvent('coal-2018', { date: '2018-02', place: 'place:region', participants: [{ actor: 'actor:coal', role: 'perpetrator' }] }),
      },
    ],
    { by: 't' },
  );
  return store;
}

/** The same store with its indexed queries answered by scans (the oracles), so a service's answer can be compared. */
function basic(store: Store): Store {
  const scans: Partial<Store> = {
    relationsOf: (ids, options) => scanRelationsOf(store, ids, options),
    filterEvents: (filter) => scanFilterEvents(store, filter),
    aggregateEvents: (filter, by) => scanAggregateEvents(store, filter, by),
  };
  return new Proxy(store, { get: (target, key) => (scans as Record<string | symbol, unknown>)[key] ?? Reflect.get(target, key, target) });
}

describe('events with components and coalitions', () => {
  it('counts a component only while it is a member, and a coalition only while the component belongs', async () => {
    for (const store of [await world(), basic(await world())]) {
      const coal = await events(store, { actors: ['actor:coal'], includeComponents: true, by: 'actor' });
      expect(coal.events.map((e) => e.id)).toEqual(['event:b-2018', 'event:coal-2018']);
      expect(coal.groups.map((g) => [g.key, g.events, g.fatalities.best])).toEqual([
        ['actor:b', 1, 2],
        ['actor:coal', 1, 0],
      ]);
      const b = await events(store, { actors: ['actor:b'], includeCoalitions: true, by: 'year' });
      expect(b.groups.map((g) => [g.key, g.events])).toEqual([
        ['2016', 1],
        ['2018', 2],
      ]);
      const alleged = await events(store, { actors: ['actor:b'], attributions: ['alleged'], limit: 0 });
      expect(alleged.total.events).toBe(1);
    }
  });

  it('a region includes the places inside it, and groups them under it', async () => {
    for (const store of [await world(), basic(await world())]) {
      const e = await events(store, { places: ['place:region'], by: 'region' });
      expect(e.groups.map((g) => [g.key, g.events, g.fatalities.best])).toEqual([['place:region', 3, 7]]);
      expect((await events(store, { places: ['place:town'], limit: 0 })).total.events).toBe(2);
    }
  });
});

describe('snapshot and genealogy through the store', () => {
  it('D7, D8: an open-ended alliance is definite up to its latest source (March 2016), presumed for 24 months, then not known', async () => {
    const store = await world();
    const tie = async (asOf: string) => (await snapshot(store, { asOf })).ties.find((t) => t.id === 'rel:old-ally')?.certainty;
    expect(await tie('2016-02')).toBe('definite');
    expect(await tie('2017-06')).toBe('presumed');
    expect(await tie('2018-04')).toBeUndefined();
    expect(await tie('2014-06')).toBeUndefined();
  });

  it('genealogy follows splits both ways and lists components with their dates, with or without the index', async () => {
    for (const store of [await world(), basic(await world())]) {
      expect((await genealogy(store, 'actor:b')).ancestors.map((s) => [s.elder, s.type, s.valid])).toEqual([['actor:old', 'split_from', '2015-05']]);
      expect((await genealogy(store, 'actor:old')).descendants.map((s) => s.younger)).toEqual(['actor:b']);
      expect((await genealogy(store, 'actor:coal')).components.map((c) => [c.actor, c.from, c.to])).toEqual([['actor:b', '2017-03-01', null]]);
    }
  });

  it('reads the graph as recorded before a later change', async () => {
    const store = await world();
    const before = (await store.write([{ kind: 'actor', record: buildActor('late') }], { by: 't' })).recordedAt;
    await store.write([{ kind: 'relation', record: buildRelation('late-in-coal', { from: 'actor:late', to: 'actor:coal', valid: '2016/..' }) }], { by: 't' });
    expect((await snapshot(store, { asOf: '2017' })).actors.map((a) => a.id)).toContain('actor:late');
    expect((await snapshot(store, { asOf: '2017', recordedAt: before })).actors.map((a) => a.id)).not.toContain('actor:late');
  });
});

describe('the query API', () => {
  it('answers every query endpoint, and maps bad input to 400', async () => {
    const app = createApp(await world());
    for (const url of [
      '/api/snapshot?asOf=2017-06',
      '/api/actors/actor:coal/timeline',
      '/api/actors/actor:coal/genealogy',
      '/api/path?from=actor:b&to=actor:old&asOf=2018',
      '/api/diff?from=2015&to=2018',
      '/api/event-stats?actor=actor:coal&components=true&by=month',
      '/api/event-stats?place=Town,place:region&by=admin1',
      '/api/disputes',
      '/api/metrics?asOf=2018',
      '/api/metrics/series?from=2015&to=2018',
    ]) {
      const response = await app.request(url);
      expect(response.status, url).toBe(200);
    }
    expect((await app.request('/api/snapshot?asOf=June')).status).toBe(400);
    expect((await app.request('/api/snapshot')).status).toBe(400);
    expect((await app.request('/api/actors/actor:nobody/genealogy')).status).toBe(404);
    // A place named rather than given by id: a name no place has is a 404 that says so.
    const unknown = await app.request('/api/event-stats?place=Nowhere');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { message: expect.stringContaining('no place is named') } });
  });
});

describe('SQLite migration 2', () => {
  it('backfills participants and fatalities of events stored before it', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'faultline-m2-')), 'old.db');
    const db = new Database(file);
    const first = SQLITE_MIGRATIONS[0];
    if (!first) throw new Error('no migration 1');
    db.exec('CREATE TABLE migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    db.exec(first.sql);
    db.prepare('INSERT INTO migrations VALUES (1, ?, ?)').run(first.name, '2026-01-01');
    const event = buildEvent('old', { date: '2016-07-21', fatalities: { low: 3 } });
    db.prepare(
      `INSERT INTO records (kind, id, version, body, recorded_from, recorded_by, lo, hi, c) VALUES ('event', ?, 1, ?, '2026-01-01', 't', '2016-07-21', '2016-07-21', 'armed_clash')`,
    ).run(event.id, JSON.stringify(event));
    db.close();
    const store = new SqliteStore({ path: file });
    expect(await store.aggregateEvents({ participants: [{ actor: 'actor:a' }] }, 'month')).toEqual([
      { key: '2016-07', events: 1, imprecise: 0, fatalities: { low: 3, best: 3, high: 3 } },
    ]);
    await store.close();
  });
});
