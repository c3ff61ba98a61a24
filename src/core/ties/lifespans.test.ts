import { describe, expect, it } from 'vitest';
import { buildActor, buildEvent, buildRelation } from '../../../test/factories.js';
import type { RelationType } from '../vocab/relation-types.js';
import { deriveLifespans, lifespanText, mayExistOn } from './lifespans.js';

const rel = (slug: string, type: RelationType, from: string, to: string, valid: string) =>
  buildRelation(slug, { type, from: `actor:${from}`, to: `actor:${to}`, valid });

describe('lifespans', () => {
  it('L1: a stated lifespan gives both bounds and how it ended', () => {
    const life = deriveLifespans([buildActor('a', { existed: '2014/2023-02', ended: 'merged' })], []).get('actor:a');
    expect(life && lifespanText(life)).toBe('2014/2023-02');
    expect(life?.ended).toBe('merged');
    expect(life?.startBasis?.from).toBe('stated');
    expect(mayExistOn(life, '2013-12-31')).toBe(false);
    expect(mayExistOn(life, '2023-02-28')).toBe(true);
    expect(mayExistOn(life, '2023-03-01')).toBe(false);
  });

  it('L1: an actor with nothing known is not limited', () => {
    expect(deriveLifespans([buildActor('a')], []).has('actor:a')).toBe(false);
    expect(mayExistOn(undefined, '1900-01-01')).toBe(true);
  });

  it('L2: a split begins the younger group, a rename ends the elder and begins the successor, a founding begins the group', () => {
    const actors = ['parent', 'splinter', 'old', 'new', 'founder', 'founded'].map((s) => buildActor(s));
    const lifespans = deriveLifespans(actors, [
      rel('s', 'split_from', 'splinter', 'parent', '2015-05'),
      rel('r', 'successor_of', 'new', 'old', '2007-01'),
      rel('f', 'founded', 'founder', 'founded', '2016-09-02'),
    ]);
    expect(lifespans.get('actor:splinter')?.startText).toBe('2015-05');
    expect(lifespans.has('actor:parent')).toBe(false);
    expect(lifespans.get('actor:old')).toMatchObject({ endText: '2007-01', ended: 'renamed', endBasis: { from: 'rel:r' } });
    expect(lifespans.get('actor:new')?.startText).toBe('2007-01');
    expect(lifespans.get('actor:founded')?.start).toEqual({ earliest: '2016-09-02', latest: '2016-09-02' });
    expect(lifespans.has('actor:founder')).toBe(false);
  });

  it('L2: a merger ends the group unless a membership in what it joined begins at the merger or states a later end', () => {
    const actors = ['a', 'b', 'c', 'coalition'].map((s) => buildActor(s));
    const lifespans = deriveLifespans(actors, [
      rel('ma', 'merged_into', 'a', 'coalition', '2017-03'),
      rel('mb', 'merged_into', 'b', 'coalition', '2017-03'),
      rel('mc', 'merged_into', 'c', 'coalition', '2017-03'),
      // a: a member before the merger, open-ended: not a statement that it lives on.
      rel('pa', 'member_of', 'a', 'coalition', '2014/..'),
      // b: a component from the merger on.
      rel('pb', 'member_of', 'b', 'coalition', '2017-03/..'),
      // c: a component until 2019.
      rel('pc', 'member_of', 'c', 'coalition', '2014/2019'),
    ]);
    expect(lifespans.get('actor:a')).toMatchObject({ endText: '2017-03', ended: 'merged' });
    expect(lifespans.has('actor:b')).toBe(false);
    expect(lifespans.has('actor:c')).toBe(false);
  });

  it('L2: a stated bound wins over a derived one, and a derived end before a stated start is dropped', () => {
    const lifespans = deriveLifespans(
      [buildActor('a', { existed: '2012/..' }), buildActor('b', { existed: '2018/..' })],
      [rel('s', 'split_from', 'a', 'x', '2010'), rel('m', 'merged_into', 'b', 'x', '2016')],
    );
    expect(lifespans.get('actor:a')?.startText).toBe('2012');
    expect(lifespans.get('actor:b')).toMatchObject({ startText: '2018', endText: '..' });
    expect(lifespans.get('actor:b')?.ended).toBeUndefined();
  });

  it('L2: a formation or dissolution event with one organisation taking part begins or ends it; a stated open end stands against the event', () => {
    const actors = [
      buildActor('militia'),
      buildActor('founder', { kind: 'person' }),
      buildActor('community', { kind: 'community' }),
      buildActor('alive', { existed: '2011/..' }),
    ];
    const lifespans = deriveLifespans(
      actors,
      [],
      [
        buildEvent('formed', {
          type: 'formation',
          date: '2016-05',
          participants: [
            { actor: 'actor:militia', role: 'participant' },
            { actor: 'actor:founder', role: 'participant' },
            { actor: 'actor:community', role: 'participant' },
          ],
        }),
        buildEvent('gone', { type: 'dissolution', date: '2016-11', participants: [{ actor: 'actor:militia', role: 'participant' }] }),
        buildEvent('not-gone', { type: 'dissolution', date: '2013-01', participants: [{ actor: 'actor:alive', role: 'participant' }] }),
      ],
    );
    expect(lifespans.get('actor:militia')).toMatchObject({
      startText: '2016-05',
      endText: '2016-11',
      ended: 'dissolved',
      startBasis: { from: 'event:formed' },
    });
    expect(lifespans.get('actor:alive')).toMatchObject({ startText: '2011', endText: '..' });
    expect(lifespans.has('actor:founder')).toBe(false);
  });

  it('L2: a formation event with several organisations says nothing about which one was formed', () => {
    const lifespans = deriveLifespans(
      [buildActor('a'), buildActor('b')],
      [],
      [
        buildEvent('f', {
          type: 'formation',
          date: '2014',
          participants: [
            { actor: 'actor:a', role: 'participant' },
            { actor: 'actor:b', role: 'participant' },
          ],
        }),
      ],
    );
    expect(lifespans.size).toBe(0);
  });
});
