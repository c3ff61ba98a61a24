// Merging and accepting a place proposed from the text, on a small constructed store (issue 20).
import { describe, expect, it } from 'vitest';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { buildActor, buildClaim, buildSource, SOURCE_ID, SOURCE_TEXT, steppingClock } from '../../../test/factories.js';
import { acceptClaim } from './accept-claim.js';
import { mergePlace } from './merge-place.js';

const reviewer = { by: 'reviewer-1', credibility: 3 as const };
const proposed = { status: 'proposed' as const, method: 'extractor@0.0.1', credibility: 6 as const };

async function world(placeValue: Record<string, unknown>): Promise<SqliteStore> {
  const store = new SqliteStore({ path: ':memory:', clock: steppingClock() });
  await store.putSourceText(SOURCE_ID, SOURCE_TEXT);
  await store.write(
    [
      { kind: 'source', record: buildSource() },
      { kind: 'actor', record: buildActor('b') },
      { kind: 'place', record: { id: 'place:kidal', kind: 'town', name: 'Kidal', country: 'ML', aliases: [{ name: 'Kidali' }] } },
      { kind: 'claim', record: buildClaim('place:ki-dal', 1, { ...proposed, value: { kind: 'village', name: 'Ki-Dal', country: 'ML' } }) },
      { kind: 'claim', record: buildClaim('place:ki-dal', 2, { ...proposed, value: placeValue }) },
      {
        kind: 'claim',
        record: buildClaim('event:2016-armed-clash-ki-dal', 1, {
          ...proposed,
          value: {
            type: 'armed_clash',
            date: '2016',
            place: 'place:ki-dal',
            participants: [{ actor: 'actor:b', role: 'perpetrator' }],
            description: 'a clash',
          },
        }),
      },
    ],
    { by: 't' },
  );
  return store;
}

describe('a proposed place on review', () => {
  it('is merged into a recorded place: its name an alias, its evidence accepted there, an event at it moved (same id)', async () => {
    const store = await world({ kind: 'village', name: 'Kidali' });
    const { place, claims } = await mergePlace(store, 'place:ki-dal#1', 'place:kidal', { ...reviewer, credibility: 4 });
    // A spelling the place already carries is not added twice.
    expect(place.aliases).toEqual([{ name: 'Kidali' }, { name: 'Ki-Dal', kind: 'spelling' }]);
    expect(claims[0]).toMatchObject({ id: 'place:kidal#1', status: 'accepted', note: 'named as Ki-Dal; merged on review' });
    expect((await store.get('claim', 'event:2016-armed-clash-ki-dal#1'))?.value).toMatchObject({ place: 'place:kidal' });
    // The second proposal of the same village is evidence for Kidal now, still proposed: no twin is left to accept.
    expect(await store.get('claim', 'place:ki-dal#2')).toMatchObject({ status: 'rejected', note: expect.stringMatching(/replaced by place:kidal#2/) });
    expect(await store.get('claim', 'place:kidal#2')).toMatchObject({ status: 'proposed', subject: 'place:kidal' });
    expect(await store.get('claim', 'place:kidal#2')).not.toHaveProperty('value');
    expect(await store.get('place', 'place:kidal')).toMatchObject({ country: 'ML', aliases: place.aliases });
  });

  it("refuses to merge the extractor's proposal without the reviewer's grade, and writes nothing", async () => {
    const store = await world({ kind: 'village', name: 'Ki-Dal' });
    await expect(mergePlace(store, 'place:ki-dal#1', 'place:kidal', { by: 'reviewer-1' })).rejects.toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'credibility' }],
    });
    expect(await store.get('claim', 'place:ki-dal#1')).toMatchObject({ status: 'proposed' });
    expect((await store.get('place', 'place:kidal'))?.aliases ?? []).not.toContainEqual(expect.objectContaining({ name: 'Ki-Dal' }));
  });

  it('refuses to merge into an actor or a missing place, and a claim that is not about a place', async () => {
    const store = await world({ kind: 'village', name: 'Ki-Dal' });
    await expect(mergePlace(store, 'place:ki-dal#1', 'place:nowhere', { ...reviewer, credibility: 4 })).rejects.toMatchObject({ code: 'not_found' });
    await expect(mergePlace(store, 'event:2016-armed-clash-ki-dal#1', 'place:kidal', { ...reviewer, credibility: 4 })).rejects.toMatchObject({
      code: 'invalid_input',
    });
  });

  it('is accepted only with a country, and a parent it names must be recorded first', async () => {
    const store = await world({ kind: 'village', name: 'Ki-Dal', country: 'ML', parent: 'place:nowhere' });
    await store.write([{ kind: 'claim', record: buildClaim('place:ki-dal', 3, { ...proposed, value: { kind: 'village', name: 'Ki-Dal' } }) }], { by: 't' });
    await expect(acceptClaim(store, 'place:ki-dal#3', reviewer)).rejects.toMatchObject({ code: 'invalid_input', issues: [{ path: 'country' }] });
    await expect(acceptClaim(store, 'place:ki-dal#2', reviewer)).rejects.toMatchObject({ code: 'unknown_reference' });
    await expect(acceptClaim(store, 'event:2016-armed-clash-ki-dal#1', reviewer)).rejects.toMatchObject({ code: 'unknown_reference' });
    await acceptClaim(store, 'place:ki-dal#1', reviewer);
    expect(await store.get('place', 'place:ki-dal')).toMatchObject({ name: 'Ki-Dal', country: 'ML' });
    expect(await store.get('place', 'place:ki-dal')).not.toHaveProperty('coordinates');
    await acceptClaim(store, 'event:2016-armed-clash-ki-dal#1', reviewer);
    expect(await store.get('event', 'event:2016-armed-clash-ki-dal')).toMatchObject({ place: 'place:ki-dal' });
  });
});
