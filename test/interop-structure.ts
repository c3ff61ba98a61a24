// Our own structural checks for the GEXF 1.3 and GraphML exports: what the schemas require of our
// output, element by element. Independent readers check the same files too (interop-graphology.test.ts,
// interop-networkx.test.ts); the published XSDs are third-party files, neither fetched nor vendored.
import { create } from 'xmlbuilder2';

const GEXF = 'http://gexf.net/1.3';
const VIZ = 'http://gexf.net/1.3/viz';
const GRAPHML = 'http://graphml.graphdrawing.org/xmlns';
const DAY = /^\d{4}-\d{2}-\d{2}$/;

type El = Element;
const all = (root: El, ns: string, name: string): El[] => Array.from(root.getElementsByTagNameNS(ns, name));
const children = (el: El) => Array.from(el.childNodes).filter((n): n is El => n.nodeType === 1);

/** Problems with a GEXF 1.3 document; empty when it is well-formed and structurally valid. */
export function gexfProblems(xml: string): string[] {
  const problems: string[] = [];
  const root = create(xml).root().node as unknown as El;
  if (root.namespaceURI !== GEXF || root.localName !== 'gexf') problems.push('root is not gexf in the 1.3 namespace');
  if (root.getAttribute('version') !== '1.3') problems.push('version is not 1.3');
  const top = children(root).map((c) => c.localName);
  if (top.join(',') !== 'meta,graph') problems.push(`gexf children are ${top.join(',')}, expected meta,graph`);
  const [graph] = all(root, GEXF, 'graph');
  if (!graph) return [...problems, 'no graph'];
  if (!['static', 'dynamic'].includes(graph.getAttribute('mode') ?? 'static')) problems.push('bad graph mode');
  if (!['date', 'integer', 'double', 'dateTime'].includes(graph.getAttribute('timeformat') ?? 'double')) problems.push('bad timeformat');
  const declared = new Map<string, Set<string>>();
  for (const attrs of all(root, GEXF, 'attributes')) {
    const ids = new Set(all(attrs, GEXF, 'attribute').map((a) => a.getAttribute('id') ?? ''));
    declared.set(attrs.getAttribute('class') ?? '', ids);
  }
  const nodeIds = new Set<string>();
  const checkTime = (el: El, what: string) => {
    const start = el.getAttribute('start');
    const end = el.getAttribute('end');
    for (const t of [start, end]) if (t !== null && !DAY.test(t)) problems.push(`${what}: time ${t} is not a date`);
    if (start && end && start > end) problems.push(`${what}: start ${start} after end ${end}`);
  };
  for (const node of all(root, GEXF, 'node')) {
    const id = node.getAttribute('id');
    if (!id) problems.push('node without id');
    else if (nodeIds.has(id)) problems.push(`duplicate node ${id}`);
    else nodeIds.add(id);
    checkTime(node, `node ${id}`);
    for (const v of all(node, GEXF, 'attvalue'))
      if (!declared.get('node')?.has(v.getAttribute('for') ?? '')) problems.push(`node ${id}: undeclared attribute ${v.getAttribute('for')}`);
    for (const c of all(node, VIZ, 'color'))
      for (const ch of ['r', 'g', 'b'])
        if (!/^\d+$/.test(c.getAttribute(ch) ?? '') || Number(c.getAttribute(ch)) > 255) problems.push(`node ${id}: bad colour`);
  }
  const edgeIds = new Set<string>();
  for (const edge of all(root, GEXF, 'edge')) {
    const id = edge.getAttribute('id') ?? '';
    if (edgeIds.has(id)) problems.push(`duplicate edge ${id}`);
    edgeIds.add(id);
    for (const end of ['source', 'target']) if (!nodeIds.has(edge.getAttribute(end) ?? '')) problems.push(`edge ${id}: unknown ${end}`);
    if (!['directed', 'undirected', 'mutual', null].includes(edge.getAttribute('type'))) problems.push(`edge ${id}: bad type`);
    checkTime(edge, `edge ${id}`);
    for (const v of all(edge, GEXF, 'attvalue')) if (!declared.get('edge')?.has(v.getAttribute('for') ?? '')) problems.push(`edge ${id}: undeclared attribute`);
  }
  return problems;
}

/** Problems with a GraphML document. */
export function graphmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const root = create(xml).root().node as unknown as El;
  if (root.namespaceURI !== GRAPHML || root.localName !== 'graphml') problems.push('root is not graphml');
  const kids = children(root).map((c) => c.localName);
  const firstGraph = kids.indexOf('graph');
  if (kids.slice(firstGraph).includes('key')) problems.push('key after graph');
  const keys = new Map(all(root, GRAPHML, 'key').map((k) => [k.getAttribute('id') ?? '', k.getAttribute('for') ?? 'all']));
  for (const k of all(root, GRAPHML, 'key'))
    if (!['boolean', 'int', 'long', 'float', 'double', 'string', null].includes(k.getAttribute('attr.type'))) problems.push('bad attr.type');
  const nodeIds = new Set(all(root, GRAPHML, 'node').map((n) => n.getAttribute('id') ?? ''));
  if (nodeIds.size !== all(root, GRAPHML, 'node').length) problems.push('duplicate node ids');
  for (const [what, name] of [
    ['node', 'node'],
    ['edge', 'edge'],
  ] as const)
    for (const el of all(root, GRAPHML, name))
      for (const d of all(el, GRAPHML, 'data')) {
        const scope = keys.get(d.getAttribute('key') ?? '');
        if (scope !== what && scope !== 'all') problems.push(`${what} ${el.getAttribute('id')}: data for undeclared key ${d.getAttribute('key')}`);
      }
  for (const e of all(root, GRAPHML, 'edge'))
    for (const end of ['source', 'target']) if (!nodeIds.has(e.getAttribute(end) ?? '')) problems.push(`edge ${e.getAttribute('id')}: unknown ${end}`);
  return problems;
}
