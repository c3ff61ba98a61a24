import * as Plot from '@observablehq/plot';
import type { Trend, TrendPoint } from './api.js';
import { eventsTitle, fatalitiesTitle, periodEnd, periodStart, spanLabel } from './model.js';

const WIDTH = 1040;
const FACET_HEIGHT = 120;
const KNOWN = '#3b6ea5';
const UNKNOWN = '#d9b36c';
const BAND = '#e7a08e';
const BEST = '#9c3415';

interface Drawn {
  x1: Date;
  x2: Date;
  series: string;
  point: TrendPoint;
}

function drawn(trend: Trend): { rows: Drawn[]; names: Map<string, string>; domain: [Date, Date]; split: boolean } {
  const names = new Map(trend.series.map((s) => [s.key, s.name]));
  const rows = trend.points.map((point) => ({
    x1: periodStart(point.period),
    x2: periodEnd(point.period),
    series: names.get(point.series) ?? point.series,
    point,
  }));
  const first = trend.periods[0] ?? '2000';
  const last = trend.periods.at(-1) ?? first;
  return { rows, names, domain: [periodStart(first), periodEnd(last)], split: trend.split !== undefined };
}

// Series with events dated within a period; those with only less precise dates appear in the spans chart alone.
const facetNames = (trend: Trend) => trend.series.filter((s) => trend.points.some((p) => p.series === s.key && p.events > 0)).map((s) => s.name);
const facets = (split: boolean, trend: Trend) => (split ? { fy: { label: null, domain: facetNames(trend), axis: null } } : {});
const heightOf = (split: boolean, trend: Trend, single: number) => (split ? Math.max(single, facetNames(trend).length * FACET_HEIGHT + 60) : single);
/** Each facet's series name, inside its frame at the top left (long names would not fit in a margin). */
const facetLabels = (split: boolean, trend: Trend) =>
  split
    ? [
        Plot.text(facetNames(trend), {
          fy: (d: string) => d,
          text: (d: string) => d,
          frameAnchor: 'top-left',
          dx: 6,
          dy: 2,
          fontWeight: 600,
          fill: '#1b2330',
          stroke: 'white',
          strokeWidth: 4,
          paintOrder: 'stroke',
        }),
      ]
    : [];
/** The top of the y axis with room above the tallest mark for a facet's label. */
const headroom = (split: boolean, max: number) => (split ? { domain: [0, Math.max(1, max) * 1.45] } : { nice: true });
const wholeNumbers = (d: number) => (Number.isInteger(d) ? String(d) : '');

/**
 * Events per period as bars: the part whose toll a source gives solid, the part whose toll no source
 * gives pale; one row per series when split.
 */
export function eventsChart(trend: Trend): SVGSVGElement | HTMLElement {
  const { rows, domain, split } = drawn(trend);
  const shown = rows.filter((r) => r.point.events > 0);
  const fy = split ? { fy: 'series' as const } : {};
  return Plot.plot({
    width: WIDTH,
    height: heightOf(split, trend, 260),
    marginLeft: 50,
    marginRight: 20,
    style: { background: 'white', fontSize: '12px' },
    x: { type: 'utc', domain, label: null },
    y: {
      label: 'events (pale: toll unknown)',
      grid: true,
      tickFormat: wholeNumbers,
      // Counts are whole: no more ticks than the tallest bar, so none falls between two whole numbers.
      ticks: Math.min(5, Math.max(1, ...rows.map((r) => r.point.events))),
      ...headroom(split, Math.max(...rows.map((r) => r.point.events))),
    },
    ...facets(split, trend),
    marks: [
      Plot.ruleY([0]),
      Plot.rect(shown, { x1: 'x1', x2: 'x2', y1: 0, y2: (r: Drawn) => r.point.events - r.point.unknown, fill: KNOWN, inset: 0.5, ...fy }),
      Plot.rect(shown, {
        x1: 'x1',
        x2: 'x2',
        y1: (r: Drawn) => r.point.events - r.point.unknown,
        y2: (r: Drawn) => r.point.events,
        fill: UNKNOWN,
        inset: 0.5,
        title: (r: Drawn) => eventsTitle(r.point, split ? r.series : ''),
        ...fy,
      }),
      ...facetLabels(split, trend),
    ],
  });
}

/**
 * Fatalities per period: the band runs from the sum of low to the sum of high estimates, the line at
 * the sum of best ones, both counting only events whose toll a source gives; a period whose events
 * all lack a toll breaks the line, and "?n" marks how many events a period's toll leaves out.
 */
export function fatalitiesChart(trend: Trend): SVGSVGElement | HTMLElement {
  const { domain, split } = drawn(trend);
  const named = new Set(facetNames(trend));
  const rows = drawn(trend).rows.filter((r) => !split || named.has(r.series));
  const fy = split ? { fy: 'series' as const } : {};
  // Step lines need a closing point at each series' end; a period of events none of which has a toll is a gap, not zero.
  const known = (r: Drawn) => !(r.point.events > 0 && r.point.unknown === r.point.events);
  const value = (pick: (p: TrendPoint) => number) => (r: Drawn) => (known(r) ? pick(r.point) : NaN);
  const closed = [
    ...rows,
    ...[...new Set(rows.map((r) => r.series))].map((series) => ({ ...(rows.filter((r) => r.series === series).at(-1) as Drawn), x1: domain[1] })),
  ];
  const unknown = rows.filter((r) => r.point.unknown > 0);
  const withToll = rows.filter((r) => r.point.events > 0 && known(r));
  return Plot.plot({
    width: WIDTH,
    height: heightOf(split, trend, 260),
    marginLeft: 50,
    marginRight: 20,
    marginTop: 24,
    style: { background: 'white', fontSize: '12px' },
    x: { type: 'utc', domain, label: null },
    y: {
      label: 'fatalities (band: low–high, line: best)',
      grid: true,
      tickFormat: wholeNumbers,
      ...headroom(split, Math.max(...rows.map((r) => r.point.fatalities.high))),
    },
    ...facets(split, trend),
    marks: [
      Plot.ruleY([0]),
      Plot.areaY(closed, {
        x: 'x1',
        y1: value((p) => p.fatalities.low),
        y2: value((p) => p.fatalities.high),
        curve: 'step-after',
        fill: BAND,
        fillOpacity: 0.55,
        ...fy,
      }),
      Plot.lineY(closed, { x: 'x1', y: value((p) => p.fatalities.best), curve: 'step-after', stroke: BEST, strokeWidth: 1.5, ...fy }),
      Plot.dot(withToll, {
        x: (r: Drawn) => new Date((r.x1.getTime() + r.x2.getTime()) / 2),
        y: (r: Drawn) => r.point.fatalities.best,
        r: 2.5,
        fill: BEST,
        title: (r: Drawn) => fatalitiesTitle(r.point, split ? r.series : ''),
        ...fy,
      }),
      Plot.text(unknown, {
        x: (r: Drawn) => new Date((r.x1.getTime() + r.x2.getTime()) / 2),
        y: (r: Drawn) => (known(r) ? r.point.fatalities.high : 0),
        dy: -9,
        text: (r: Drawn) => `?${r.point.unknown}`,
        fill: '#8a5a00',
        fontWeight: 600,
        title: (r: Drawn) => fatalitiesTitle(r.point, split ? r.series : ''),
        ...fy,
      }),
      ...facetLabels(split, trend),
    ],
  });
}

/**
 * Events dated less precisely than a period, each group drawn across the periods it may fall in, on an
 * axis of its own that reaches their bounded ends (an open end is cut at the axis).
 */
export function spansChart(trend: Trend): SVGSVGElement | HTMLElement {
  const { names, split } = drawn(trend);
  const bounded = (p: string) => !p.startsWith('0000') && !p.startsWith('9999');
  const ends = [...trend.periods, ...trend.spans.flatMap((s) => [s.from, s.to]).filter(bounded)];
  const starts = ends.map((p) => periodStart(p).getTime());
  const stops = ends.map((p) => periodEnd(p).getTime());
  const domain: [Date, Date] = [new Date(Math.min(...starts)), new Date(Math.max(...stops))];
  const rows = trend.spans.map((s) => {
    const series = names.get(s.series) ?? s.series;
    const counts = `${s.events} event${s.events === 1 ? '' : 's'}${s.unknown > 0 ? `, ${s.unknown} toll unknown` : ''}${s.fatalities.best > 0 ? `, best ${s.fatalities.best} killed` : ''}`;
    const label = `${spanLabel(s)}${split ? ` · ${series}` : ''} · ${counts}`;
    return {
      label,
      x1: bounded(s.from) ? periodStart(s.from) : domain[0],
      x2: bounded(s.to) ? periodEnd(s.to) : domain[1],
      title: `${spanLabel(s)}${split ? ` · ${series}` : ''}: ${s.events} events, ${s.unknown} with toll unknown; fatalities low ${s.fatalities.low}, best ${s.fatalities.best}, high ${s.fatalities.high}`,
    };
  });
  return Plot.plot({
    width: WIDTH,
    height: rows.length * 24 + 50,
    marginLeft: split ? 640 : 380,
    marginRight: 20,
    style: { background: 'white', fontSize: '12px' },
    x: { type: 'utc', domain, label: null },
    y: { label: null, domain: rows.map((r) => r.label), padding: 0.25, tickSize: 0 },
    marks: [Plot.rect(rows, { x1: 'x1', x2: 'x2', y: 'label', fill: '#9aa6b5', title: 'title' }), Plot.ruleX([domain[0]])],
  });
}
