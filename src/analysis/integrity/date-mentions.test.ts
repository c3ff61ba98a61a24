import { describe, expect, it } from 'vitest';
import { missingDateParts, statedDates } from './date-mentions.js';

describe('date mentions', () => {
  it('C9: a year written as the short end of a range counts (1990–95, 2012-13); a later range does not', () => {
    const [end] = statedDates('1995');
    expect(end && missingDateParts(end, ['the rebellions of 1990–95 and 2006–09'])).toEqual([]);
    const [twelve] = statedDates('2013');
    expect(twelve && missingDateParts(twelve, ['the crisis of 2012-13'])).toEqual([]);
    // 2019 is not the end of 2013–15, nor of a range in another century.
    const [other] = statedDates('2015');
    expect(other && missingDateParts(other, ['fighting in 1913-15'])).toEqual(['year 2015']);
  });

  it('C9: a month is named in English or French, or numbered beside its year', () => {
    const [march] = statedDates('2017-03');
    expect(march && missingDateParts(march, ['en mars 2017'])).toEqual([]);
    expect(march && missingDateParts(march, ['on 03/2017'])).toEqual([]);
    expect(march && missingDateParts(march, ['in 2017'])).toEqual(['month march']);
  });
});
