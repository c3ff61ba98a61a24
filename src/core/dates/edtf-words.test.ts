import { describe, expect, it } from 'vitest';
import { dateInWords } from './edtf-words.js';

describe('dates in words', () => {
  it.each([
    ['2017', '2017'],
    ['2017-03', 'March 2017'],
    ['2016-09-02', '2 September 2016'],
    ['2019-05~', 'about May 2019'],
    ['2016?', 'perhaps 2016'],
    ['2014-21', 'spring 2014'],
    ['2012/2014', '2012 to 2014'],
    ['2017-03/..', 'from March 2017 on'],
    ['2013/', 'from 2013'],
    ['/2013-02', 'until February 2013'],
  ])('%s reads "%s"', (text, words) => {
    expect(dateInWords(text)).toBe(words);
  });
});
