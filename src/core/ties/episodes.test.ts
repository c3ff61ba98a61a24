import { describe, expect, it } from 'vitest';
import type { Relation } from '../model/relation.js';
import { episodeFor, episodesOf } from './episodes.js';

const tie = (id: string, type: Relation['type'], from: string, to: string, valid: string): Relation => ({ id, type, from, to, valid });
const hostile = [
  tie('rel:a.hostile-to.b.2', 'hostile_to', 'actor:a', 'actor:b', '2016-07/2021-05'),
  tie('rel:a.hostile-to.b', 'hostile_to', 'actor:a', 'actor:b', '2015-04/2015-10'),
  tie('rel:a.hostile-to.b.3', 'hostile_to', 'actor:a', 'actor:b', '2023-09/..'),
];
const BASE = 'rel:a.hostile-to.b';

describe('episodes of a tie', () => {
  it('lists the recorded episodes in order, either way round for a symmetric type only', () => {
    const mixed = [...hostile, tie('rel:b.member-of.a', 'member_of', 'actor:b', 'actor:a', '2019')];
    expect(episodesOf(mixed, 'hostile_to', 'actor:b', 'actor:a').map((r) => r.id)).toEqual([BASE, `${BASE}.2`, `${BASE}.3`]);
    expect(episodesOf(mixed, 'member_of', 'actor:a', 'actor:b')).toEqual([]);
  });

  it('a reading within an episode belongs to it', () => {
    const episodes = episodesOf(hostile, 'hostile_to', 'actor:a', 'actor:b');
    expect(episodeFor(BASE, episodes, '2018-06').id).toBe(`${BASE}.2`);
    expect(episodeFor(BASE, episodes, '2015-06').id).toBe(BASE);
    expect(episodeFor(BASE, episodes, '2025-01-10').id).toBe(`${BASE}.3`);
    // An end a month off still agrees (N1).
    expect(episodeFor(BASE, episodes, '2015-04/2015-11').id).toBe(BASE);
  });

  it('a reading no episode can hold is a new episode, numbered after the last, never a dispute of an old one', () => {
    const episodes = episodesOf(hostile, 'hostile_to', 'actor:a', 'actor:b');
    const choice = episodeFor(BASE, episodes, '2022-03');
    expect(choice).toEqual({ id: `${BASE}.4` });
    expect(episodeFor(BASE, episodes.slice(0, 1), '2018').id).toBe(`${BASE}.2`);
  });

  it('a time before the first episode disputes its start rather than inventing an earlier episode', () => {
    const episodes = episodesOf(hostile, 'hostile_to', 'actor:a', 'actor:b');
    expect(episodeFor(BASE, episodes, '2013-02')).toMatchObject({ id: BASE, reading: 'contradicts' });
  });

  it("an episode whose start is only its source's date holds a reading before it (R1: by then)", () => {
    const based = [tie('rel:g.based-on-community.h', 'based_on_community', 'actor:g', 'actor:h', '2015/..')];
    const episodes = episodesOf(based, 'based_on_community', 'actor:g', 'actor:h');
    const byThen = { episodeWrittenIn: () => [{ earliest: '2015-01-01', latest: '2015-12-31' }] };
    expect(episodeFor('rel:g.based-on-community.h', episodes, '2014-08', byThen)).toMatchObject({ id: 'rel:g.based-on-community.h', reading: 'agrees' });
    expect(episodeFor('rel:g.based-on-community.h', episodes, '2014-08')).toMatchObject({ id: 'rel:g.based-on-community.h', reading: 'contradicts' });
  });

  it('a tie that happens at a moment (a split) never gets a second episode: another date disputes it', () => {
    const split = [tie('rel:c.split-from.d', 'split_from', 'actor:c', 'actor:d', '2015-05')];
    expect(episodeFor('rel:c.split-from.d', episodesOf(split, 'split_from', 'actor:c', 'actor:d'), '2019-02')).toMatchObject({
      id: 'rel:c.split-from.d',
      reading: 'contradicts',
    });
  });

  it('a reading whose time overlaps an episode but whose bounds contradict it is a real disagreement about that episode', () => {
    const episodes = episodesOf(hostile, 'hostile_to', 'actor:a', 'actor:b');
    expect(episodeFor(BASE, episodes, '2014/2015-06').id).toBe(BASE);
  });

  it('no reading backs the latest episode; no episode gives the base id', () => {
    expect(episodeFor(BASE, episodesOf(hostile, 'hostile_to', 'actor:a', 'actor:b'), undefined).id).toBe(`${BASE}.3`);
    expect(episodeFor(BASE, [], '2018')).toEqual({ id: BASE });
  });

  it('a new episode of a symmetric tie recorded the other way round keeps the recorded id', () => {
    const recorded = [tie('rel:b.allied-with.a', 'allied_with', 'actor:b', 'actor:a', '2012/2013')];
    expect(episodeFor('rel:a.allied-with.b', episodesOf(recorded, 'allied_with', 'actor:a', 'actor:b'), '2019').id).toBe('rel:b.allied-with.a.2');
  });

  it('a moment (a split) agrees with any reading whose days overlap it', () => {
    const split = [tie('rel:c.split-from.d', 'split_from', 'actor:c', 'actor:d', '2016/2017')];
    const episodes = episodesOf(split, 'split_from', 'actor:c', 'actor:d');
    expect(episodeFor('rel:c.split-from.d', episodes, '2017-03').id).toBe('rel:c.split-from.d');
    expect(episodeFor('rel:c.split-from.d', episodes, '/2018').id).toBe('rel:c.split-from.d');
  });

  it("a reading whose start is only its document's date says the tie held by then", () => {
    const open = [tie('rel:e.member-of.f', 'member_of', 'actor:e', 'actor:f', '2014/2016')];
    const episodes = episodesOf(open, 'member_of', 'actor:e', 'actor:f');
    const writtenIn = [{ earliest: '2016-05-01', latest: '2016-05-31' }];
    expect(episodeFor('rel:e.member-of.f', episodes, '2016-05/..', { writtenIn }).id).toBe('rel:e.member-of.f');
    expect(episodeFor('rel:e.member-of.f', episodes, '2016-05/..').id).toBe('rel:e.member-of.f');
  });
});
