// The analytics charts, drawn with Observable Plot from the numbers the API returns (nothing recomputed).
import * as Plot from '@observablehq/plot';
import type { Metrics, MetricsSeries } from './api.js';
import { dayOf } from './model.js';

const INK = '#1b2330';
const LINK = '#1d4f8a';
const MUTED = '#5f6b7a';
export const BLOC_LINE = '#e0a43a';

/** `2017-01-01` one step earlier, as the metrics compare it. */
function stepBefore(day: string, step: MetricsSeries['step']): string {
  const [y = 0, m = 1] = day.split('-').map(Number);
  return step === 'year' ? `${y - 1}-${String(m).padStart(2, '0')}-01` : m === 1 ? `${y - 1}-12-01` : `${y}-${String(m - 1).padStart(2, '0')}-01`;
}
export const CHANGE_COLOURS = { formed: '#2f7d4f', ended: '#9c3415', flipped: '#e0a43a' } as const;
const FONT = { style: { fontSize: '12px', fontFamily: 'system-ui, sans-serif', background: 'white', color: INK } };

const marker = (date: string) => Plot.ruleX([dayOf(date)], { stroke: MUTED, strokeDasharray: '4 3' });
const points = (s: MetricsSeries) => s.points.map((p) => ({ ...p, at: dayOf(p.day) }));

/** Betweenness of the most central actors, largest first. */
export function rankingChart(m: Metrics, width: number): Element {
  const rows = m.top.map((r) => ({ name: r.name, betweenness: r.betweenness }));
  return Plot.plot({
    ...FONT,
    width,
    height: 28 * rows.length + 50,
    marginLeft: 350,
    marginRight: 50,
    x: { label: 'betweenness (normalised)', grid: true },
    y: { label: null, domain: rows.map((r) => r.name) },
    marks: [
      Plot.barX(rows, { x: 'betweenness', y: 'name', fill: LINK }),
      Plot.text(rows, { x: 'betweenness', y: 'name', text: (d: { betweenness: number }) => d.betweenness.toFixed(3), dx: 6, textAnchor: 'start' }),
      Plot.ruleX([0]),
    ],
  });
}

/** How many actors each bloc holds, labelled by its best-connected member. */
export function blocChart(m: Metrics, width: number): Element {
  const rows = m.blocs.map((b) => ({ bloc: `${b.community}: ${m.names[b.members[0] ?? ''] ?? b.members[0] ?? ''}`, members: b.members.length }));
  return Plot.plot({
    ...FONT,
    width,
    height: 24 * rows.length + 50,
    marginLeft: 350,
    marginRight: 40,
    x: { label: 'members', grid: true, tickFormat: 'd' },
    y: { label: null, domain: rows.map((r) => r.bloc) },
    marks: [
      Plot.barX(rows, { x: 'members', y: 'bloc', fill: '#6b8fb8' }),
      Plot.text(rows, { x: 'members', y: 'bloc', text: 'members', dx: 6, textAnchor: 'start' }),
      Plot.ruleX([0]),
    ],
  });
}

/** The share of balanced signed triads at each point, with the number of triads. */
export function balanceChart(s: MetricsSeries, date: string, width: number): Element {
  const rows = points(s).filter((p) => p.balance.share !== null);
  return Plot.plot({
    ...FONT,
    width,
    height: 240,
    marginLeft: 50,
    y: { label: 'balanced triads', domain: [0, 1], tickFormat: '.0%', grid: true },
    x: { label: null, type: 'utc' },
    marks: [
      marker(date),
      Plot.lineY(rows, { x: 'at', y: (p: (typeof rows)[number]) => p.balance.share, stroke: LINK }),
      Plot.dot(rows, {
        x: 'at',
        y: (p: (typeof rows)[number]) => p.balance.share,
        fill: LINK,
        r: 3,
        title: (p: (typeof rows)[number]) => `${p.day}: ${p.balance.balanced}/${p.balance.triads}`,
      }),
    ],
  });
}

/** Armed groups with a standing tie in force (definitely to possibly, as a band) and Louvain blocs. */
export function fragmentationChart(s: MetricsSeries, date: string, width: number): Element {
  const rows = points(s);
  type P = (typeof rows)[number];
  return Plot.plot({
    ...FONT,
    width,
    height: 260,
    marginLeft: 50,
    y: { label: 'count', grid: true },
    x: { label: null, type: 'utc' },
    marks: [
      marker(date),
      Plot.areaY(rows, { x: 'at', y1: (p: P) => p.armedGroups.definite, y2: (p: P) => p.armedGroups.possible, fill: LINK, fillOpacity: 0.15 }),
      Plot.lineY(rows, { x: 'at', y: (p: P) => p.armedGroups.definite, stroke: LINK }),
      Plot.lineY(rows, { x: 'at', y: (p: P) => p.armedGroups.possible, stroke: LINK, strokeDasharray: '5 3' }),
      Plot.lineY(rows, { x: 'at', y: (p: P) => p.communities.count, stroke: BLOC_LINE, strokeWidth: 2 }),
    ],
  });
}

/** Signed pairs formed, ended and flipped since the step before, stacked per point. */
export function fluidityChart(s: MetricsSeries, date: string, width: number): Element {
  // A point compares its day with one step before: its bar spans that step, ending on the day.
  const rows = points(s).flatMap((p) =>
    (['formed', 'ended', 'flipped'] as const)
      .map((change) => ({ from: dayOf(stepBefore(p.day, s.step)), at: p.at, change, pairs: p.fluidity[change] }))
      .filter((r) => r.pairs > 0),
  );
  type R = (typeof rows)[number];
  return Plot.plot({
    ...FONT,
    width,
    height: 240,
    marginLeft: 50,
    y: { label: 'signed pairs', grid: true },
    x: { label: null, type: 'utc' },
    color: { domain: Object.keys(CHANGE_COLOURS), range: Object.values(CHANGE_COLOURS) },
    marks: [
      marker(date),
      Plot.rectY(rows, { x1: 'from', x2: 'at', y: 'pairs', fill: 'change', inset: 1, title: (d: R) => `${d.change}: ${d.pairs}` }),
      Plot.ruleY([0]),
    ],
  });
}

/** The community × community matrix as a symmetric heatmap of events, each cell labelled. */
export function communalHeatmap(m: Metrics, width: number): Element {
  const name = (id: string) => m.names[id] ?? id;
  const rows = m.communal.cells.flatMap((c) => [
    { row: name(c.a), column: name(c.b), events: c.events, best: c.fatalities.best },
    { row: name(c.b), column: name(c.a), events: c.events, best: c.fatalities.best },
  ]);
  const domain = [...new Set(rows.map((r) => r.row))].sort((a, b) => a.localeCompare(b));
  const most = Math.max(1, ...rows.map((r) => r.events));
  const side = Math.max(36, Math.min(64, Math.floor((width - 200) / Math.max(1, domain.length))));
  return Plot.plot({
    ...FONT,
    width: 200 + side * domain.length,
    height: 130 + side * domain.length,
    marginLeft: 190,
    marginBottom: 120,
    x: { label: null, domain, tickRotate: -35 },
    y: { label: null, domain },
    color: { type: 'linear', scheme: 'oranges', domain: [0, most] },
    marks: [
      Plot.cell(
        domain.map((d) => ({ row: d, column: d })),
        { x: 'column', y: 'row', fill: '#eef0f3', inset: 0.5 },
      ),
      Plot.cell(rows, {
        x: 'column',
        y: 'row',
        fill: 'events',
        inset: 0.5,
        title: (d: (typeof rows)[number]) => `${d.row} × ${d.column}: ${d.events} events, ${d.best} killed (best)`,
      }),
      Plot.text(rows, { x: 'column', y: 'row', text: 'events', fill: (d: (typeof rows)[number]) => (d.events > most / 2 ? 'white' : INK) }),
    ],
  });
}

/** Violence inside one community, apart from the matrix. */
export function withinChart(m: Metrics, width: number): Element {
  const rows = m.communal.within.map((w) => ({ name: m.names[w.community] ?? w.community, events: w.events }));
  return Plot.plot({
    ...FONT,
    width,
    height: 28 * rows.length + 50,
    marginLeft: 190,
    marginRight: 40,
    x: { label: 'violent events inside the community', grid: true, ticks: Math.min(10, Math.max(1, ...rows.map((r) => r.events))), tickFormat: 'd' },
    y: { label: null, domain: rows.map((r) => r.name) },
    marks: [
      Plot.barX(rows, { x: 'events', y: 'name', fill: '#c0602a' }),
      Plot.text(rows, { x: 'events', y: 'name', text: 'events', dx: 6, textAnchor: 'start' }),
      Plot.ruleX([0]),
    ],
  });
}
