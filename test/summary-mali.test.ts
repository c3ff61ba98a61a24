// The event summaries on the Mali dataset: every aggregation they answer equals the scanning oracle,
// the trends the web and CLI draw are the same read from the summaries or from the scan, and a viewer
// who may not read a restricted source gets the same counts through the visibility layer.
import { beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_ADMIN, type Principal } from '../src/core/accounts.js';
import type { EventFilter, EventSplit, Store } from '../src/core/store-port.js';
import { loadDataset } from '../src/services/dataset/load-dataset.js';
import { trends, type TrendQuery } from '../src/services/queries/trends.js';
import { visibleStore } from '../src/services/visibility.js';
import { scanAggregateEvents, scanAggregateEventSpans } from '../src/store/query-oracles.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { readsParticipantEvents, summaryPlan } from '../src/store/summary-plan.js';
import { buildEventFilter } from '../src/services/queries/event-filter.js';

const SPLITS: readonly (EventSplit | undefined)[] = [undefined, 'type', 'place', 'actor', 'attribution'];
const VIEWER: Principal = { name: 'v', role: 'viewer', via: 'session' };

const TRENDS: TrendQuery[] = [
  { period: 'month', actors: ['actor:jnim'] },
  { period: 'month', actors: ['actor:jnim'], includeComponents: true, split: 'type' },
  { period: 'quarter', split: 'admin1' },
  { period: 'year', places: ['place:kidal'], split: 'actor' },
  { period: 'month', actors: ['actor:cma'], split: 'attribution', from: '2014-01', to: '2016-12' },
  { period: 'quarter', actors: ['actor:jnim'], attributions: ['claimed'] },
  // A coalition with its components (the participant index): each event once, or once per component.
  { period: 'month', actors: ['actor:jnim'], includeComponents: true },
  { period: 'quarter', actors: ['actor:jnim'], includeComponents: true, split: 'actor' },
  { period: 'year', actors: ['actor:jnim'], includeComponents: true, split: 'attribution', from: '2017-03', to: '2019-12' },
  { period: 'month', actors: ['actor:jnim'], includeComponents: true, split: 'admin1', attributions: ['claimed', 'attributed'] },
  { period: 'year', actors: ['actor:ansar-dine'], includeCoalitions: true, split: 'place' },
];

/** JNIM with its components, as the trend service builds the filter. */
const COALITION: TrendQuery = { period: 'month', actors: ['actor:jnim'], includeComponents: true };

describe('event summaries on the Mali dataset', () => {
  let store: SqliteStore;
  let scan: SqliteStore;
  let filters: EventFilter[];
  beforeAll(async () => {
    store = new SqliteStore({ path: ':memory:' });
    scan = new SqliteStore({ path: ':memory:', readSummaries: false });
    for (const s of [store, scan]) await loadDataset(s, 'data/mali', { by: 'test' });
    const events = await store.events();
    const actors = [...new Set(events.flatMap((e) => e.participants.map((p) => p.actor)))].sort();
    const places = [...new Set(events.flatMap((e) => (e.place ? [e.place] : [])))].sort();
    filters = [
      {},
      { from: '2013-01-01', to: '2015-12-31' },
      ...actors.map((actor) => ({ participants: [{ actor }] })),
      ...actors.map((actor) => ({ participants: [{ actor }], attributions: ['claimed' as const] })),
      ...places.map((place) => ({ places: [place], to: '2019-06-30' })),
    ];
  });

  it('every filter here is one the summaries answer', () => {
    for (const filter of filters) expect(summaryPlan(filter, 'actor') ?? summaryPlan(filter, undefined), JSON.stringify(filter)).toBeDefined();
  });

  it('aggregations read from the summaries equal the scanning oracle, for every actor and place', async () => {
    for (const filter of filters) {
      for (const split of SPLITS) expect(await store.aggregateEventSpans(filter, split)).toEqual(await scanAggregateEventSpans(store, filter, split));
      for (const by of ['month', 'year', 'place', 'type'] as const)
        expect(await store.aggregateEvents(filter, by)).toEqual(await scanAggregateEvents(store, filter, by));
    }
  });

  it('a coalition with its components equals the scanning oracle, after a component joins and leaves inside months and a shared event is retired', async () => {
    const expectCoalition = async () => {
      const filter = await buildEventFilter(store, COALITION, await store.list('place'));
      expect(filter.participants?.length).toBeGreaterThan(3);
      expect(readsParticipantEvents(filter) && summaryPlan(filter, undefined) === undefined).toBe(true);
      for (const split of SPLITS) expect(await store.aggregateEventSpans(filter, split)).toEqual(await scanAggregateEventSpans(store, filter, split));
      for (const by of ['month', 'year', 'place', 'type', 'actor'] as const)
        expect(await store.aggregateEvents(filter, by)).toEqual(await scanAggregateEvents(store, filter, by));
      for (const split of [undefined, 'actor', 'attribution', 'admin2'] as const)
        expect(await trends(store, { ...COALITION, ...(split ? { split } : {}) })).toEqual(await trends(scan, { ...COALITION, ...(split ? { split } : {}) }));
    };
    await expectCoalition();
    const memberships = await store.relationsOf(['actor:jnim'], { types: ['member_of'] });
    const components = new Set(memberships.filter((r) => r.to === 'actor:jnim').map((r) => r.from));
    // An event that two components share counts once for the coalition; retiring it takes it out once.
    const shared = (await store.events()).find((e) => new Set(e.participants.map((p) => p.actor).filter((a) => components.has(a))).size >= 2);
    expect(shared).toBeDefined();
    const redated = memberships.find((r) => r.from === 'actor:ansar-dine' && r.to === 'actor:jnim');
    expect(redated).toBeDefined();
    for (const s of [store, scan]) {
      if (redated) await s.write([{ kind: 'relation', record: { ...redated, valid: '2017-03-14/2019-06-20' } }], { by: 'test' });
      if (shared) await s.retire('event', [shared.id], { by: 'test' });
    }
    await expectCoalition();
  });

  it('trends are the same from the summaries and from the scan, for an admin and for a viewer after a source is restricted', async () => {
    const viewOf = (s: Store, who: Principal) => visibleStore(s, () => who);
    for (const query of TRENDS) expect(await trends(store, query), JSON.stringify(query)).toEqual(await trends(scan, query));
    for (const s of [store, scan]) {
      const [source] = await s.list('source');
      if (source) await s.write([{ kind: 'source', record: { ...source, restricted: true } }], { by: 'test' });
    }
    for (const query of TRENDS) {
      expect(await trends(viewOf(store, VIEWER), query)).toEqual(await trends(viewOf(scan, VIEWER), query));
      expect(await trends(viewOf(store, LOCAL_ADMIN), query)).toEqual(await trends(viewOf(scan, LOCAL_ADMIN), query));
    }
  });
});
