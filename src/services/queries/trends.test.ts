// The trends service on a small constructed world: a coalition with and without its component, splits
// by attribution and by region, unknown tolls apart from zero, and `events --by quarter` reading the same numbers.
import { describe, expect, it } from 'vitest';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { buildActor, buildEvent, buildRelation, steppingClock } from '../../../test/factories.js';
import { events } from './events.js';
import { trends } from './trends.js';

async function world(): Promise<SqliteStore> {
  const store = new SqliteStore({ path: ':memory:', clock: steppingClock() });
  const event = (slug: string, over: Parameters<typeof buildEvent>[1]) => ({ kind: 'event' as const, record: buildEvent(slug, over) });
  await store.write(
    [
      { kind: 'actor', record: buildActor('coal', { kind: 'coalition' }) },
      { kind: 'actor', record: buildActor('b') },
      { kind: 'place', record: { id: 'place:region', kind: 'region', name: 'Region', country: 'ML' } },
      { kind: 'place', record: { id: 'place:town', kind: 'town', name: 'Town', country: 'ML', parent: 'place:region' } },
      { kind: 'relation', record: buildRelation('b-in-coal', { from: 'actor:b', to: 'actor:coal', valid: '2017-03/..' }) },
      event('claimed', {
        date: '2017-05-02',
        place: 'place:town',
        participants: [{ actor: 'actor:coal', role: 'perpetrator', attribution: 'claimed' }],
        fatalities: { low: 3, best: 4, high: 9 },
      }),
      event('zero', { date: '2017-05-20', participants: [{ actor: 'actor:coal', role: 'perpetrator', attribution: 'attributed' }], fatalities: { best: 0 } }),
      event('year-only', { date: '2017', participants: [{ actor: 'actor:coal', role: 'perpetrator' }] }),
      event('member', { date: '2017-08-11', place: 'place:town', participants: [{ actor: 'actor:b', role: 'perpetrator', attribution: 'alleged' }] }),
      event('before', { date: '2016-02-01', participants: [{ actor: 'actor:b', role: 'perpetrator' }], fatalities: { best: 7 } }),
    ],
    { by: 't' },
  );
  return store;
}

describe('trends', () => {
  it('counts a coalition alone or with its component (only while a member), by quarter; a year-only date is a span, never Q1', async () => {
    const store = await world();
    const alone = await trends(store, { actors: ['actor:coal'], period: 'quarter' });
    expect(alone.points.map((p) => [p.period, p.events, p.unknown, p.fatalities.best])).toEqual([['2017-Q2', 2, 0, 4]]);
    expect(alone.spans).toEqual([expect.objectContaining({ from: '2017-Q1', to: '2017-Q4', events: 1, unknown: 1 })]);
    const withMember = await trends(store, { actors: ['actor:coal'], includeComponents: true, period: 'quarter' });
    expect(withMember.points.map((p) => [p.period, p.events, p.unknown])).toEqual([
      ['2017-Q2', 2, 0],
      ['2017-Q3', 1, 1],
    ]);
    expect(withMember.total).toEqual({ events: 4, unknown: 2, fatalities: { low: 3, best: 4, high: 9 } });
    await store.close();
  });

  it('splits by attribution and by region, naming the series', async () => {
    const store = await world();
    const byAttribution = await trends(store, { actors: ['actor:coal'], includeComponents: true, period: 'year', split: 'attribution' });
    expect(byAttribution.series.map((s) => [s.name, s.events])).toEqual([
      ['alleged', 1],
      ['attributed', 1],
      ['claimed', 1],
      ['not stated', 1],
    ]);
    const byRegion = await trends(store, { period: 'year', split: 'admin1' });
    expect(byRegion.series.map((s) => [s.key, s.name, s.events])).toEqual([
      ['', 'no place recorded', 3],
      ['place:region', 'Region', 2],
    ]);
    await store.close();
  });

  it('events --by quarter: groups by first quarter with their imprecise count, and the same trend', async () => {
    const store = await world();
    const e = await events(store, { actors: ['actor:coal'], by: 'quarter', limit: 0 });
    expect(e.groups.map((g) => [g.key, g.events, g.imprecise])).toEqual([
      ['2017-Q1', 1, 1],
      ['2017-Q2', 2, 0],
    ]);
    expect(e.trend).toEqual(await trends(store, { actors: ['actor:coal'], period: 'quarter' }));
    await store.close();
  });
});
