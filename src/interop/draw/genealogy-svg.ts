import { parseTemporal } from '../../core/dates/edtf.js';
import type { ActorKind } from '../../core/vocab/actor-kinds.js';
import { KIND_COLORS, LINE, MUTED } from './palette.js';
import { r, svgPage, text, textWidth, type SvgNode } from './svg-doc.js';

/** What a genealogy picture shows: lineage steps and coalition memberships around one actor. */
export interface GenealogyPicture {
  focus: string;
  actors: Record<string, { name: string; kind: ActorKind; short?: string }>;
  steps: { type: string; elder: string; younger: string; valid: string }[];
  /** Memberships to draw as bands: `member` belonged to `coalition` over `valid`. */
  memberships: { member: string; coalition: string; valid: string }[];
}

const STEP_STYLE: Record<string, { color: string; dash: string; label: string }> = {
  split_from: { color: '#b9770e', dash: '6 4', label: 'split' },
  merged_into: { color: '#1d4f8a', dash: '', label: 'merger' },
  successor_of: { color: '#5f6b7a', dash: '2 3', label: 'renamed' },
};

const LEFT = 300;
const RIGHT = 40;
const TOP = 64;
const LANE = 44;
const WIDTH = 1100;

interface Lane {
  id: string;
  y: number;
  from: number;
  to: number;
}

const dayOf = (valid: string, end = false) => {
  const t = parseTemporal(valid);
  if (!t) return undefined;
  const d = end ? t.end.latest : t.start.earliest;
  return d === '0000-01-01' || d === '9999-12-31' ? undefined : d;
};
const yearFrac = (day: string) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y + (m - 1) / 12 + (d - 1) / 365;
};

/**
 * Lanes on a time axis: one per actor of the lineage, from when it appears to when it ends in a
 * merger or rename; splits, mergers and renames as connectors between lanes at their date; coalition
 * memberships as coloured bands over the member's lane.
 */
export function genealogySvg(p: GenealogyPicture): string {
  const order: string[] = [];
  const add = (id: string) => {
    if (!order.includes(id) && p.actors[id]) order.push(id);
  };
  // Elders above youngers: walk steps in date order so a lineage reads top to bottom.
  const steps = [...p.steps].sort((a, b) => (dayOf(a.valid) ?? '').localeCompare(dayOf(b.valid) ?? ''));
  for (const s of steps) {
    add(s.elder);
    add(s.younger);
  }
  add(p.focus);
  for (const m of p.memberships) {
    add(m.coalition);
    add(m.member);
  }
  const days = [...steps.map((s) => dayOf(s.valid)), ...p.memberships.flatMap((m) => [dayOf(m.valid), dayOf(m.valid, true)])].filter((d): d is string => !!d);
  const years = days.map(yearFrac);
  const minYear = Math.floor(years.length ? Math.min(...years) : 2000) - 1;
  const maxYear = Math.max(Math.ceil(years.length ? Math.max(...years) : 2000) + 1, minYear + 5);
  const x = (day: string | undefined, fallback: number) => (day ? LEFT + ((yearFrac(day) - minYear) / (maxYear - minYear)) * (WIDTH - LEFT - RIGHT) : fallback);
  const x0 = LEFT;
  const x1 = WIDTH - RIGHT;

  const lanes = new Map<string, Lane>();
  order.forEach((id, i) => {
    const born = steps.filter((s) => s.younger === id && s.type !== 'merged_into').map((s) => x(dayOf(s.valid), x0));
    const joined = steps.filter((s) => s.younger === id && s.type === 'merged_into').map((s) => x(dayOf(s.valid), x0));
    // A group that merged or was renamed ends there, unless it stays on as a component of a coalition.
    const staysOn = p.memberships.filter((m) => m.member === id).map((m) => x(dayOf(m.valid, true), x1));
    const ended = steps.filter((s) => s.elder === id && s.type !== 'split_from').map((s) => x(dayOf(s.valid), x1));
    if (ended.length) ended.push(...staysOn);
    lanes.set(id, {
      id,
      y: TOP + 30 + i * LANE,
      from: Math.min(...born, ...(born.length ? [] : joined), ...(born.length || joined.length ? [] : [x0])),
      to: Math.max(...ended, ...(ended.length ? [] : [x1])),
    });
  });
  const height = TOP + 30 + order.length * LANE + 70;
  const focusName = p.actors[p.focus]?.name ?? p.focus;
  const page = svgPage(WIDTH, height, `Genealogy of ${focusName}`);
  const root = page.root;
  text(root, 20, 32, `Genealogy of ${focusName}`, { 'font-size': '20', 'font-weight': 'bold' });
  text(root, 20, 52, 'lanes: when each group existed as far as the lineage shows · bands: coalition membership', { 'font-size': '12', fill: MUTED });
  axis(root, minYear, maxYear, x, TOP + 10, height - 60);

  for (const m of p.memberships) {
    const lane = lanes.get(m.member);
    if (!lane) continue;
    const from = x(dayOf(m.valid), lane.from);
    const to = x(dayOf(m.valid, true), lane.to);
    const color = KIND_COLORS.coalition;
    root.ele('rect', {
      x: r(from),
      y: r(lane.y - 13),
      width: r(Math.max(4, to - from)),
      height: '26',
      rx: '4',
      fill: color,
      'fill-opacity': '0.14',
      stroke: color,
      'stroke-opacity': '0.5',
    });
    const coalition = p.actors[m.coalition];
    const label = `in ${coalition?.short ?? coalition?.name ?? m.coalition}`;
    if (to - from > textWidth(label, 10) + 8) text(root, from + 5, lane.y - 15.5, label, { 'font-size': '10', fill: color });
  }
  for (const lane of lanes.values()) {
    const actor = p.actors[lane.id];
    if (!actor) continue;
    const color = KIND_COLORS[actor.kind];
    root.ele('line', {
      x1: r(lane.from),
      y1: r(lane.y),
      x2: r(lane.to),
      y2: r(lane.y),
      stroke: color,
      'stroke-width': lane.id === p.focus ? '7' : '5',
      'stroke-linecap': 'round',
    });
    const fits = Math.floor((LEFT - 24) / (12 * 0.58));
    const name = actor.name.length > fits ? (actor.short && actor.short.length <= fits ? actor.short : actor.name.slice(0, fits - 1) + '…') : actor.name;
    text(root, LEFT - 12, lane.y + 4, name, { 'text-anchor': 'end', 'font-weight': lane.id === p.focus ? 'bold' : 'normal' });
  }
  for (const s of steps) {
    const a = lanes.get(s.elder);
    const b = lanes.get(s.younger);
    if (!a || !b) continue;
    const style = STEP_STYLE[s.type] ?? { color: MUTED, dash: '', label: s.type };
    const at = x(dayOf(s.valid), x0);
    const dir = b.y > a.y ? 1 : -1;
    root.ele('path', {
      d: `M ${r(at)} ${r(a.y + dir * 6)} C ${r(at + 18)} ${r(a.y + dir * 20)}, ${r(at + 18)} ${r(b.y - dir * 20)}, ${r(at)} ${r(b.y - dir * 8)}`,
      fill: 'none',
      stroke: style.color,
      'stroke-width': '2',
      ...(style.dash ? { 'stroke-dasharray': style.dash } : {}),
    });
    root.ele('path', { d: `M ${r(at - 4)} ${r(b.y - dir * 14)} L ${r(at)} ${r(b.y - dir * 7)} L ${r(at + 4)} ${r(b.y - dir * 14)} Z`, fill: style.color });
    root.ele('circle', { cx: r(at), cy: r(a.y), r: '4', fill: '#fff', stroke: style.color, 'stroke-width': '2' });
  }
  legend(root, height - 28);
  return page.end();
}

function axis(root: SvgNode, minYear: number, maxYear: number, x: (d: string, f: number) => number, top: number, bottom: number): void {
  const step = maxYear - minYear > 24 ? 5 : maxYear - minYear > 12 ? 2 : 1;
  for (let year = minYear; year <= maxYear; year++) {
    if (year % step !== 0) continue;
    const at = x(`${year}-01-01`, 0);
    root.ele('line', { x1: r(at), y1: r(top), x2: r(at), y2: r(bottom), stroke: LINE, 'stroke-width': '1' });
    text(root, at, bottom + 16, String(year), { 'text-anchor': 'middle', fill: MUTED, 'font-size': '11' });
  }
}

function legend(root: SvgNode, y: number): void {
  let x = 20;
  for (const style of Object.values(STEP_STYLE)) {
    root.ele('line', {
      x1: r(x),
      y1: r(y),
      x2: r(x + 28),
      y2: r(y),
      stroke: style.color,
      'stroke-width': '2',
      ...(style.dash ? { 'stroke-dasharray': style.dash } : {}),
    });
    text(root, x + 34, y + 4, style.label, { 'font-size': '11' });
    x += 34 + textWidth(style.label, 11) + 24;
  }
  root.ele('rect', {
    x: r(x),
    y: r(y - 7),
    width: '28',
    height: '14',
    rx: '3',
    fill: KIND_COLORS.coalition,
    'fill-opacity': '0.14',
    stroke: KIND_COLORS.coalition,
    'stroke-opacity': '0.5',
  });
  text(root, x + 34, y + 4, 'coalition membership', { 'font-size': '11' });
}
