// Ties folded on write (docs/decisions/0010) against the read-time fold, the oracle: the same snapshot on
// the Mali dataset and on a generated world, for readers of restricted sources and for those who may not
// read them, after writes, retirements, a source restricted and a source redated.
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateWorld } from '../bench/generate.js';
import type { Principal } from '../src/core/accounts.js';
import type { Change, Store } from '../src/core/store-port.js';
import { loadDataset } from '../src/services/dataset/load-dataset.js';
import { snapshot } from '../src/services/queries/snapshot.js';
import { visibleStore } from '../src/services/visibility.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';

/** The same store without folded ties: every snapshot folds at read time. */
const readTime = (store: Store): Store => new Proxy(store, { get: (target, key) => (key === 'foldedTies' ? undefined : Reflect.get(target, key, target)) });

const VIEWER: Principal = { name: 'v', role: 'viewer', via: 'session' };
const REVIEWER: Principal = { name: 'r', role: 'reviewer', via: 'session' };

async function expectSameSnapshots(store: SqliteStore, dates: readonly string[]): Promise<number> {
  let ties = 0;
  for (const principal of [REVIEWER, VIEWER]) {
    const fast = visibleStore(store, () => principal);
    const slow = visibleStore(readTime(store), () => principal);
    for (const asOf of dates) {
      const folded = await snapshot(fast, { asOf });
      expect(folded, `${principal.role} ${asOf}`).toEqual(await snapshot(slow, { asOf }));
      ties += folded.ties.length;
    }
  }
  // The folded path was taken: the store answered from its folds.
  expect(await store.foldedTies('2017-06-01', '2017-06-30')).toBeDefined();
  return ties;
}

const MALI_DATES = ['2008', '2012-06', '2013-01-15', '2015-06', '2016-09', '2017-03', '2017-06', '2019', '2020-08-18', '2023-06', '2025'];

describe('snapshot folded on write equals the read-time fold', () => {
  describe('on the Mali dataset', () => {
    let store: SqliteStore;
    beforeAll(async () => {
      store = new SqliteStore({ path: ':memory:' });
      await loadDataset(store, 'data/mali', { by: 'test' });
    });

    it('as loaded', async () => {
      expect(await expectSameSnapshots(store, MALI_DATES)).toBeGreaterThan(500);
    });

    it('after a source is restricted, another redated, a tie edited and retired, a claim rejected and an actor ended', async () => {
      const sources = await store.list('source');
      const cited = new Map<string, number>();
      for (const claim of await store.claims({ statuses: ['accepted'] }))
        if (claim.subject.startsWith('rel:')) for (const e of claim.evidence) cited.set(e.source, (cited.get(e.source) ?? 0) + 1);
      const [busiest, second] = [...cited].sort((a, b) => b[1] - a[1]).map(([id]) => sources.find((s) => s.id === id));
      if (!busiest || !second) throw new Error('the dataset cites no sources');
      const relations = await store.list('relation');
      const [first, other] = relations.filter((r) => r.type === 'member_of');
      const claim = (await store.claims({ statuses: ['accepted'] })).find((c) => c.subject.startsWith('rel:') && c.subject !== first?.id);
      const actor = (await store.list('actor')).find((a) => a.kind === 'armed_group' && !a.existed);
      if (!first || !other || !claim || !actor) throw new Error('the dataset lacks what this test edits');
      const changes: Change[] = [
        { kind: 'source', record: { ...busiest, restricted: true } },
        { kind: 'source', record: { ...second, date: '2024-02' } },
        { kind: 'relation', record: { ...other, valid: '2014/2016' } },
        { kind: 'claim', record: { ...claim, status: 'rejected' } },
        { kind: 'actor', record: { ...actor, existed: '2010/2015-06' } },
      ];
      await store.write(changes, { by: 'test' });
      await store.retire('relation', [first.id], { by: 'test' });
      expect(await expectSameSnapshots(store, MALI_DATES)).toBeGreaterThan(500);
    });
  });

  it('a database from before migration 8 gets its folds built from its records', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'faultline-fold-')), 'old.db');
    const first = new SqliteStore({ path: file });
    await loadDataset(first, 'data/mali', { by: 'test' });
    await first.close();
    const raw = new Database(file);
    raw.exec(`DROP TABLE tie_folds_span; DROP TABLE tie_folds; DROP TABLE tie_fold_sources; DROP TABLE actor_lifespans; DROP TABLE tie_fold_state;
              DELETE FROM migrations WHERE version = 8;`);
    raw.close();
    const upgraded = new SqliteStore({ path: file });
    expect(await expectSameSnapshots(upgraded, ['2012-06', '2017-06'])).toBeGreaterThan(100);
    await upgraded.close();
  });

  it('folds made under earlier rules are made again, not served', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'faultline-fold-')), 'rules.db');
    const first = new SqliteStore({ path: file });
    await loadDataset(first, 'data/mali', { by: 'test' });
    expect(await first.foldedTies('2012-06-01', '2012-06-30')).toBeDefined();
    await first.close();
    // As a database folded before TIE_RULES was last changed: no row names today's rules, and a fold
    // holds bounds that today's rules do not give (the tie reaching back without limit).
    const raw = new Database(file);
    raw.exec(`DELETE FROM tie_fold_state WHERE name LIKE 'rules %'; UPDATE tie_folds SET start_earliest = '0001-01-01';
              UPDATE tie_folds_span SET first_day = -1000000;`);
    raw.close();
    const reopened = new SqliteStore({ path: file });
    expect(await expectSameSnapshots(reopened, ['2008', '2012-06', '2017-06'])).toBeGreaterThan(100);
    await reopened.close();
  });

  it('on a generated world, written in one series, then edited', async () => {
    const world = generateWorld(400, 2, 11);
    const store = new SqliteStore({ path: ':memory:' });
    const changes: Change[] = [
      ...world.sources.map((record) => ({ kind: 'source' as const, record })),
      ...world.places.map((record) => ({ kind: 'place' as const, record })),
      ...world.actors.map((record) => ({ kind: 'actor' as const, record })),
    ];
    for (const { claims, ...relation } of world.relations) {
      changes.push({ kind: 'relation', record: relation });
      for (const record of claims) changes.push({ kind: 'claim', record });
    }
    for (const record of world.events) changes.push({ kind: 'event', record });
    await store.bulk(changes.length, () => store.write(changes, { by: 'test', trusted: true }));
    const dates = ['2000', '2005-06', '2010-01-01', '2012-06', '2016'];
    expect(await expectSameSnapshots(store, dates)).toBeGreaterThan(1000);

    const [source] = world.sources;
    const ties = (await store.list('relation')).slice(0, 40);
    await store.write(
      [
        ...(source ? [{ kind: 'source' as const, record: { ...source, restricted: true } }] : []),
        ...ties.slice(0, 20).map((r) => ({ kind: 'relation' as const, record: { ...r, valid: '2009/..' } })),
      ],
      { by: 'test' },
    );
    await store.retire(
      'relation',
      ties.slice(20).map((r) => r.id),
      { by: 'test' },
    );
    await store.retire('actor', ['actor:a3', 'actor:a7'], { by: 'test' });
    expect(await expectSameSnapshots(store, dates)).toBeGreaterThan(1000);
    await store.close();
  });
});
