import { describe, expect, it } from 'vitest';
import type { EventSpanGroup } from '../../core/store-port.js';
import { foldTrend, periodOf, periodsBetween } from './trend-periods.js';

const row = (first: string, last: string, events: number, over: Partial<EventSpanGroup> = {}): EventSpanGroup => ({
  first,
  last,
  key: '',
  events,
  unknown: 0,
  fatalities: { low: events, best: events * 2, high: events * 3 },
  ...over,
});

describe('trend periods', () => {
  it('names the month, quarter and year a month lies in', () => {
    expect(['2017-01', '2017-03', '2017-04', '2017-12'].map((m) => periodOf(m, 'quarter'))).toEqual(['2017-Q1', '2017-Q1', '2017-Q2', '2017-Q4']);
    expect(periodOf('2017-07', 'year')).toBe('2017');
    expect(periodOf('2017-07', 'month')).toBe('2017-07');
  });

  it('lists every period between two months, across years', () => {
    expect(periodsBetween('2016-11', '2017-02', 'month')).toEqual(['2016-11', '2016-12', '2017-01', '2017-02']);
    expect(periodsBetween('2016-12', '2017-04', 'quarter')).toEqual(['2016-Q4', '2017-Q1', '2017-Q2']);
    expect(periodsBetween('2015-06', '2017-01', 'year')).toEqual(['2015', '2016', '2017']);
  });

  it('never puts an event dated only to a year in its January: it is a span of months, counted apart', () => {
    const rows = [
      row('2017-01', '2017-01', 2),
      row('2017-01', '2017-12', 1, { unknown: 1, fatalities: { low: 0, best: 0, high: 0 } }),
      row('2017-03', '2017-03', 1),
    ];
    const byMonth = foldTrend(rows, 'month', (k) => k);
    expect(byMonth.points.find((p) => p.period === '2017-01')?.events).toBe(2);
    expect(byMonth.points.find((p) => p.period === '2017-02')).toEqual(expect.objectContaining({ events: 0, unknown: 0 }));
    expect(byMonth.spans).toEqual([expect.objectContaining({ from: '2017-01', to: '2017-12', events: 1, unknown: 1 })]);
    expect(byMonth.periods).toEqual(['2017-01', '2017-02', '2017-03']);
    // By year the same event lies within 2017 and counts there, with its unknown toll.
    const byYear = foldTrend(rows, 'year', (k) => k);
    expect(byYear.points).toEqual([{ period: '2017', series: '', events: 4, unknown: 1, fatalities: { low: 3, best: 6, high: 9 } }]);
    expect(byYear.spans).toEqual([]);
  });

  it('a date across two quarters is a span by quarter; open-ended dates do not stretch the axis', () => {
    const rows = [row('2017-03', '2017-04', 1), row('2017-05', '2017-05', 1), row('0000-01', '2017-05', 1), row('2018-01', '9999-12', 1)];
    const t = foldTrend(rows, 'quarter', (k) => k);
    expect(t.periods).toEqual(['2017-Q2']);
    expect(t.spans.map((s) => [s.from, s.to])).toEqual([
      ['0000-Q1', '2017-Q2'],
      ['2017-Q1', '2017-Q2'],
      ['2018-Q1', '9999-Q4'],
    ]);
  });

  it('fills every series in every period, and a range fixes the axis', () => {
    const rows = [row('2017-02', '2017-02', 1, { key: 'b' }), row('2017-04', '2017-04', 2, { key: 'a' })];
    const t = foldTrend(rows, 'month', (k) => k, { first: '2017-01', last: '2017-05' });
    expect(t.periods).toHaveLength(5);
    expect(t.points).toHaveLength(10);
    expect(t.points.filter((p) => p.events > 0).map((p) => [p.period, p.series, p.events])).toEqual([
      ['2017-02', 'b', 1],
      ['2017-04', 'a', 2],
    ]);
  });
});
