import { describe, expect, it } from 'vitest';
import type { Place } from '../../core/model/place.js';
import { duplicateEvents, duplicateParticipants } from './duplicate-events.js';
import { contextOf, event } from './testing.js';

const places: Place[] = [
  { id: 'place:region', kind: 'region', name: 'Region', country: 'ML' },
  { id: 'place:town', kind: 'town', name: 'Town', country: 'ML', parent: 'place:region' },
  { id: 'place:other', kind: 'town', name: 'Other', country: 'ML', parent: 'place:region' },
];
const attack = (slug: string, date: string, place: string | undefined, over = {}) =>
  event(slug, {
    date,
    ...(place ? { place } : {}),
    parts: [
      ['g', 'perpetrator'],
      ['army', 'target'],
    ],
    ...over,
  });

describe('duplicate events', () => {
  it('C6: the same clash at a town and in its region on one day is reported', () => {
    const context = contextOf({
      places,
      events: [attack('one', '2017-05-03', 'place:town'), attack('two', '2017-05-03', 'place:region', { type: 'town_captured' })],
    });
    expect(duplicateEvents(context)).toMatchObject([{ rule: 'C6', records: ['event:one', 'event:two'] }]);
  });

  it('C6: two attacks by one group in one region and year on precise, different days are not', () => {
    const context = contextOf({ places, events: [attack('one', '2017-05-03', 'place:town'), attack('two', '2017-09-12', 'place:other')] });
    expect(duplicateEvents(context)).toEqual([]);
  });

  it('C6: two year-only attacks need the same place or the same participants', () => {
    const other = event('three', {
      date: '2017',
      place: 'place:other',
      parts: [
        ['g', 'perpetrator'],
        ['militia', 'target'],
      ],
    });
    expect(duplicateEvents(contextOf({ places, events: [attack('one', '2017', 'place:town'), other] }))).toEqual([]);
    expect(duplicateEvents(contextOf({ places, events: [attack('one', '2017', 'place:town'), attack('two', '2017', 'place:town')] }))).toHaveLength(1);
  });

  it('C6: a reprisal (roles swapped) and a campaign against one of its incidents are not duplicates', () => {
    const reprisal = event('back', {
      date: '2017-05',
      parts: [
        ['army', 'perpetrator'],
        ['g', 'target'],
      ],
    });
    const campaign = attack('campaign', '2016/2019', 'place:town');
    expect(duplicateEvents(contextOf({ places, events: [attack('one', '2017-05', 'place:town'), reprisal, campaign] }))).toEqual([]);
  });

  it('C6: one group striking two different peoples in one month is two incidents; one that names no one struck may still be the same', () => {
    const onOthers = attack('two', '2017-05', 'place:region', {
      parts: [
        ['g', 'perpetrator'],
        ['militia', 'victim'],
      ],
    });
    expect(duplicateEvents(contextOf({ places, events: [attack('one', '2017-05-28', 'place:town'), onOthers] }))).toEqual([]);
    const unnamed = attack('three', '2017-05', 'place:region', { parts: [['g', 'perpetrator']] });
    expect(duplicateEvents(contextOf({ places, events: [attack('one', '2017-05-28', 'place:town'), unnamed] }))).toHaveLength(1);
  });

  it('C7: an actor listed twice in one event is reported', () => {
    const twice = event('twice', {
      parts: [
        ['g', 'perpetrator'],
        ['g', 'participant'],
        ['army', 'target'],
      ],
    });
    expect(duplicateParticipants(contextOf({ events: [twice, attack('one', '2017', undefined)] }))).toMatchObject([
      { rule: 'C7', records: ['event:twice', 'actor:g'] },
    ]);
  });
});
