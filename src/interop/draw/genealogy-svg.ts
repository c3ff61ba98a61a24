import { laneAttributes } from '../../analysis/genealogy/lane-attributes.js';
import { axisYears, endYearOf, yearOf, yearScale, yearTicks } from '../../analysis/genealogy/axis.js';
import type { GenealogyConnector, GenealogyLane, GenealogyModel } from '../../analysis/genealogy/types.js';
import type { ActorKind } from '../../core/vocab/actor-kinds.js';
import { KIND_COLORS, LINE, MUTED } from './palette.js';
import { r, svgPage, text, textWidth, type SvgNode } from './svg-doc.js';

const STEP_STYLE: Record<string, { color: string; dash: string; label: string }> = {
  split_from: { color: '#b9770e', dash: '6 4', label: 'split' },
  merged_into: { color: '#1d4f8a', dash: '', label: 'merger' },
  successor_of: { color: '#5f6b7a', dash: '2 3', label: 'renamed' },
};
const BAND = KIND_COLORS.coalition;
const PERSON = '#2c3642';

const LEFT = 300;
const RIGHT = 40;
const TOP = 64;
const LANE = 50;
const WIDTH = 1100;

/**
 * The genealogy model (src/analysis/genealogy) as an SVG: one lane per organisation over its lifespan,
 * a gradient where a bound is known only to a range and a faded dashed end where it is unknown; splits,
 * mergers and renames as arrows from the elder's lane to the younger's; memberships as bands; persons as
 * marks. Every lane, connector and band carries `data-*` attributes with its dates, so tests read them back.
 */
export function genealogySvg(model: GenealogyModel, title: string): string {
  const axis = axisYears(model);
  // The plot starts a little right of the labels, so an unknown start's faded lead and '?' fit before it.
  const x = yearScale(axis, LEFT + 36, WIDTH - RIGHT);
  const row = new Map(model.lanes.map((lane, i) => [lane.id, TOP + 30 + i * LANE]));
  const height = TOP + 30 + model.lanes.length * LANE + 70;
  const page = svgPage(WIDTH, height, title);
  const root = page.root;
  text(root, 20, 32, title, { 'font-size': '20', 'font-weight': 'bold' });
  text(root, 20, 52, 'lanes: each organisation from its start to its end · faded: the bound is known only to a range, or not at all · ▸ still in being', {
    'font-size': '12',
    fill: MUTED,
  });
  const defs = root.ele('defs');
  for (const year of yearTicks(axis.first, axis.last)) {
    const at = x(year);
    root.ele('line', { x1: r(at), y1: r(TOP + 10), x2: r(at), y2: r(height - 60), stroke: LINE, 'stroke-width': '1' });
    text(root, at, height - 44, String(year), { 'text-anchor': 'middle', fill: MUTED, 'font-size': '11' });
  }
  for (const m of model.memberships) {
    const y = row.get(m.member);
    const coalition = model.lanes.find((l) => l.id === m.coalition);
    if (y === undefined || !coalition) continue;
    const [from, to] = [x(yearOf(m.start.earliest)), x(endYearOf(m.end.latest))];
    root.ele('rect', {
      'data-membership': m.relation,
      'data-member': m.member,
      'data-coalition': m.coalition,
      'data-start': m.start.earliest,
      'data-end': m.end.latest,
      x: r(from),
      y: r(y - 13),
      width: r(Math.max(4, to - from)),
      height: '26',
      rx: '4',
      fill: BAND,
      'fill-opacity': '0.12',
      stroke: BAND,
      'stroke-opacity': '0.5',
    });
    const label = `in ${coalition.label}`;
    if (to - from > textWidth(label, 10) + 8) text(root, from + 5, y - 15.5, label, { 'font-size': '10', fill: BAND });
  }
  model.lanes.forEach((lane, i) => drawLane(root, defs, lane, i, row.get(lane.id) ?? 0, x, lane.id === model.focus));
  for (const c of model.connectors) drawConnector(root, c, row, x);
  model.persons.forEach((p, i) => {
    const y = row.get(p.lane);
    if (y === undefined) return;
    const at = x(yearOf(p.at));
    const mark = root.ele('g', { 'data-person': p.person, 'data-lane': p.lane, 'data-at': p.at });
    mark.ele('title').txt(`${p.name}: ${p.role} (${p.valid})`);
    mark.ele('path', { d: `M ${r(at)} ${r(y + 5)} l 4 6 l -8 0 Z`, fill: PERSON });
    // A name is printed when it fits before the next mark on the same lane.
    const next = model.persons.slice(i + 1).find((q) => q.lane === p.lane && q.at > p.at);
    const room = (next ? x(yearOf(next.at)) : WIDTH - RIGHT) - at;
    const same = model.persons.slice(0, i).some((q) => q.lane === p.lane && q.at === p.at);
    if (!same && room > textWidth(p.name, 9) + 4) text(mark, at - 3, y + 19, p.name, { 'font-size': '9', fill: PERSON });
  });
  legend(root, height - 22);
  return page.end();
}

function drawLane(root: SvgNode, defs: SvgNode, lane: GenealogyLane, i: number, y: number, x: (year: number) => number, focus: boolean): void {
  const color = KIND_COLORS[lane.kind as ActorKind] ?? MUTED;
  const group = root.ele('g', laneAttributes(lane));
  const thick = focus ? 8 : 6;
  const x0 = x(yearOf(lane.start.earliest));
  const x1 = x(yearOf(lane.start.latest));
  const x2 = x(endYearOf(lane.end.earliest));
  const x3 = x(endYearOf(lane.end.latest));
  const bar = (from: number, to: number, fill: string) =>
    group.ele('rect', { x: r(from), y: r(y - thick / 2), width: r(Math.max(2, to - from)), height: String(thick), rx: String(thick / 2), fill });
  const fade = (id: string, rising: boolean) => {
    const g = defs.ele('linearGradient', { id, x1: '0', x2: '1', y1: '0', y2: '0' });
    g.ele('stop', { offset: '0', 'stop-color': color, 'stop-opacity': rising ? '0.08' : '1' });
    g.ele('stop', { offset: '1', 'stop-color': color, 'stop-opacity': rising ? '1' : '0.08' });
    return `url(#${id})`;
  };
  // An unknown start fades in over a short lead; a start known to a range fades in over the range.
  if (!lane.start.known) bar(x0 - 14, x0, fade(`start-${i}`, true));
  else if (x1 - x0 > 2) bar(x0, x1, fade(`start-${i}`, true));
  bar(lane.start.known ? x1 : x0, lane.end.state === 'ended' ? x2 : x3, color);
  if (lane.end.state === 'ended' && x3 - x2 > 2) bar(x2, x3, fade(`end-${i}`, false));
  if (lane.end.state === 'unknown') bar(x3, x3 + 14, fade(`end-${i}`, false));
  if (lane.end.state === 'continues') group.ele('path', { d: `M ${r(x3)} ${r(y - 8)} L ${r(x3 + 9)} ${r(y)} L ${r(x3)} ${r(y + 8)} Z`, fill: color });
  if (lane.end.state === 'ended' && lane.end.ended) {
    const words = lane.end.ended;
    text(group, x3 + 6, y + 4, words, { 'font-size': '10', fill: MUTED });
  }
  const fits = Math.floor((LEFT - 24) / (12 * 0.58));
  const name = lane.name.length > fits ? (lane.label.length <= fits ? lane.label : lane.name.slice(0, fits - 1) + '…') : lane.name;
  text(group, LEFT - 12, y + 4, name, { 'text-anchor': 'end', 'font-weight': focus ? 'bold' : 'normal' });
  if (!lane.start.known) text(group, x0 - 18, y + 4, '?', { 'text-anchor': 'end', 'font-size': '11', fill: MUTED });
  if (lane.end.state === 'unknown') text(group, x3 + 18, y + 4, '?', { 'font-size': '11', fill: MUTED });
}

function drawConnector(root: SvgNode, c: GenealogyConnector, row: Map<string, number>, x: (year: number) => number): void {
  const [a, b] = [row.get(c.elder), row.get(c.younger)];
  if (a === undefined || b === undefined) return;
  const style = STEP_STYLE[c.type] ?? { color: MUTED, dash: '', label: c.type };
  const at = x(yearOf(c.earliest));
  const dir = b > a ? 1 : -1;
  const group = root.ele('g', {
    'data-connector': c.relation,
    'data-elder': c.elder,
    'data-younger': c.younger,
    'data-start': c.earliest,
    'data-end': c.latest,
  });
  group.ele('title').txt(c.text);
  const late = x(endYearOf(c.latest));
  if (late - at > 6)
    group.ele('line', { x1: r(at), y1: r(b - dir * 11), x2: r(late), y2: r(b - dir * 11), stroke: style.color, 'stroke-width': '3', 'stroke-opacity': '0.3' });
  group.ele('path', {
    d: `M ${r(at)} ${r(a + dir * 6)} C ${r(at + 18)} ${r(a + dir * 20)}, ${r(at + 18)} ${r(b - dir * 20)}, ${r(at)} ${r(b - dir * 8)}`,
    fill: 'none',
    stroke: style.color,
    'stroke-width': '2',
    ...(style.dash ? { 'stroke-dasharray': style.dash } : {}),
  });
  group.ele('path', { d: `M ${r(at - 4)} ${r(b - dir * 14)} L ${r(at)} ${r(b - dir * 7)} L ${r(at + 4)} ${r(b - dir * 14)} Z`, fill: style.color });
  group.ele('circle', { cx: r(at), cy: r(a), r: '4', fill: '#fff', stroke: style.color, 'stroke-width': '2' });
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
  root.ele('rect', { x: r(x), y: r(y - 7), width: '28', height: '14', rx: '3', fill: BAND, 'fill-opacity': '0.12', stroke: BAND, 'stroke-opacity': '0.5' });
  text(root, x + 34, y + 4, 'coalition membership', { 'font-size': '11' });
  x += 34 + textWidth('coalition membership', 11) + 24;
  root.ele('path', { d: `M ${r(x + 10)} ${r(y - 5)} l 4 6 l -8 0 Z`, fill: PERSON });
  text(root, x + 22, y + 4, 'leader or founder (hover for name)', { 'font-size': '11' });
}
