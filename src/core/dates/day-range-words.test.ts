import { describe, expect, it } from 'vitest';
import { MAX_DAY, MIN_DAY } from './bounds.js';
import { dayRangeInWords } from './day-range-words.js';

describe('day ranges in words (D1)', () => {
  it.each([
    ['2016-09-02', '2016-09-02', '2 September 2016'],
    ['2017-03-01', '2017-03-31', 'March 2017'],
    ['2016-02-01', '2016-02-29', 'February 2016'],
    ['2016-01-01', '2016-12-31', '2016'],
    ['2015-01-01', '2017-12-31', 'between 2015 and 2017'],
    ['2016-09-02', '2017-10-31', 'between 2 September 2016 and October 2017'],
    ['2016-09-01', '2019-05-31', 'between September 2016 and May 2019'],
    ['2016-09-02', '2016-09-30', 'between 2 and 30 September 2016'],
    ['2016-01-01', '2016-06-30', 'between January 2016 and June 2016'],
    [MIN_DAY, '2017-03-31', 'by March 2017'],
    ['2017-03-01', MAX_DAY, 'from March 2017 on'],
    [MIN_DAY, MAX_DAY, 'at an unknown time'],
  ])('%s…%s reads "%s"', (earliest, latest, words) => {
    expect(dayRangeInWords(earliest, latest)).toBe(words);
  });
});
