import { describe, expect, it } from 'vitest';
import { structuralBalance } from './balance.js';
import { centrality } from './centrality.js';
import { communalViolence, CommunityBases, tribalisation } from './communal.js';
import { CommunityTree } from './community-tree.js';
import { activeActorIds, genealogyPerYear } from './fragmentation.js';
import { allianceFluidity, signedPairs } from './fluidity.js';
import { snapshotGraph } from './graph.js';
import { projectSnapshot } from './snapshot.js';
import { tieFact } from '../core/ties/tie-facts.js';
import { actors, facts, snapshotOf } from './test-graphs.js';
import type { Claim } from '../core/model/claim.js';
import type { RelationType } from '../core/vocab/relation-types.js';

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
    const list = facts([
      ['a', 'allied_with', 'b', '2015/2016-06'],
      ['a', 'hostile_to', 'b', '2016-09/..'],
      ['b', 'hostile_to', 'c', '2015/2016-06'],
      ['c', 'allied_with', 'd', '2016-09/..'],
      ['d', 'hostile_to', 'e', '2015/..'],
    ]);
    const known = actors(['a', 'b', 'c', 'd', 'e']);
    const byId = new Map(list.map((f) => [f.relation.id, f]));
    const pairs = (day: string) => signedPairs(snapshotGraph(projectSnapshot(day, list, known)));
    const f = allianceFluidity(pairs('2016-01-01'), pairs('2017-01-01'), (id) => byId.get(id));
    expect(f).toEqual({ before: 3, after: 3, formed: 1, ended: 1, flipped: 1, appeared: 0, lapsed: 0, share: 3 / 4 });
  });

  // A standing tie a 2017 report first attests is recorded from the report's date (the dataset's
  // convention): it was known in 2017, not formed then. Failed before ties carried startDated.
  it('counts a tie as formed only when a source dates its start, and as ended only when one dates its end', () => {
    const REPORT = 'a'.repeat(64);
    const OLD = 'b'.repeat(64);
    const sourceDay = (id: string) => (id === REPORT ? '2017-08-01' : id === OLD ? '2014-01-01' : undefined);
    const claim = (subject: string, source: string): Claim => ({
      id: `${subject}#1`,
      subject,
      stance: 'supports',
      evidence: [{ source, start: 0, end: 10, sha256: 'c'.repeat(64) }],
      credibility: 2,
      method: 'analyst',
      status: 'accepted',
      by: 'test',
      at: '2026-01-01',
    });
    const tie = (id: string, from: string, type: RelationType, to: string, valid: string, source: string) =>
      tieFact({ id, type, from: `actor:${from}`, to: `actor:${to}`, valid }, [claim(id, source)], sourceDay);
    const list = [
      tie('rel:known', 'a', 'allied_with', 'b', '2017/..', REPORT),
      tie('rel:dated', 'c', 'hostile_to', 'd', '2017-03/..', REPORT),
      tie('rel:closed', 'e', 'allied_with', 'f', '2013/2017-02', OLD),
      tie('rel:faded', 'g', 'hostile_to', 'h', '2013/..', OLD),
    ];
    expect(list.map((f) => [f.startDated, f.endDated])).toEqual([
      [false, false],
      [true, false],
      [true, true],
      [true, false],
    ]);
    const known = actors(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
    const byId = new Map(list.map((f) => [f.relation.id, f]));
    const pairs = (day: string, until: string) => signedPairs(snapshotGraph(projectSnapshot(day, list, known, {}, until)));
    const f = allianceFluidity(pairs('2016-06-01', '2016-06-30'), pairs('2017-06-01', '2017-06-30'), (id) => byId.get(id));
    // known: first attested, not formed; dated: formed; closed: ended (faded was presumed only to 2016-01).
    expect(f).toMatchObject({ formed: 1, appeared: 1, ended: 1, lapsed: 0 });
    const later = allianceFluidity(pairs('2017-06-01', '2017-06-30'), pairs('2020-06-01', '2020-06-30'), (id) => byId.get(id));
    // By 2020 both open ties are past their horizon: neither is known to have ended.
    expect(later).toMatchObject({ formed: 0, ended: 0, lapsed: 2 });
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
  const flat = new CommunityTree([], known);
  const event = (id: string, date: string, participants: [string, 'perpetrator' | 'victim' | 'participant'][], best?: number) => ({
    id: `event:${id}`,
    type: 'attack_on_civilians' as const,
    date,
    participants: participants.map(([a, role]) => ({ actor: `actor:${a}`, role })),
    description: id,
    ...(best === undefined ? {} : { fatalities: { best } }),
  });

  it('counts violence between the communities armed groups draw on, once per event and pair', () => {
    const matrix = communalViolence(
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
      flat,
    );
    expect(matrix.cells.map((c) => [c.a, c.b, c.events, c.fatalities.best])).toEqual([
      ['actor:dogon', 'actor:fulani', 3, 34],
      ['actor:dogon', 'actor:tuareg', 1, 0],
    ]);
  });

  // Failed before communities had a hierarchy: the matrix paired "Imghad vs Tuareg" and "Arabs vs Arabs".
  describe('with communities inside communities', () => {
    const ties = facts([
      ['gatia', 'based_on_community', 'imghad', '2014/..'],
      ['hcua', 'based_on_community', 'ifoghas', '2014/..'],
      ['mnla', 'based_on_community', 'tuareg', '2014/..'],
      ['maa', 'based_on_community', 'lamhar', '2014/..'],
      ['cja', 'based_on_community', 'arabs', '2014/..'],
      ['kel', 'based_on_community', 'fulani', '2014/..'],
    ]);
    const who = actors(['gatia', 'hcua', 'mnla', 'maa', 'cja', 'kel', 'imghad', 'ifoghas', 'tuareg', 'lamhar', 'arabs', 'fulani'], 'armed_group', {
      imghad: 'community',
      ifoghas: 'community',
      tuareg: 'community',
      lamhar: 'community',
      arabs: 'community',
      fulani: 'community',
    });
    // Belonging holds whatever the date a report gives it: the Ifoghas tie is recorded only from 2019.
    const tree = new CommunityTree(
      facts([
        ['imghad', 'member_of', 'tuareg', '2006/..'],
        ['ifoghas', 'member_of', 'tuareg', '2019/..'],
        ['lamhar', 'member_of', 'arabs', '2006/..'],
        ['gatia', 'member_of', 'tuareg', '2014/..'],
      ]).map((f) => f.relation),
      who,
    );
    const clash = (id: string, a: string, b: string, best: number) =>
      event(
        id,
        '2016-07',
        [
          [a, 'participant'],
          [b, 'participant'],
        ],
        best,
      );
    const events = [
      clash('gatia-hcua', 'gatia', 'hcua', 10),
      clash('gatia-mnla', 'gatia', 'mnla', 5),
      clash('maa-cja', 'maa', 'cja', 2),
      clash('kel-gatia', 'kel', 'gatia', 7),
    ];
    const based = new CommunityBases(ties, who);

    it('at the top level, lifts tribes to their people and shows violence inside one people apart', () => {
      const top = communalViolence(events, based, tree, 'top');
      expect(top.level).toBe('top');
      expect(top.cells.map((c) => [c.a, c.b, c.events, c.fatalities.best])).toEqual([['actor:fulani', 'actor:tuareg', 1, 7]]);
      expect(top.within.map((w) => [w.community, w.events, w.fatalities.best])).toEqual([
        ['actor:tuareg', 2, 15],
        ['actor:arabs', 1, 2],
      ]);
    });

    it('as recorded, pairs two tribes but never a tribe with the people that contains it', () => {
      const recorded = communalViolence(events, based, tree, 'recorded');
      expect(recorded.cells.map((c) => [c.a, c.b])).toEqual([
        ['actor:fulani', 'actor:imghad'],
        ['actor:ifoghas', 'actor:imghad'],
      ]);
      for (const c of recorded.cells) expect(tree.contains(c.a, c.b) || tree.contains(c.b, c.a)).toBe(false);
      expect(recorded.within.map((w) => w.community)).toEqual(['actor:arabs', 'actor:tuareg']);
    });

    it('reads only ties between two communities as belonging', () => {
      expect(tree.top('actor:imghad')).toEqual(['actor:tuareg']);
      expect(tree.top('actor:gatia')).toEqual(['actor:gatia']);
      expect(tree.top('actor:fulani')).toEqual(['actor:fulani']);
    });
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
