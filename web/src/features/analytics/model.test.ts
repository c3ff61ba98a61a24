import { describe, expect, it } from 'vitest';
import { dayOf, percent, toCsv } from './model.js';

describe('analytics model', () => {
  it('writes CSV with quoted fields where needed and empty cells for nulls', () => {
    expect(toCsv([{ name: 'Jama\'at, "JNIM"', share: null, n: 3 }])).toBe('name,share,n\n"Jama\'at, ""JNIM""",,3\n');
    expect(toCsv([])).toBe('');
  });

  it('reads months and years as their first day, and shares as percentages', () => {
    expect(dayOf('2017-06').toISOString()).toBe('2017-06-01T00:00:00.000Z');
    expect(dayOf('2017').toISOString()).toBe('2017-01-01T00:00:00.000Z');
    expect(percent(null)).toBe('–');
    expect(percent(20 / 23)).toBe('87%');
  });
});
