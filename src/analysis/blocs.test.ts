import { describe, expect, it } from 'vitest';
import { blocsOf, type BlocPair } from './blocs.js';
import type { PairSign } from './pair-sign.js';
import type { InForce } from '../core/ties/tie-span.js';

const pair = (a: string, b: string, sign: PairSign = 'positive', certainty: InForce = 'definite'): BlocPair => ({ a, b, sign, certainty });

/** Four actors all tied to each other. */
const clique = (p: string, sign: PairSign = 'positive'): BlocPair[] => [
  pair(`${p}1`, `${p}2`, sign),
  pair(`${p}1`, `${p}3`, sign),
  pair(`${p}1`, `${p}4`, sign),
  pair(`${p}2`, `${p}3`, sign),
  pair(`${p}2`, `${p}4`, sign),
  pair(`${p}3`, `${p}4`, sign),
];

const membersOf = (pairs: BlocPair[]) => blocsOf(pairs).blocs.map((b) => b.members);

describe('blocs of cooperation', () => {
  it('hostility separates: two allied cliques at war are two blocs, and a pair only hostile binds nothing', () => {
    const { blocs, blocOf } = blocsOf([...clique('a'), ...clique('b'), pair('a1', 'b1', 'negative'), pair('loner', 'a2', 'negative')]);
    expect(blocs.map((b) => b.members.length)).toEqual([4, 4, 1]);
    expect(blocOf.get('a1')).not.toBe(blocOf.get('b1'));
    expect(blocs[2]).toEqual({ index: 2, members: ['loner'] });
  });

  it('unsigned ties (membership, command, a community base) and ambivalent pairs bind', () => {
    const { blocs } = blocsOf([...clique('a', 'unsigned'), ...clique('b', 'ambivalent'), pair('a1', 'b1', 'negative')]);
    expect(blocs.map((b) => b.members.length)).toEqual([4, 4]);
  });

  it('weighs pairs by certainty: an actor goes with the bloc it is definitely tied to, not the one it only possibly is', () => {
    const bridge = (sure: string, unsure: string) => [
      pair('x', `${sure}1`),
      pair('x', `${sure}2`),
      pair('x', `${unsure}1`, 'positive', 'possible'),
      pair('x', `${unsure}2`, 'positive', 'presumed'),
    ];
    const withA = blocsOf([...clique('a'), ...clique('b'), ...bridge('a', 'b')]);
    expect(withA.blocOf.get('x')).toBe(withA.blocOf.get('a1'));
    const withB = blocsOf([...clique('a'), ...clique('b'), ...bridge('b', 'a')]);
    expect(withB.blocOf.get('x')).toBe(withB.blocOf.get('b1'));
  });

  it('gives the same blocs whatever the order of the pairs and of their ends, largest first, best-connected first', () => {
    const pairs = [...clique('a'), ...clique('b'), pair('b1', 'c'), pair('a1', 'b1', 'negative')];
    const shuffled = [...pairs].reverse().map((p, i) => (i % 2 ? { ...p, a: p.b, b: p.a } : p));
    expect(blocsOf(shuffled)).toEqual(blocsOf(pairs));
    expect(membersOf(pairs)[0]).toEqual(['b1', 'b2', 'b3', 'b4', 'c']);
  });

  it('no pairs, no blocs', () => {
    expect(blocsOf([])).toEqual({ blocs: [], blocOf: new Map(), modularity: 0 });
  });
});
