import type { EventSpanGroup } from '../../core/store-port.js';

/** The periods a trend counts by. */
export type TrendPeriod = 'month' | 'quarter' | 'year';
export const TREND_PERIODS: readonly TrendPeriod[] = ['month', 'quarter', 'year'];

/** Events, events whose toll no source gives, and the fatality sums of the others. */
export interface TrendCounts {
  events: number;
  unknown: number;
  fatalities: { low: number; best: number; high: number };
}

/** Events dated within one period (every day their date may fall on lies in it), for one series. */
export interface TrendPoint extends TrendCounts {
  period: string;
  series: string;
}

/** Events dated less precisely than the period: they may fall anywhere from period `from` to period `to`. */
export interface TrendSpan extends TrendCounts {
  from: string;
  to: string;
  series: string;
}

/** The period (`2017-07`, `2017-Q3`, `2017`) a month (`YYYY-MM`) lies in. */
export function periodOf(month: string, period: TrendPeriod): string {
  if (period === 'month') return month.slice(0, 7);
  if (period === 'year') return month.slice(0, 4);
  return `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;
}

/** Every period from the one holding month `first` to the one holding month `last`, in order. */
export function periodsBetween(first: string, last: string, period: TrendPeriod): string[] {
  const out: string[] = [];
  let [year, month] = [Number(first.slice(0, 4)), Number(first.slice(5, 7))];
  const end = periodOf(last, period);
  const step = period === 'month' ? 1 : period === 'quarter' ? 3 : 12;
  for (let guard = 0; guard < 12_000; guard++) {
    const key = periodOf(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`, period);
    if (out.at(-1) !== key) out.push(key);
    if (key >= end) break;
    month += step;
    if (month > 12) [year, month] = [year + Math.floor((month - 1) / 12), ((month - 1) % 12) + 1];
  }
  return out;
}

/** Sums of counts. */
export function addCounts(a: TrendCounts, b: TrendCounts): TrendCounts {
  return {
    events: a.events + b.events,
    unknown: a.unknown + b.unknown,
    fatalities: { low: a.fatalities.low + b.fatalities.low, best: a.fatalities.best + b.fatalities.best, high: a.fatalities.high + b.fatalities.high },
  };
}

export const NO_COUNTS: TrendCounts = { events: 0, unknown: 0, fatalities: { low: 0, best: 0, high: 0 } };
const countsOf = (g: TrendCounts): TrendCounts => ({ events: g.events, unknown: g.unknown, fatalities: { ...g.fatalities } });

/**
 * Folds month spans into periods. An event counts in a period only when its first and last possible
 * months lie in that period; otherwise it is kept apart as a span of periods, never put in the first.
 * `range` (months) bounds the periods listed; without it they run from the first to the last period seen.
 */
export function foldTrend(
  rows: readonly EventSpanGroup[],
  period: TrendPeriod,
  seriesOf: (key: string) => string,
  range: { first?: string; last?: string } = {},
): { periods: string[]; points: TrendPoint[]; spans: TrendSpan[] } {
  const within = new Map<string, TrendPoint>();
  const apart = new Map<string, TrendSpan>();
  for (const row of rows) {
    const [from, to, series] = [periodOf(row.first, period), periodOf(row.last, period), seriesOf(row.key)];
    if (from === to) {
      const id = `${from}|${series}`;
      within.set(id, { period: from, series, ...addCounts(within.get(id) ?? NO_COUNTS, countsOf(row)) });
    } else {
      const id = `${from}|${to}|${series}`;
      apart.set(id, { from, to, series, ...addCounts(apart.get(id) ?? NO_COUNTS, countsOf(row)) });
    }
  }
  // The axis runs over the periods events are dated within; spans only set it when there are none,
  // and open-ended dates (0000 or 9999) never do, or it would stretch over millennia.
  const bounded = (month: string) => month > '0000-12' && month < '9999-01';
  const precise = rows.filter((r) => periodOf(r.first, period) === periodOf(r.last, period));
  const months = (precise.length > 0 ? precise : rows)
    .flatMap((r) => [r.first, r.last])
    .filter(bounded)
    .sort();
  const first = range.first ?? months[0];
  const last = range.last ?? months.at(-1);
  const periods = first && last && first <= last ? periodsBetween(first, last, period) : [];
  const series = [...new Set([...within.values()].map((p) => p.series).concat([...apart.values()].map((s) => s.series)))].sort();
  const points = periods.flatMap((p) => series.map((s) => within.get(`${p}|${s}`) ?? { period: p, series: s, ...countsOf(NO_COUNTS) }));
  const listed = new Set(periods);
  // Only with a range that cuts into a period (from 2017-03 by quarter) could a dated period fall outside it: keep it.
  for (const point of within.values()) if (!listed.has(point.period)) points.push(point);
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    periods,
    points: points.sort((a, b) => order(a.period, b.period) || order(a.series, b.series)),
    spans: [...apart.values()].sort((a, b) => order(a.from, b.from) || order(a.to, b.to) || order(a.series, b.series)),
  };
}
