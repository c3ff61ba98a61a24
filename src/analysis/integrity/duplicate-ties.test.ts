import { describe, expect, it } from 'vitest';
import { alliedAndHostile } from './contradictory-signs.js';
import { duplicateTies, sameTieUnderTwoTypes } from './duplicate-ties.js';
import { contextOf, tie } from './testing.js';

describe('duplicate and contradictory ties', () => {
  it('C3: a symmetric tie stored in both directions with overlapping times is reported', () => {
    const context = contextOf({ relations: [tie('allied_with', 'a', 'b', '2012/..'), tie('allied_with', 'b', 'a', '2016/2018')] });
    expect(duplicateTies(context)).toMatchObject([{ rule: 'C3', code: 'duplicate_tie' }]);
  });

  it('C3: two spells that only touch, and a directed tie in both directions, are not duplicates', () => {
    const context = contextOf({
      relations: [tie('member_of', 'a', 'b', '2012/2014'), tie('member_of', 'a', 'b', '2014/2016', '.2'), tie('member_of', 'b', 'a', '2013')],
    });
    expect(duplicateTies(context)).toEqual([]);
  });

  it('C4: a pair that both leads and commands at once is reported, not when the times are apart', () => {
    const context = contextOf({
      relations: [
        tie('leads', 'p', 'g', '2015/..'),
        tie('commands', 'p', 'g', '2017/2019'),
        tie('commands', 'q', 'g', '2010/2012'),
        tie('leads', 'q', 'g', '2014/..'),
      ],
    });
    expect(sameTieUnderTwoTypes(context)).toMatchObject([{ rule: 'C4', records: ['rel:p.leads.g', 'rel:p.commands.g'] }]);
  });

  it('C5: allied and hostile on days both are definite is reported; an imprecise overlap is not', () => {
    const both = contextOf({ relations: [tie('allied_with', 'a', 'b', '2012/..'), tie('hostile_to', 'b', 'a', '2016/2017')] });
    expect(alliedAndHostile(both)).toMatchObject([{ rule: 'C5', code: 'allied_and_hostile' }]);
    const turned = contextOf({ relations: [tie('allied_with', 'a', 'b', '2012/2016'), tie('hostile_to', 'a', 'b', '2016/..')] });
    expect(alliedAndHostile(turned)).toEqual([]);
  });
});
