import { describe, expect, it } from 'vitest';
import { indexKeys } from './index-keys.js';
import { KEYS } from './key-columns.js';

describe('index keys', () => {
  it('places each kind’s keys in the columns KEYS names', () => {
    const relation = indexKeys('relation', { id: 'r1', from: 'x', to: 'y', type: 'allied_with', valid: '2014/2015' });
    expect([relation[KEYS.relation.from], relation[KEYS.relation.to], relation[KEYS.relation.type]]).toEqual(['x', 'y', 'allied_with']);
    expect([relation.lo, relation.hi]).toEqual(['2014-01-01', '2015-12-31']);
    const event = indexKeys('event', { id: 'e1', date: '2015-03', type: 'attack', place: 'gao', participants: [] });
    expect([event[KEYS.event.place], event[KEYS.event.type], event.b]).toEqual(['gao', 'attack', null]);
    const claim = indexKeys('claim', { id: 'c1', subject: 'rel:r1', status: 'accepted' });
    expect([claim[KEYS.claim.subject], claim[KEYS.claim.status], claim.c]).toEqual(['rel:r1', 'accepted', null]);
    const actor = indexKeys('actor', { id: 'a1', name: 'Ançar', kind: 'armed_group', aliases: [{ name: 'AD' }] });
    expect([actor[KEYS.actor.kind], actor.names]).toEqual(['armed_group', ['ancar', 'ad']]);
  });

  it('does not let SQL ask a kind for a key it has not', () => {
    // @ts-expect-error events have no `from` key: a query meaning the relation column would read the place.
    expect(KEYS.event.from).toBeUndefined();
  });
});
