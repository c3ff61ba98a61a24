import { describe, expect, it } from 'vitest';
import { parseTemporal, parseTemporalOrThrow } from './edtf.js';
import { certaintyOn } from './in-force.js';
import { FaultlineError } from '../errors.js';

const t = (text: string) => parseTemporalOrThrow(text);

describe('EDTF parsing (D1–D5)', () => {
  it('D1: a year, month or day denotes its whole span', () => {
    expect(t('2016').start).toEqual({ earliest: '2016-01-01', latest: '2016-12-31' });
    expect(t('2016-02').end).toEqual({ earliest: '2016-02-01', latest: '2016-02-29' });
    expect(t('2016-02-03').start).toEqual({ earliest: '2016-02-03', latest: '2016-02-03' });
  });
  it('D2: approximate and uncertain dates widen by one unit of their precision', () => {
    expect(t('2016~').start).toEqual({ earliest: '2015-01-01', latest: '2017-12-31' });
    expect(t('2016-03?').start).toEqual({ earliest: '2016-02-01', latest: '2016-04-30' });
    expect(t('2016~').qualified).toBe(true);
  });
  it('D4/D5: open and unknown ends', () => {
    expect(t('2017-03/..').end).toEqual({ earliest: '9999-12-31', latest: '9999-12-31' });
    expect(t('2017-03/').end).toEqual({ earliest: '2017-03-31', latest: '9999-12-31' });
    expect(t('../2017').start.earliest).toBe('0000-01-01');
    expect(t('/2017').start).toEqual({ earliest: '0000-01-01', latest: '2017-01-01' });
  });
  it('reads seasons as edtf.js resolves them (quarters of the year)', () => {
    expect(t('2014-21').start).toEqual({ earliest: '2014-01-01', latest: '2014-03-31' });
  });
  it('rejects what is not EDTF level 1, with stable codes', () => {
    expect(parseTemporal('March 2016')).toBeUndefined();
    expect(parseTemporal('2016-13')).toBeUndefined();
    expect(() => t('2019-03/2017')).toThrowError(FaultlineError);
    try {
      t('2019-03/2017');
    } catch (error) {
      expect((error as FaultlineError).code).toBe('invalid_interval');
    }
    try {
      t('spring');
    } catch (error) {
      expect((error as FaultlineError).code).toBe('invalid_date');
    }
  });
});

describe('certainty on a day (D3)', () => {
  it('a fact dated 2016 is only possibly in force on 2016-03-01', () => {
    expect(certaintyOn(t('2016'), '2016-03-01')).toBe('possible');
  });
  it('an interval from 2016 to 2018 is definitely in force in 2017 and possibly in 2016', () => {
    const span = t('2016/2018');
    expect(certaintyOn(span, '2017-06-01')).toBe('definite');
    expect(certaintyOn(span, '2016-06-01')).toBe('possible');
    expect(certaintyOn(span, '2019-01-01')).toBe('none');
  });
  it('an open end keeps a tie in force; an unknown end leaves it only possible', () => {
    expect(certaintyOn(t('2017-03-02/..'), '2024-01-01')).toBe('definite');
    expect(certaintyOn(t('2017-03-02/'), '2024-01-01')).toBe('possible');
  });
  it('an approximate start makes the first year only possible', () => {
    expect(certaintyOn(t('2014~/..'), '2014-06-01')).toBe('possible');
    expect(certaintyOn(t('2014~/..'), '2016-01-01')).toBe('definite');
  });
});

describe('intervals with ends of different precision', () => {
  it('accepts a month start and a year end in the same year', () => {
    expect(parseTemporalOrThrow('2013-01/2013').end).toEqual({ earliest: '2013-01-01', latest: '2013-12-31' });
  });
});

describe('the fast path for plain dates', () => {
  it('gives the same bounds as edtf.js for every day, month and year it accepts', async () => {
    const { default: edtf } = await import('edtf');
    const { plainBound } = await import('./edtf.js');
    const { dayFromMs } = await import('./bounds.js');
    const samples = ['1990', '2000', '2016', '2016-02', '2015-02', '2016-12', '2016-02-29', '2017-12-31', '2012-01-01'];
    for (const text of samples) {
      const fast = plainBound(text);
      const ref = edtf(text);
      expect(fast?.range, text).toEqual({ earliest: dayFromMs(ref.min), latest: dayFromMs(ref.max) });
    }
  });
  it('leaves impossible months and days to the full parser, which rejects them', async () => {
    const { plainBound } = await import('./edtf.js');
    expect(plainBound('2016-13')).toBeUndefined();
    expect(plainBound('2015-02-29')).toBeUndefined();
    expect(parseTemporal('2015-02-29')).toBeUndefined();
    expect(parseTemporal('2015-02-29/2016')).toBeUndefined();
    expect(parseTemporal('2016-02-29/2017')?.start.earliest).toBe('2016-02-29');
  });
  it('reads intervals of two plain dates without the grammar, and still refuses bad ends and reversed intervals', async () => {
    const { analyseTemporal } = await import('./edtf.js');
    const week = t('2019-03-10/2019-03-16');
    expect([week.start, week.end, week.precision, week.interval]).toEqual([
      { earliest: '2019-03-10', latest: '2019-03-10' },
      { earliest: '2019-03-16', latest: '2019-03-16' },
      'day',
      true,
    ]);
    expect(t('2013-01/2013').end).toEqual({ earliest: '2013-01-01', latest: '2013-12-31' });
    expect(analyseTemporal('2019-13/2020')).toBe('invalid_date');
    expect(analyseTemporal('2012/2013-06-31')).toBe('invalid_date');
    expect(analyseTemporal('2016/2015')).toBe('invalid_interval');
  });
});
