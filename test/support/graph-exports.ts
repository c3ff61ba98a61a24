// A store's GEXF and GraphML exports, written as `faultline export` writes them, beside the graph they
// were made from, for the suites that read them back with other tools.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from '../../src/core/store-port.js';
import { graphModel, type GraphEdge, type GraphNode } from '../../src/interop/export/graph-model.js';
import { loadDataset } from '../../src/services/dataset/load-dataset.js';
import { exportTo } from '../../src/services/interop/export-file.js';
import { loadPublishable } from '../../src/services/interop/load-publishable.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';

/** Both files (path and text) and the graph model the exporter wrote them from. */
export interface GraphExports {
  gexfFile: string;
  graphmlFile: string;
  gexf: string;
  graphml: string;
  model: { nodes: GraphNode[]; edges: GraphEdge[] };
}

export async function exportGraphs(store: Store): Promise<GraphExports> {
  const dir = mkdtempSync(join(tmpdir(), 'faultline-graphs-'));
  const gexfFile = join(dir, 'graph.gexf');
  const graphmlFile = join(dir, 'graph.graphml');
  await exportTo(store, 'gexf', gexfFile, { clock: () => new Date('2026-02-01T00:00:00Z') });
  await exportTo(store, 'graphml', graphmlFile);
  const model = graphModel((await loadPublishable(store)).records);
  return { gexfFile, graphmlFile, gexf: readFileSync(gexfFile, 'utf8'), graphml: readFileSync(graphmlFile, 'utf8'), model };
}

/** The shipped Mali dataset in a fresh in-memory store. */
export async function maliStore(): Promise<SqliteStore> {
  const store = new SqliteStore({ path: ':memory:' });
  await loadDataset(store, 'data/mali', { by: 'test' });
  return store;
}
