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
import { summaryPlan } from '../src/store/summary-plan.js';

const SPLITS: readonly (EventSplit | undefined)[] = [undefined, 'type', 'place', 'actor', 'attribution'];
const VIEWER: Principal = { name: 'v', role: 'viewer', via: 'session' };

const TRENDS: TrendQuery[] = [
  { period: 'month', actors: ['actor:jnim'] },
  { period: 'month', actors: ['actor:jnim'], includeComponents: true, split: 'type' },
  { period: 'quarter', split: 'admin1' },
  { period: 'year', places: ['place:kidal'], split: 'actor' },
  { period: 'month', actors: ['actor:cma'], split: 'attribution', from: '2014-01', to: '2016-12' },
  { period: 'quarter', actors: ['actor:jnim'], attributions: ['claimed'] },
];

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
