// One definition of blocs: on the Mali dataset, the blocs the web network colours in a month are the
// blocs `faultline metrics --as-of` that month lists (both call src/analysis/blocs.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../src/services/dataset/load-dataset.js';
import { metrics } from '../src/services/queries/metrics.js';
import { ties } from '../src/services/queries/ties.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { visibleBlocs } from '../web/src/features/network/blocs.js';
import { buildNetworkGraph, visibleGraph, type NetworkGraph } from '../web/src/features/network/graph.js';
import { networkTies, type NetworkFilter } from '../web/src/features/network/model.js';

const MONTHS = ['2013-01', '2017-06', '2024-01'];

/** The network view as it opens: every kind and relation type, possible and presumed ties shown. */
function openFilter(graph: NetworkGraph, month: string): NetworkFilter {
  const kinds = new Set<string>();
  const types = new Set<string>();
  graph.forEachNode((_node, attributes) => kinds.add(attributes.kind));
  graph.forEachEdge((_edge, attributes) => attributes.ties.forEach((t) => types.add(t.type)));
  return { month, kinds, types, showPossible: true, showPresumed: true };
}

describe('blocs on the Mali dataset', () => {
  let store: SqliteStore;
  let graph: NetworkGraph;
  beforeAll(async () => {
    store = new SqliteStore({ path: ':memory:' });
    await loadDataset(store, 'data/mali', { by: 'test' });
    const actors = new Map((await store.list('actor')).map((a) => [a.id, a]));
    graph = buildNetworkGraph(networkTies((await ties(store)).ties, actors), actors);
  });

  it.each(MONTHS)('%s: the web network colours the blocs `faultline metrics` lists, in the same order', async (month) => {
    const web = visibleBlocs(graph, visibleGraph(graph, openFilter(graph, month)));
    const cli = await metrics(store, month);
    expect(cli.blocs).toEqual(web.blocs.map((b) => ({ community: b.index, members: b.members })));
    expect(cli.communities).toEqual({ count: web.blocs.length, modularity: web.modularity });
    // Blocs worth the name: more than one bloc of several actors.
    expect(web.blocs.filter((b) => b.members.length > 1).length).toBeGreaterThan(1);
  });
});
