import { create } from 'xmlbuilder2';
import type { GraphEdge, GraphNode } from './graph-model.js';

export const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';

const NODE_KEYS = [
  ['label', 'string'],
  ['kind', 'string'],
  ['country', 'string'],
  ['acled_type', 'string'],
  ['start', 'string'],
  ['end', 'string'],
] as const;
const EDGE_KEYS = [
  ['relation', 'string'],
  ['label', 'string'],
  ['directed', 'boolean'],
  ['valid', 'string'],
  ['sign', 'int'],
  ['role', 'string'],
  ['start', 'string'],
  ['end', 'string'],
] as const;

/**
 * GraphML: the same graph as the GEXF export, with dates as data (GraphML has no time model). Every
 * edge is written directed and a symmetric relation says so in its `directed` data: NetworkX refuses
 * a graph that mixes directed and undirected edges, and graphology-graphml reads `directed="false"`
 * as directed.
 */
export function toGraphml(graph: { nodes: GraphNode[]; edges: GraphEdge[] }): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(GRAPHML_NS, 'graphml', {
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': `${GRAPHML_NS} ${GRAPHML_NS}/1.0/graphml.xsd`,
  });
  for (const [name, type] of NODE_KEYS) root.ele('key', { id: `n_${name}`, for: 'node', 'attr.name': name, 'attr.type': type });
  for (const [name, type] of EDGE_KEYS) root.ele('key', { id: `e_${name}`, for: 'edge', 'attr.name': name, 'attr.type': type });
  const g = root.ele('graph', { id: 'faultline', edgedefault: 'directed' });
  for (const n of graph.nodes) {
    const node = g.ele('node', { id: n.id });
    const values: Record<string, string | undefined> = {
      label: n.label,
      kind: n.kind,
      country: n.country,
      acled_type: n.acledType,
      start: n.start,
      end: n.end,
    };
    for (const [name] of NODE_KEYS) if (values[name] !== undefined) node.ele('data', { key: `n_${name}` }).txt(values[name]);
  }
  for (const e of graph.edges) {
    const edge = g.ele('edge', { id: e.id, source: e.source, target: e.target });
    const values: Record<string, string | undefined> = {
      relation: e.type,
      label: e.label,
      directed: String(e.directed),
      valid: e.valid,
      sign: String(e.sign),
      role: e.role,
      start: e.start,
      end: e.end,
    };
    for (const [name] of EDGE_KEYS) if (values[name] !== undefined) edge.ele('data', { key: `e_${name}` }).txt(values[name]);
  }
  return root.end({ prettyPrint: true }) + '\n';
}
