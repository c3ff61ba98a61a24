import { describe, expect, it } from 'vitest';
import { parseAcledDate } from './acled-date.js';

describe('ACLED event dates', () => {
  it('reads every shape ACLED has written, day first', () => {
    expect(parseAcledDate('2019-01-20')).toBe('2019-01-20');
    expect(parseAcledDate('20 January 2019')).toBe('2019-01-20');
    expect(parseAcledDate('20-January-2019')).toBe('2019-01-20');
    expect(parseAcledDate('9-May-20')).toBe('2020-05-09');
    expect(parseAcledDate('9-May-97')).toBe('1997-05-09');
    expect(parseAcledDate('20/01/2019')).toBe('2019-01-20');
    expect(parseAcledDate('01/02/2019')).toBe('2019-02-01');
  });

  it('refuses impossible days and anything else', () => {
    for (const text of ['31-Feb-20', '2019-02-30', '32/01/2019', 'May 9, 2020', 'yesterday', '2019', '9-Mai-20', '20 January 2019 and later'])
      expect(parseAcledDate(text), text).toBeUndefined();
  });

  it('answers alike when a day comes again, read from its memory', () => {
    for (const text of ['2019-01-20', '2019-02-30', '2020-02-29', '2019-02-29', '9-May-20', '31-Feb-20', 'x'])
      expect([text, parseAcledDate(text)]).toEqual([text, parseAcledDate(text)]);
    expect(parseAcledDate('2020-02-29')).toBe('2020-02-29');
    expect(parseAcledDate('2019-02-29')).toBeUndefined();
  });
});
