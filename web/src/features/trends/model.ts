import type { Trend, TrendPoint, TrendSpan } from './api.js';

/** The first instant of a period (`2017-07`, `2017-Q3`, `2017`), in UTC. */
export function periodStart(period: string): Date {
  const year = Number(period.slice(0, 4));
  const quarter = /-Q(\d)$/.exec(period);
  const month = quarter ? (Number(quarter[1]) - 1) * 3 : period.length >= 7 ? Number(period.slice(5, 7)) - 1 : 0;
  return new Date(Date.UTC(year, month, 1));
}

/** The first instant after a period. */
export function periodEnd(period: string): Date {
  const start = periodStart(period);
  const months = /-Q\d$/.test(period) ? 3 : period.length >= 7 ? 1 : 12;
  return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, 1));
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2017-07` → `Jul 2017`, `2017-Q3` → `Q3 2017`; an open end (0000, 9999) as an ellipsis. */
export function periodLabel(period: string): string {
  if (period.startsWith('0000') || period.startsWith('9999')) return '…';
  const q = /^(\d{4})-Q(\d)$/.exec(period);
  if (q) return `Q${q[2]} ${q[1]}`;
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  return m ? `${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}` : period;
}

export const spanLabel = (s: Pick<TrendSpan, 'from' | 'to'>) => `${periodLabel(s.from)} – ${periodLabel(s.to)}`;

/** The tooltip of an events bar; the browser suite reads the numbers back from it. */
export const eventsTitle = (p: TrendPoint, series: string) =>
  `${periodLabel(p.period)}${series ? ` · ${series}` : ''}: ${p.events} events, ${p.unknown} with toll unknown`;

/** The tooltip of a fatality mark. */
export const fatalitiesTitle = (p: TrendPoint, series: string) =>
  `${periodLabel(p.period)}${series ? ` · ${series}` : ''}: fatalities low ${p.fatalities.low}, best ${p.fatalities.best}, high ${p.fatalities.high}` +
  (p.unknown > 0 ? `; ${p.unknown} of ${p.events} events with toll unknown, not counted` : '');

const cell = (value: string | number) => (typeof value === 'number' || !/[",\n]/.test(value) ? String(value) : `"${value.replace(/"/g, '""')}"`);

/** The numbers behind the charts: one row per period and series, then one per span of periods. */
export function trendCsv(trend: Trend): string {
  const names = new Map(trend.series.map((s) => [s.key, s.name]));
  const head = ['from', 'to', 'counted', 'series', 'events', 'toll_unknown', 'fatalities_low', 'fatalities_best', 'fatalities_high'];
  const row = (from: string, to: string, counted: string, c: TrendPoint | TrendSpan) => [
    from,
    to,
    counted,
    names.get(c.series) ?? c.series,
    c.events,
    c.unknown,
    c.fatalities.low,
    c.fatalities.best,
    c.fatalities.high,
  ];
  const rows = [
    ...trend.points.map((p) => row(p.period, p.period, 'within the period', p)),
    ...trend.spans.map((s) => row(s.from, s.to, 'dated less precisely', s)),
  ];
  return [head, ...rows].map((r) => r.map(cell).join(',')).join('\n') + '\n';
}
