import { describe, expect, it } from 'vitest';
import { structuralBalance } from './balance.js';
import { centrality } from './centrality.js';
import { communalViolence, CommunityBases, tribalisation } from './communal.js';
import { activeActorIds, genealogyPerYear } from './fragmentation.js';
import { allianceFluidity, signedPairs } from './fluidity.js';
import { snapshotGraph } from './graph.js';
import { actors, facts, snapshotOf } from './test-graphs.js';

describe('projection into a graph', () => {
  it('keeps actors in force, merges parallel ties into one pair, and leaves instants and places out', () => {
    const snap = snapshotOf([
      ['a', 'allied_with', 'b', '2017/..'],
      ['a', 'member_of', 'b', '2016/..'],
      ['c', 'split_from', 'a', '2017-06'],
      ['d', 'allied_with', 'e', '2010/2011'],
    ]);
    expect(snap.actors.map((a) => a.id)).toEqual(['actor:a', 'actor:b', 'actor:c']);
    const graph = snapshotGraph(snap);
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(1);
    const edge = graph.edge('actor:a', 'actor:b');
    expect(edge && graph.getEdgeAttributes(edge)).toMatchObject({ sign: 'positive', certainty: 'definite' });
    expect(snap.ties.find((t) => t.from === 'actor:a' && t.type === 'allied_with')?.certainty).toBe('possible');
  });
});

describe('structural balance', () => {
  it('counts a friend-of-enemy triad as balanced and an all-enemy triad as unbalanced', () => {
    const graph = snapshotGraph(
      snapshotOf([
        ['a', 'allied_with', 'b', '2016/..'],
        ['b', 'hostile_to', 'c', '2016/..'],
        ['a', 'hostile_to', 'c', '2016/..'],
        ['c', 'hostile_to', 'd', '2016/..'],
        ['b', 'hostile_to', 'd', '2016/..'],
      ]),
    );
    const balance = structuralBalance(graph);
    expect(balance.triads).toBe(2);
    expect(balance.balanced).toBe(1);
    expect(balance.share).toBe(0.5);
    expect(balance.unbalanced).toEqual([{ actors: ['actor:b', 'actor:c', 'actor:d'], signs: [-1, -1, -1], balanced: false }]);
  });

  it('leaves out pairs that are both allied and hostile, and unsigned ties', () => {
    const graph = snapshotGraph(
      snapshotOf([
        ['a', 'allied_with', 'b', '2016/..'],
        ['a', 'hostile_to', 'b', '2016/..'],
        ['b', 'hostile_to', 'c', '2016/..'],
        ['a', 'member_of', 'c', '2016/..'],
      ]),
    );
    expect(structuralBalance(graph)).toEqual({ triads: 0, balanced: 0, share: null, unbalanced: [] });
  });
});

describe('brokerage and blocs', () => {
  it('gives the centre of a star all the betweenness, and splits two cliques joined by a bridge', () => {
    const star = centrality(
      snapshotGraph(
        snapshotOf([
          ['hub', 'allied_with', 'x', '2016/..'],
          ['hub', 'allied_with', 'y', '2016/..'],
          ['hub', 'allied_with', 'z', '2016/..'],
        ]),
      ),
    );
    expect(star.degree).toEqual({ 'actor:hub': 3, 'actor:x': 1, 'actor:y': 1, 'actor:z': 1 });
    expect(star.betweenness['actor:hub']).toBe(1);
    expect(star.betweenness['actor:x']).toBe(0);
    const clique = (p: string): [string, 'allied_with', string, string][] => [
      [`${p}1`, 'allied_with', `${p}2`, '2016/..'],
      [`${p}2`, 'allied_with', `${p}3`, '2016/..'],
      [`${p}1`, 'allied_with', `${p}3`, '2016/..'],
      [`${p}3`, 'allied_with', `${p}4`, '2016/..'],
      [`${p}1`, 'allied_with', `${p}4`, '2016/..'],
    ];
    const blocs = centrality(snapshotGraph(snapshotOf([...clique('a'), ...clique('b'), ['a1', 'hostile_to', 'b1', '2016/..']])));
    expect(blocs.communityCount).toBe(2);
    expect(blocs.communities['actor:a2']).toBe(blocs.communities['actor:a4']);
    expect(blocs.communities['actor:a2']).not.toBe(blocs.communities['actor:b2']);
  });
});

describe('alliance fluidity', () => {
  it('counts formed, ended and flipped signed pairs over every pair seen', () => {
    const rows = (day: string) =>
      snapshotGraph(
        snapshotOf(
          [
            ['a', 'allied_with', 'b', '2015/2016-06'],
            ['a', 'hostile_to', 'b', '2016-09/..'],
            ['b', 'hostile_to', 'c', '2015/2016-06'],
            ['c', 'allied_with', 'd', '2016-09/..'],
            ['d', 'hostile_to', 'e', '2015/..'],
          ],
          day,
        ),
      );
    const f = allianceFluidity(signedPairs(rows('2016-01-01')), signedPairs(rows('2017-01-01')));
    expect(f).toEqual({ before: 3, after: 3, formed: 1, ended: 1, flipped: 1, share: 3 / 4 });
  });
});

describe('fragmentation', () => {
  it('counts armed groups with a standing tie in force, and genealogical ties per year', () => {
    const list = facts([
      ['a', 'allied_with', 'b', '2015/..'],
      ['c', 'split_from', 'a', '2016-05'],
      ['c', 'hostile_to', 'a', '2016~/..'],
      ['d', 'merged_into', 'e', '2016'],
      ['f', 'successor_of', 'e', '/2017'],
    ]);
    const known = actors(['a', 'b', 'c', 'd', 'e', 'f'], 'armed_group', { b: 'state' });
    expect(activeActorIds(list, known, ['armed_group'], '2016-06-01')).toEqual({ definite: ['actor:a'], possible: ['actor:a', 'actor:c'] });
    expect(genealogyPerYear(list.map((f) => f.relation))).toEqual([
      { year: 2016, counts: { split_from: 1, merged_into: 1 }, imprecise: 0 },
      { year: 2017, counts: { successor_of: 1 }, imprecise: 1 },
    ]);
  });
});

describe('communal dynamics', () => {
  const list = facts([
    ['g1', 'based_on_community', 'fulani', '2015/..'],
    ['g2', 'based_on_community', 'dogon', '2016/..'],
    ['g3', 'based_on_community', 'fulani', '2016/..'],
    ['g3', 'based_on_community', 'tuareg', '2016/..'],
  ]);
  const known = actors(['g1', 'g2', 'g3', 'fulani', 'dogon', 'tuareg', 'civilians'], 'armed_group', {
    fulani: 'community',
    dogon: 'community',
    tuareg: 'community',
    civilians: 'other_org',
  });
  const bases = new CommunityBases(list, known);
  const event = (id: string, date: string, participants: [string, 'perpetrator' | 'victim' | 'participant'][], best?: number) => ({
    id: `event:${id}`,
    type: 'attack_on_civilians' as const,
    date,
    participants: participants.map(([a, role]) => ({ actor: `actor:${a}`, role })),
    description: id,
    ...(best === undefined ? {} : { fatalities: { best } }),
  });

  it('counts violence between the communities armed groups draw on, once per event and pair', () => {
    const cells = communalViolence(
      [
        event(
          'x',
          '2017-01-05',
          [
            ['g2', 'perpetrator'],
            ['fulani', 'victim'],
          ],
          30,
        ),
        event(
          'y',
          '2017-02',
          [
            ['g1', 'participant'],
            ['g2', 'participant'],
          ],
          4,
        ),
        event('z', '2017-03', [
          ['g3', 'perpetrator'],
          ['g2', 'victim'],
        ]),
        {
          ...event('w', '2017-03', [
            ['g3', 'perpetrator'],
            ['g2', 'victim'],
          ]),
          type: 'agreement' as const,
        },
      ],
      bases,
    );
    expect(cells.map((c) => [c.a, c.b, c.events, c.fatalities.best])).toEqual([
      ['actor:dogon', 'actor:fulani', 3, 34],
      ['actor:dogon', 'actor:tuareg', 1, 0],
    ]);
  });

  it('measures tribalisation as the share of based groups drawing on one community', () => {
    expect(tribalisation('2017-01-01', ['actor:g1', 'actor:g2', 'actor:g3', 'actor:civilians'], bases)).toEqual({
      day: '2017-01-01',
      withBase: 3,
      single: 2,
      share: 2 / 3,
    });
    expect(tribalisation('2015-06-01', ['actor:g1', 'actor:g2'], bases).share).toBe(1);
  });
});
