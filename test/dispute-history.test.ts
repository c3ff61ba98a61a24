// Acceptance: disputing an accepted claim keeps both, the fold reports it, and the earlier graph stays retrievable.
import { describe, expect, it } from 'vitest';
import { FACT_PROPERTIES, foldFact } from '../src/core/fold.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { buildActor, buildClaim, buildRelation, buildSource, evidenceFor, steppingClock } from './factories.js';

describe('disputes and record time (M4, H1)', () => {
  it('a later dispute keeps both claims, is reported by the fold, and the graph as recorded before is unchanged', async () => {
    const store = new SqliteStore({ path: ':memory:', clock: steppingClock() });
    const before = await store.write(
      [
        { kind: 'source', record: buildSource() },
        { kind: 'actor', record: buildActor('b') },
        { kind: 'actor', record: buildActor('c', { kind: 'coalition' }) },
        { kind: 'relation', record: buildRelation('b-in-c', { valid: '2017-03/..' }) },
        { kind: 'claim', record: buildClaim('rel:b-in-c', 1) },
      ],
      { by: 'analyst-1' },
    );
    const after = await store.write(
      [
        {
          kind: 'claim',
          record: buildClaim('rel:b-in-c', 2, {
            value: { valid: '2016/..' },
            evidence: evidenceFor('Group A and Group B fought near Kidal in 2016'),
            by: 'analyst-2',
          }),
        },
      ],
      { by: 'analyst-2' },
    );

    const now = await store.claims({ subjects: ['rel:b-in-c'] });
    expect(now.map((c) => c.id)).toEqual(['rel:b-in-c#1', 'rel:b-in-c#2']);
    const relation = (await store.get('relation', 'rel:b-in-c'))!;
    const fold = foldFact(relation, now, FACT_PROPERTIES.relation);
    expect(fold.status).toBe('disputed');
    expect(fold.properties['valid']?.versions.map((v) => [v.value, v.supports.map((c) => c.id)])).toEqual([
      ['2017-03/..', ['rel:b-in-c#1']],
      ['2016/..', ['rel:b-in-c#2']],
    ]);

    const recordedBefore = await store.claims({ subjects: ['rel:b-in-c'], recordedAt: before.recordedAt });
    expect(recordedBefore.map((c) => c.id)).toEqual(['rel:b-in-c#1']);
    expect(foldFact(relation, recordedBefore, FACT_PROPERTIES.relation).status).toBe('supported');
    expect(after.recordedAt > before.recordedAt).toBe(true);
  });

  it('rejecting a claim is a new version of it: the accepted one remains in history', async () => {
    const store = new SqliteStore({ path: ':memory:', clock: steppingClock() });
    const first = await store.write([{ kind: 'claim', record: buildClaim('rel:x', 1) }], { by: 'a' });
    await store.write([{ kind: 'claim', record: buildClaim('rel:x', 1, { status: 'rejected', reviewedBy: 'r', reviewedAt: '2026-02-01' }) }], { by: 'r' });
    expect((await store.get('claim', 'rel:x#1'))?.status).toBe('rejected');
    expect((await store.get('claim', 'rel:x#1', { recordedAt: first.recordedAt }))?.status).toBe('accepted');
    expect((await store.history('claim', 'rel:x#1')).map((v) => v.record.status)).toEqual(['accepted', 'rejected']);
  });
});
