import { describe, expect, it } from 'vitest';
import { formatCoordinates, tollSummary, yearBars, yearNote } from './model.js';

const year = (key: string, events: number, tollUnknown: number) => ({ key, events, imprecise: 0, tollUnknown, fatalities: { low: 0, best: 0, high: 0 } });

describe('place page model', () => {
  it('keeps empty years between the first and last at zero, and splits each year by whether a toll is known', () => {
    const bars = yearBars([year('2012', 3, 1), year('2014', 1, 1)]);
    expect(bars.map((b) => [b.year, b.part, b.events])).toEqual([
      [2012, 'toll given', 2],
      [2012, 'no toll in the sources', 1],
      [2013, 'toll given', 0],
      [2013, 'no toll in the sources', 0],
      [2014, 'toll given', 0],
      [2014, 'no toll in the sources', 1],
    ]);
    expect(yearBars([])).toEqual([]);
  });

  it('says a toll is unknown rather than zero', () => {
    const base = { total: 3, tollUnknown: 3, fatalities: { low: 0, best: 0, high: 0 }, byYear: [], list: [] };
    expect(tollSummary(base)).toBe('no source gives a toll for these events');
    expect(tollSummary({ ...base, tollUnknown: 1, fatalities: { low: 10, best: 12, high: 20 } })).toBe(
      '12 deaths by the best estimates (low 10, high 20) in 2 events with a toll; 1 without a toll in the sources',
    );
  });

  it('says how many events span more than the year they are counted in', () => {
    expect(yearNote([year('2012', 3, 0)])).not.toContain('less precisely');
    expect(yearNote([{ ...year('2012', 3, 0), imprecise: 2 }])).toContain('; 2 events dated less precisely than a year, counted in the first year');
  });

  it('writes latitude first, with hemispheres', () => {
    expect(formatCoordinates([-3.00742, 16.77348])).toBe('16.7735° N, 3.0074° W');
  });
});
