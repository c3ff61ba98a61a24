import { describe, expect, it } from 'vitest';
import { eventsOutsideLifespans, tiesOutsideLifespans } from './lifespan-rules.js';
import { actor, claim, contextOf, event, tie } from './testing.js';

describe('lifespan rules', () => {
  it('C1: a tie starting wholly before a stated lifespan, or open past its end, is reported', () => {
    const context = contextOf({
      actors: [actor('a', '2017-03/2020'), actor('b')],
      relations: [tie('member_of', 'a', 'b', '2015/2018'), tie('allied_with', 'a', 'b', '2018/..'), tie('hostile_to', 'a', 'b', '2017/2019')],
    });
    const findings = tiesOutsideLifespans(context);
    expect(findings.map((f) => f.records[0])).toEqual(['rel:a.member_of.b', 'rel:a.allied_with.b']);
    expect(findings[0]).toMatchObject({ rule: 'C1', code: 'tie_outside_lifespan' });
  });

  it('C1: precision alone, an unknown start and the tie that defines the bound are not findings', () => {
    const context = contextOf({
      actors: [actor('a', '2017-03-02/..'), actor('b'), actor('c')],
      relations: [
        tie('member_of', 'a', 'b', '2017-03/..'),
        tie('leads', 'b', 'a', '/2019'),
        tie('split_from', 'c', 'b', '2012-10'),
        tie('allied_with', 'c', 'b', '2012/..'),
      ],
    });
    expect(tiesOutsideLifespans(context)).toEqual([]);
  });

  it('C1: an unknown end (a claim that dates nothing) does not run past a lifespan', () => {
    const context = contextOf({
      actors: [actor('a', '2012/2020'), actor('b')],
      relations: [tie('member_of', 'a', 'b', '2013/'), tie('allied_with', 'a', 'b', '/')],
    });
    expect(tiesOutsideLifespans(context)).toEqual([]);
  });

  it('C1: a bound derived from a disputed tie counts every accepted reading of it', () => {
    const split = tie('split_from', 'c', 'b', '2015-06');
    const context = contextOf({
      actors: [actor('b'), actor('c')],
      relations: [split, tie('operates_in', 'c', 'b', '2014/..')],
      claims: [claim(split.id, 1, { value: { valid: '2015-06' } }), claim(split.id, 2, { value: { valid: '2014' } })],
    });
    expect(tiesOutsideLifespans(context)).toEqual([]);
  });

  it('C2: an event wholly before a participant can exist is reported with the claims behind both', () => {
    const e = event('early', { date: '2015-05', parts: [['a', 'perpetrator']] });
    const context = contextOf({
      actors: [actor('a', '2017/..')],
      events: [e, event('late', { date: '2017', parts: [['a', 'perpetrator']] })],
      claims: [claim(e.id, 1), claim('actor:a', 1)],
    });
    const findings = eventsOutsideLifespans(context);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'C2', records: ['event:early', 'actor:a'], claims: ['event:early#1', 'actor:a#1'] });
  });
});
