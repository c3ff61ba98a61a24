import { describe, expect, it } from 'vitest';
import { tiesStartingAfterEvents } from './implied-ties.js';
import { contextOf, event, tie } from './testing.js';

describe('ties implied by events', () => {
  it('C8: a hostility that starts after a dated attack between the same pair is reported', () => {
    const attack = event('attack', {
      date: '2013-05',
      parts: [
        ['g', 'perpetrator'],
        ['army', 'target'],
      ],
    });
    const context = contextOf({ events: [attack], relations: [tie('hostile_to', 'army', 'g', '2015/..')] });
    expect(tiesStartingAfterEvents(context)).toMatchObject([{ rule: 'C8', records: ['rel:army.hostile_to.g', 'event:attack'] }]);
  });

  it('C8: a pledge implies the affiliation; a tie that began by then, or an earlier spell, is fine', () => {
    const pledge = event('pledge', {
      type: 'allegiance_pledge',
      date: '2015-05',
      parts: [
        ['g', 'participant'],
        ['is', 'participant'],
      ],
    });
    expect(tiesStartingAfterEvents(contextOf({ events: [pledge], relations: [tie('affiliated_with', 'g', 'is', '2016/..')] }))).toHaveLength(1);
    expect(tiesStartingAfterEvents(contextOf({ events: [pledge], relations: [tie('affiliated_with', 'g', 'is', '2015/..')] }))).toEqual([]);
    const spells = [tie('affiliated_with', 'g', 'is', '2014/2015'), tie('affiliated_with', 'g', 'is', '2018/..', '.2')];
    expect(tiesStartingAfterEvents(contextOf({ events: [pledge], relations: spells }))).toEqual([]);
  });

  it('C8: a group formed against a party but hostile to it only years later is reported; within a year it is not', () => {
    const formed = event('formed', {
      type: 'formation',
      date: '2014-06',
      parts: [
        ['g', 'participant'],
        ['army', 'target'],
      ],
    });
    expect(tiesStartingAfterEvents(contextOf({ events: [formed], relations: [tie('hostile_to', 'g', 'army', '2015-03/..')] }))).toEqual([]);
    expect(tiesStartingAfterEvents(contextOf({ events: [formed], relations: [tie('hostile_to', 'g', 'army', '2016/..')] }))).toMatchObject([{ rule: 'C8' }]);
  });
});
