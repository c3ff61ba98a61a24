import { describe, expect, it } from 'vitest';
import { parseInstant } from './instant.js';

describe('instants', () => {
  it('writes every accepted spelling in UTC with milliseconds, reading a bare date-time as UTC', () => {
    expect(parseInstant('2017-02-01')).toEqual({ instant: '2017-02-01T00:00:00.000Z' });
    expect(parseInstant('2017-02-01T10:00')).toEqual({ instant: '2017-02-01T10:00:00.000Z' });
    expect(parseInstant('2017-02-01T10:00:00+02:00')).toEqual({ instant: '2017-02-01T08:00:00.000Z' });
    expect(parseInstant('2016-02-29T23:59:59.5Z')).toEqual({ instant: '2016-02-29T23:59:59.500Z' });
  });

  it('refuses what the calendar has not: 30 February, hour 25, words', () => {
    for (const text of ['2017-02-30', '2017-02-30T10:00:00Z', '2017-02-01T25:00:00Z', '2017-13-01', 'yesterday', '']) {
      expect(parseInstant(text), text).toHaveProperty('problem');
    }
  });
});
