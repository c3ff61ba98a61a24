import { describe, expect, it } from 'vitest';
import type { Change } from '../../core/store-port.js';
import { buildActor, buildClaim, buildEvent, buildRelation, buildSource } from '../../../test/factories.js';
import { consistentBatches } from './consistent-batches.js';

const place = (slug: string, parent?: string): Change => ({
  kind: 'place',
  record: { id: `place:${slug}`, kind: 'town', name: slug, ...(parent ? { parent: `place:${parent}` } : {}) } as Change['record'],
});

describe('consistent batches', () => {
  it('puts referenced records first, each with its claims, parents before children', () => {
    const changes: Change[] = [
      { kind: 'claim', record: buildClaim('rel:b-in-c', 1) },
      { kind: 'relation', record: buildRelation('b-in-c') },
      { kind: 'event', record: buildEvent('x') },
      { kind: 'claim', record: buildClaim('event:x', 1) },
      place('kidal', 'kidal-region'),
      place('kidal-region'),
      { kind: 'actor', record: buildActor('b') },
      { kind: 'claim', record: buildClaim('actor:b', 1) },
      { kind: 'claim', record: buildClaim('actor:new', 1, { status: 'proposed' }) },
      { kind: 'source', record: buildSource() },
    ];
    const flat = consistentBatches(changes, 2).flat();
    expect(flat.map((c) => c.record.id)).toEqual([
      buildSource().id,
      'place:kidal-region',
      'place:kidal',
      'actor:b',
      'actor:b#1',
      'event:x',
      'event:x#1',
      'rel:b-in-c',
      'rel:b-in-c#1',
      'actor:new#1',
    ]);
    // A record and its claims are never split across batches.
    for (const batch of consistentBatches(changes, 2)) {
      for (const change of batch)
        if (change.kind === 'claim' && !change.record.id.startsWith('actor:new'))
          expect(batch.map((c) => c.record.id)).toContain(change.record.id.split('#')[0]);
    }
  });
});
