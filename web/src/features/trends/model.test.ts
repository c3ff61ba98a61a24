import { describe, expect, it } from 'vitest';
import type { Trend } from './api.js';
import { periodEnd, periodLabel, periodStart, trendCsv } from './model.js';

describe('trend periods on the page', () => {
  it('places months, quarters and years on the time axis, end exclusive', () => {
    expect(periodStart('2017-07').toISOString()).toBe('2017-07-01T00:00:00.000Z');
    expect(periodEnd('2017-12').toISOString()).toBe('2018-01-01T00:00:00.000Z');
    expect(periodStart('2017-Q3').toISOString()).toBe('2017-07-01T00:00:00.000Z');
    expect(periodEnd('2017-Q4').toISOString()).toBe('2018-01-01T00:00:00.000Z');
    expect(periodEnd('2017').toISOString()).toBe('2018-01-01T00:00:00.000Z');
  });

  it('names periods, an open end as an ellipsis', () => {
    expect(['2017-07', '2017-Q3', '2017', '0000-Q1', '9999'].map(periodLabel)).toEqual(['Jul 2017', 'Q3 2017', '2017', '…', '…']);
  });

  it('writes the numbers behind the charts as CSV, periods then spans, quoting names with commas', () => {
    const counts = { events: 2, unknown: 1, fatalities: { low: 3, best: 4, high: 5 } };
    const trend: Trend = {
      period: 'year',
      split: 'place',
      periods: ['2017'],
      series: [{ key: 'place:x', name: 'Gao, town', events: 4 }],
      points: [{ period: '2017', series: 'place:x', ...counts }],
      spans: [{ from: '2017', to: '2018', series: 'place:x', ...counts }],
      total: { events: 4, unknown: 2, fatalities: { low: 6, best: 8, high: 10 } },
    };
    expect(trendCsv(trend).split('\n')).toEqual([
      'from,to,counted,series,events,toll_unknown,fatalities_low,fatalities_best,fatalities_high',
      '2017,2017,within the period,"Gao, town",2,1,3,4,5',
      '2017,2018,dated less precisely,"Gao, town",2,1,3,4,5',
      '',
    ]);
  });
});
