import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';
import { TEST_GROUPS } from '../testing.js';
import { KnownTies, knownFeatures, type KnownTie } from './known-ties.js';
import type { RankerModel } from './rank-relations.js';

describe('known ties', () => {
  const known = new KnownTies([
    { type: 'member_of', from: 'actor:a', to: 'actor:b' },
    { type: 'hostile_to', from: 'actor:d', to: 'actor:c' },
  ]);

  it('tells a recorded tie by its type and direction, and a symmetric one in either order', () => {
    expect(known.has('member_of', 'actor:a', 'actor:b')).toBe(true);
    expect(known.has('member_of', 'actor:b', 'actor:a')).toBe(false);
    expect(known.has('hostile_to', 'actor:c', 'actor:d')).toBe(true);
    expect(known.has('leads', 'actor:a', 'actor:b')).toBe(false);
  });

  it('gives `kb` for the recorded type, `kbo` for another type between the same two, nothing for an unlinked pair', () => {
    expect(knownFeatures(known, 'member_of', 'actor:a', 'actor:b')).toEqual(['kb']);
    expect(knownFeatures(known, 'leads', 'actor:b', 'actor:a')).toEqual(['kbo']);
    expect(knownFeatures(known, 'member_of', 'actor:a', 'actor:c')).toEqual([]);
    expect(knownFeatures(undefined, 'member_of', 'actor:a', 'actor:b')).toEqual([]);
  });
});

describe('a recorded tie in the extraction', () => {
  // A ranker that proposes member_of only for a pair the graph records as such: what the feature does, not what it weighs.
  const ranker: RankerModel = { threshold: 0.5, types: { member_of: { kinds: ['armed_group>coalition'], weights: { bias: -2, kb: 4 } } } };
  const text = 'The Desert Brigade fought beside the Sahel Union near the river.';
  const run = (known: readonly KnownTie[]) =>
    extract({ text, language: 'en', actors: TEST_GROUPS, places: [], ranker, known }).relations.map((r) => [r.type, r.from.id, r.to.id]);

  it('is proposed when the graph records it and the sentence names both ends', () => {
    expect(run([{ type: 'member_of', from: 'actor:brigade', to: 'actor:union' }])).toContainEqual(['member_of', 'actor:brigade', 'actor:union']);
  });

  it('is not proposed without the record, nor for a pair the graph links by another type', () => {
    expect(run([])).not.toContainEqual(['member_of', 'actor:brigade', 'actor:union']);
    expect(run([{ type: 'hostile_to', from: 'actor:brigade', to: 'actor:union' }])).not.toContainEqual(['member_of', 'actor:brigade', 'actor:union']);
  });
});
