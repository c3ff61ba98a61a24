// Issue 20 (review): an edited proposal that lands on a tie already recorded never turns it DISPUTED
// by being merged into an episode it was not about, and its note says what it now asserts.
import { describe, expect, it } from 'vitest';
import { ingestDocuments } from '../src/services/ingest/ingest-document.js';
import { ties } from '../src/services/queries/ties.js';
import { editClaim } from '../src/services/review/edit-claim.js';
import type { Store } from '../src/core/store-port.js';
import { buildClaim, buildRelation, buildSource } from './factories.js';
import { FIXTURE_REPORT, gazetteerStore } from './support/ingest-fixtures.js';

const reviewer = { by: 'reviewer-1', clock: () => new Date('2026-02-01T10:00:00Z') };
/** The fixture's proposals, over a store that already records GATIA and the MSA as `type` from `valid`. */
async function withRecordedHostility(valid: string, type: 'hostile_to' | 'allied_with' = 'hostile_to') {
  const store = await gazetteerStore();
  const id = `gatia.${type.replace('_', '-')}.msa`;
  await store.write(
    [
      { kind: 'source', record: buildSource({ date: '2016-01' }) },
      { kind: 'relation', record: buildRelation(id, { type, from: 'actor:gatia', to: 'actor:msa', valid }) },
      { kind: 'claim', record: buildClaim(`rel:${id}`, 1) },
    ],
    { by: 'analyst' },
  );
  await ingestDocuments(store, [FIXTURE_REPORT], { by: 'tester' });
  const allied = (await store.claims({ statuses: ['proposed'] })).find((c) => c.subject.startsWith('rel:gatia.allied-with.msa'));
  if (!allied) throw new Error('the fixture no longer proposes GATIA allied with the MSA');
  return { store, allied };
}

const spanOf = async (store: Store, id: string) => (await ties(store)).ties.find((t) => t.id === id);

describe('an edited relation on a recorded tie (issue 20, review)', () => {
  it('reversed onto a tie that ended before its date, it becomes a new episode and the old one stays undisputed', async () => {
    const { store, allied } = await withRecordedHostility('2014/2015');
    expect(allied.note).toMatch(/allied/i);
    const edited = await editClaim(
      store,
      allied.id,
      { type: 'hostile_to', from: 'actor:msa', to: 'actor:gatia' },
      { ...reviewer, accept: true, credibility: 3 },
    );
    expect(edited.subject).toBe('rel:gatia.hostile-to.msa.2');
    expect(edited.note).toMatch(/^hostile to: Movement for the Salvation of Azawad → Imghad Tuareg .* \(edited on review\)$/);
    expect(await store.get('relation', 'rel:gatia.hostile-to.msa.2')).toMatchObject({ type: 'hostile_to', from: 'actor:msa', to: 'actor:gatia' });
    expect(await spanOf(store, 'rel:gatia.hostile-to.msa')).toMatchObject({ disputed: false });
    expect(await spanOf(store, 'rel:gatia.hostile-to.msa.2')).toMatchObject({ disputed: false });
    expect((await store.get('claim', allied.id))?.status).toBe('rejected');
  });

  it('onto a tie in force at its date, it backs that tie, which stays undisputed', async () => {
    const { store, allied } = await withRecordedHostility('2015/..');
    const edited = await editClaim(store, allied.id, { type: 'hostile_to' }, { ...reviewer, accept: true, credibility: 3 });
    expect(edited.subject).toBe('rel:gatia.hostile-to.msa');
    expect(edited.note).toMatch(/^hostile to: Imghad Tuareg .* → Movement for the Salvation of Azawad \(edited on review\)$/);
    expect(await store.get('relation', 'rel:gatia.hostile-to.msa.2')).toBeUndefined();
    expect(await spanOf(store, 'rel:gatia.hostile-to.msa')).toMatchObject({ disputed: false });
  });

  it('a reviewer who dates the tie against the recorded bounds of the same episode records a real disagreement', async () => {
    const { store, allied } = await withRecordedHostility('2015/2018-06');
    const edited = await editClaim(store, allied.id, { type: 'hostile_to', valid: '2017/2019' }, { ...reviewer, accept: true, credibility: 3 });
    expect(edited.subject).toBe('rel:gatia.hostile-to.msa');
    expect(await spanOf(store, 'rel:gatia.hostile-to.msa')).toMatchObject({ disputed: true });
  });

  it('the extractor proposes a tie read in a sentence dated after the recorded episode ended as a new episode', async () => {
    const { store, allied } = await withRecordedHostility('2014/2015', 'allied_with');
    expect(allied).toMatchObject({ subject: 'rel:gatia.allied-with.msa.2', value: { type: 'allied_with', valid: '2018-01/2018-04' } });
    expect(await store.get('relation', 'rel:gatia.allied-with.msa.2')).toBeUndefined();
  });

  it('the extractor proposes a tie read in a sentence dated inside the recorded episode as plain support of it', async () => {
    const { allied } = await withRecordedHostility('2016/..', 'allied_with');
    expect(allied.subject).toBe('rel:gatia.allied-with.msa');
    expect(allied.value).toBeUndefined();
  });
});
