import type { Placed } from './layout.js';
import './small-graph.css';

/** A node to draw: its id, a short label, and a link to open. */
export interface SmallNode {
  id: string;
  label: string;
  title: string;
  href: string;
  /** Drawn with a ring: an end of the path, or an actor formed or ended in the window. */
  marked?: boolean;
}

/** An edge to draw between two placed nodes. */
export interface SmallEdge {
  key: string;
  from: string;
  to: string;
  /** `ally`, `enemy` or `neutral` colour the line; `begun` and `ended` highlight a change; `possible` and `presumed` dash it. */
  tone: 'ally' | 'enemy' | 'neutral';
  change?: 'begun' | 'ended';
  certainty?: 'definite' | 'possible' | 'presumed';
  title: string;
}

const WIDTH = 520;
const HEIGHT = 420;
const PAD = 46;

/** A small node-link drawing in SVG, from positions laid out once (layout.ts), labelled and linked. */
export function SmallGraph({ nodes, edges, placed, label }: { nodes: readonly SmallNode[]; edges: readonly SmallEdge[]; placed: Placed; label: string }) {
  const at = (id: string) => {
    const p = placed.get(id) ?? { x: 0.5, y: 0.5 };
    return { x: PAD + p.x * (WIDTH - 2 * PAD), y: PAD / 2 + p.y * (HEIGHT - 1.5 * PAD) };
  };
  const shown = new Set(nodes.map((n) => n.id));
  return (
    <svg className="small-graph" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
      <g className="small-graph__edges">
        {edges
          .filter((e) => shown.has(e.from) && shown.has(e.to))
          .map((e) => {
            const [a, b] = [at(e.from), at(e.to)];
            const classes = [
              'small-graph__edge',
              `small-graph__edge--${e.tone}`,
              e.change ? `small-graph__edge--${e.change}` : '',
              e.certainty ? `small-graph__edge--${e.certainty}` : '',
            ];
            return (
              <line key={e.key} className={classes.filter(Boolean).join(' ')} x1={a.x} y1={a.y} x2={b.x} y2={b.y} data-change={e.change}>
                <title>{e.title}</title>
              </line>
            );
          })}
      </g>
      <g className="small-graph__nodes">
        {nodes.map((n) => {
          const p = at(n.id);
          // Labels near the sides run inwards, so none is cut at the frame.
          const x = placed.get(n.id)?.x ?? 0.5;
          const anchor = x < 0.15 ? 'start' : x > 0.85 ? 'end' : 'middle';
          return (
            <a key={n.id} href={n.href} className={`small-graph__node${n.marked ? ' small-graph__node--marked' : ''}`} data-actor={n.id}>
              <title>{n.title}</title>
              <circle cx={p.x} cy={p.y} r={n.marked ? 7 : 5} />
              <text x={anchor === 'start' ? p.x - 6 : anchor === 'end' ? p.x + 6 : p.x} y={p.y - 10} textAnchor={anchor}>
                {n.label}
              </text>
            </a>
          );
        })}
      </g>
    </svg>
  );
}
