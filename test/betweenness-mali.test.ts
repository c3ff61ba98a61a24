// Betweenness on the shipped Mali dataset: breadth-first (what the metrics now use) against
// graphology-metrics' default, which reads edge weights through Dijkstra, on several dates.
import { beforeAll, describe, expect, it } from 'vitest';
import { betweennessOf } from '../src/analysis/betweenness.js';
import { snapshotGraph } from '../src/analysis/graph.js';
import { betweennessCentrality } from '../src/analysis/graph-lib.js';
import { loadDataset } from '../src/services/dataset/load-dataset.js';
import { snapshot } from '../src/services/queries/snapshot.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';

describe('betweenness on the Mali dataset', () => {
  let store: SqliteStore;
  beforeAll(async () => {
    store = new SqliteStore({ path: ':memory:' });
    await loadDataset(store, 'data/mali', { by: 'test' });
  });

  for (const asOf of ['2012-04', '2015-06', '2017-06', '2020', '2023'])
    it(`is graphology-metrics' betweenness on ${asOf}, computed exactly`, async () => {
      const graph = snapshotGraph(await snapshot(store, { asOf }));
      expect(graph.size).toBeGreaterThan(10);
      const ours = betweennessOf(graph);
      expect(ours).toMatchObject({ exact: true, sources: graph.order });
      const oracle = betweennessCentrality(graph, { normalized: true });
      expect(Object.keys(ours.scores)).toEqual(Object.keys(oracle));
      for (const [id, value] of Object.entries(oracle)) expect(ours.scores[id]).toBeCloseTo(value, 12);
      expect(Object.values(oracle).some((v) => v > 0)).toBe(true);
    });
});
