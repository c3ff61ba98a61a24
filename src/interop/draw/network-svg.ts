import type { InForce } from '../../core/ties/tie-span.js';
import type { ActorKind } from '../../core/vocab/actor-kinds.js';
import { KIND_COLORS, LINE, MUTED, NEGATIVE, NEUTRAL, POSITIVE } from './palette.js';
import { r, svgPage, text, textWidth } from './svg-doc.js';

export type EdgeSign = 'positive' | 'negative' | 'ambivalent' | 'unsigned';

/** Definite ties strong, possible ones faint, presumed ones (D8) fainter still. */
const EDGE_OPACITY: Record<InForce, string> = { definite: '0.85', possible: '0.4', presumed: '0.25' };

/** What a network picture shows: actors in force on a day and the ties between them. */
export interface NetworkPicture {
  title: string;
  subtitle: string;
  nodes: { id: string; name: string; kind: ActorKind; certainty: InForce }[];
  edges: { source: string; target: string; sign: EdgeSign; certainty: InForce; label?: string }[];
  positions: ReadonlyMap<string, { x: number; y: number }>;
}

const EDGE_STYLE: Record<EdgeSign, { color: string; dash: string; label: string }> = {
  positive: { color: POSITIVE, dash: '', label: 'allied / supportive (+)' },
  negative: { color: NEGATIVE, dash: '7 4', label: 'hostile (−)' },
  ambivalent: { color: '#b9770e', dash: '2 3', label: 'both (±)' },
  unsigned: { color: NEUTRAL, dash: '', label: 'membership, leadership, other' },
};

const WIDTH = 1400;
const HEIGHT = 1000;
const MARGIN = { top: 80, right: 260, bottom: 40, left: 40 };

/**
 * Actors as discs coloured by kind and sized by degree, ties styled by sign (green solid +, red dashed −),
 * ties only possibly in force drawn faint, ties only presumed (D8) fainter and dotted; a legend of kinds
 * and signs on the right.
 */
export function networkSvg(p: NetworkPicture): string {
  const page = svgPage(WIDTH, HEIGHT, p.title);
  const root = page.root;
  text(root, 24, 34, p.title, { 'font-size': '20', 'font-weight': 'bold' });
  text(root, 24, 56, p.subtitle, { 'font-size': '12', fill: MUTED });
  const points = p.nodes.map((n) => p.positions.get(n.id) ?? { x: 0, y: 0 });
  // A loop, not Math.min(...xs): spreading the points of a very large network would overflow the stack.
  let [minX, maxX, minY, maxY] = [0, 1, 0, 1];
  for (const q of points) [minX, maxX, minY, maxY] = [Math.min(minX, q.x), Math.max(maxX, q.x), Math.min(minY, q.y), Math.max(maxY, q.y)];
  const w = WIDTH - MARGIN.left - MARGIN.right;
  const h = HEIGHT - MARGIN.top - MARGIN.bottom;
  const scale = Math.min(w / Math.max(maxX - minX, 1e-6), h / Math.max(maxY - minY, 1e-6));
  const at = (id: string) => {
    const q = p.positions.get(id) ?? { x: minX, y: minY };
    return { x: MARGIN.left + (q.x - minX) * scale + (w - (maxX - minX) * scale) / 2, y: MARGIN.top + (q.y - minY) * scale + (h - (maxY - minY) * scale) / 2 };
  };
  const degree = new Map<string, number>();
  for (const e of p.edges) for (const id of [e.source, e.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
  const radius = (id: string) => 4 + Math.sqrt(degree.get(id) ?? 0) * 2.2;

  const edges = root.ele('g', { id: 'ties' });
  for (const e of p.edges) {
    const a = at(e.source);
    const b = at(e.target);
    const style = EDGE_STYLE[e.sign];
    edges.ele('line', {
      x1: r(a.x),
      y1: r(a.y),
      x2: r(b.x),
      y2: r(b.y),
      stroke: style.color,
      'stroke-width': e.sign === 'unsigned' ? '1' : '1.8',
      'stroke-opacity': EDGE_OPACITY[e.certainty],
      ...(e.certainty === 'presumed' ? { 'stroke-dasharray': '1.5 3' } : style.dash ? { 'stroke-dasharray': style.dash } : {}),
    });
  }
  const nodes = root.ele('g', { id: 'actors' });
  // Labels go to the biggest nodes first, and only where they do not overlap a label already placed.
  const placed: { x0: number; x1: number; y0: number; y1: number }[] = [];
  const byDegree = [...p.nodes].sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || a.id.localeCompare(b.id));
  for (const n of p.nodes) {
    const q = at(n.id);
    nodes.ele('circle', {
      cx: r(q.x),
      cy: r(q.y),
      r: r(radius(n.id)),
      fill: KIND_COLORS[n.kind],
      'fill-opacity': n.certainty === 'definite' ? '0.95' : '0.45',
      stroke: '#fff',
      'stroke-width': '1.2',
    });
  }
  const labels = root.ele('g', { id: 'labels' });
  for (const n of byDegree) {
    const q = at(n.id);
    const name = n.name.length > 30 ? n.name.slice(0, 29) + '…' : n.name;
    const size = (degree.get(n.id) ?? 0) >= 6 ? 12 : 10;
    const box = { x0: q.x + radius(n.id) + 2, x1: q.x + radius(n.id) + 2 + textWidth(name, size), y0: q.y - size / 2 - 1, y1: q.y + size / 2 + 1 };
    if (placed.some((b) => b.x0 < box.x1 && box.x0 < b.x1 && b.y0 < box.y1 && box.y0 < b.y1)) continue;
    placed.push(box);
    labels
      .ele('text', {
        x: r(box.x0),
        y: r(q.y + size * 0.35),
        'font-size': String(size),
        fill: '#1b2330',
        stroke: '#fff',
        'stroke-width': '3',
        'paint-order': 'stroke',
      })
      .txt(name);
  }

  const lx = WIDTH - MARGIN.right + 20;
  let ly = MARGIN.top;
  const kinds = [...new Set(p.nodes.map((n) => n.kind))].sort();
  // Kinds, then the ties: four signs and the two lesser certainties.
  const boxHeight = 22 + kinds.length * 20 + 34 + 6 * 20 + 16;
  root.ele('rect', { x: r(lx - 12), y: r(ly - 22), width: String(MARGIN.right - 24), height: String(boxHeight), fill: '#fff', stroke: LINE, rx: '6' });
  text(root, lx, ly, 'Actor kinds', { 'font-weight': 'bold' });
  for (const kind of kinds) {
    ly += 20;
    root.ele('circle', { cx: r(lx + 6), cy: r(ly - 4), r: '6', fill: KIND_COLORS[kind] });
    text(root, lx + 18, ly, kind.replace(/_/g, ' '));
  }
  ly += 34;
  text(root, lx, ly, 'Ties', { 'font-weight': 'bold' });
  // One sample stroke and its words per line of the key: the signs, then the two lesser certainties.
  const keys: { label: string; stroke: Record<string, string> }[] = [
    ...Object.values(EDGE_STYLE).map((style) => ({
      label: style.label,
      stroke: { stroke: style.color, ...(style.dash ? { 'stroke-dasharray': style.dash } : {}) },
    })),
    { label: 'faint: only possibly in force', stroke: { stroke: NEUTRAL, 'stroke-opacity': EDGE_OPACITY.possible } },
    { label: 'dotted: presumed (not attested)', stroke: { stroke: NEUTRAL, 'stroke-opacity': EDGE_OPACITY.presumed, 'stroke-dasharray': '1.5 3' } },
  ];
  for (const key of keys) {
    ly += 20;
    root.ele('line', { x1: r(lx), y1: r(ly - 4), x2: r(lx + 28), y2: r(ly - 4), 'stroke-width': '2', ...key.stroke });
    text(root, lx + 36, ly, key.label, { 'font-size': '11' });
  }
  return page.end();
}
