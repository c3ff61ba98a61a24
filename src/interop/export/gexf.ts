import { create } from 'xmlbuilder2';
import { KIND_COLORS, rgb } from '../draw/palette.js';
import type { GraphEdge, GraphNode } from './graph-model.js';

export const GEXF_NS = 'http://gexf.net/1.3';
const VIZ_NS = 'http://gexf.net/1.3/viz';

/**
 * GEXF 1.3 with time intervals (`timeformat="date"`): nodes and edges carry `start`/`end`, so
 * Gephi's timeline filters the network by date; node colours follow the actor kind.
 *
 * Valid against GEXF 1.3's RelaxNG grammar, the reference: no `xsi:schemaLocation`, which the
 * grammar refuses and no reader needs. Its XSD refuses `viz:color`, a defect of that schema (its
 * `viz.xsd` has no target namespace), so the colours stay in the viz namespace as Gephi writes them.
 */
export function toGexf(graph: { nodes: GraphNode[]; edges: GraphEdge[] }, meta: { date: string; description: string }): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(GEXF_NS, 'gexf', {
    version: '1.3',
    'xmlns:viz': VIZ_NS,
  });
  const head = root.ele('meta', { lastmodifieddate: meta.date });
  head.ele('creator').txt('Faultline');
  head.ele('description').txt(meta.description);
  const g = root.ele('graph', { mode: 'dynamic', defaultedgetype: 'directed', timeformat: 'date', timerepresentation: 'interval' });
  const nodeAttrs = g.ele('attributes', { class: 'node', mode: 'static' });
  nodeAttrs.ele('attribute', { id: 'kind', title: 'kind', type: 'string' });
  nodeAttrs.ele('attribute', { id: 'country', title: 'country', type: 'string' });
  nodeAttrs.ele('attribute', { id: 'acled_type', title: 'ACLED actor type', type: 'string' });
  const edgeAttrs = g.ele('attributes', { class: 'edge', mode: 'static' });
  edgeAttrs.ele('attribute', { id: 'relation', title: 'relation type', type: 'string' });
  edgeAttrs.ele('attribute', { id: 'valid', title: 'valid time (EDTF)', type: 'string' });
  edgeAttrs.ele('attribute', { id: 'sign', title: 'sign', type: 'integer' });
  edgeAttrs.ele('attribute', { id: 'role', title: 'role', type: 'string' });
  const nodes = g.ele('nodes');
  for (const n of graph.nodes) {
    const node = nodes.ele('node', { id: n.id, label: n.label, ...bounds(n) });
    const values = node.ele('attvalues');
    values.ele('attvalue', { for: 'kind', value: n.kind });
    if (n.country) values.ele('attvalue', { for: 'country', value: n.country });
    if (n.acledType) values.ele('attvalue', { for: 'acled_type', value: n.acledType });
    node.ele(VIZ_NS, 'viz:color', { ...rgbText(KIND_COLORS[n.kind]) });
  }
  const edges = g.ele('edges');
  for (const e of graph.edges) {
    const edge = edges.ele('edge', {
      id: e.id,
      source: e.source,
      target: e.target,
      label: e.label,
      ...(e.directed ? {} : { type: 'undirected' }),
      ...bounds(e),
    });
    const values = edge.ele('attvalues');
    values.ele('attvalue', { for: 'relation', value: e.type });
    values.ele('attvalue', { for: 'valid', value: e.valid });
    values.ele('attvalue', { for: 'sign', value: String(e.sign) });
    if (e.role) values.ele('attvalue', { for: 'role', value: e.role });
  }
  return root.end({ prettyPrint: true }) + '\n';
}

const bounds = (x: { start?: string; end?: string }) => ({ ...(x.start ? { start: x.start } : {}), ...(x.end ? { end: x.end } : {}) });

function rgbText(hex: string): Record<string, string> {
  const { r, g, b } = rgb(hex);
  return { r: String(r), g: String(g), b: String(b) };
}
