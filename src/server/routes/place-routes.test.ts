// GET /api/places/:id/profile and GET /api/search over HTTP.
import { describe, expect, it } from 'vitest';
import { buildActor, buildClaim, buildEvent, buildRelation, buildSource, steppingClock } from '../../../test/factories.js';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { createApp } from '../app.js';

async function world() {
  const store = new SqliteStore({ path: ':memory:', clock: steppingClock() });
  await store.write(
    [
      { kind: 'source', record: buildSource({ title: 'Notes from the Adrar', authors: ['A. Researcher'] }) },
      { kind: 'actor', record: buildActor('a') },
      { kind: 'actor', record: buildActor('b') },
      { kind: 'place', record: { id: 'place:mali', kind: 'country', name: 'Mali', country: 'ML' } },
      {
        kind: 'place',
        record: { id: 'place:tim', kind: 'town', name: 'Timbuktu', aliases: [{ name: 'Tombouctou', lang: 'fr' }], country: 'ML', parent: 'place:mali' },
      },
      { kind: 'relation', record: buildRelation('a-holds-tim', { type: 'controls', from: 'actor:a', to: 'place:tim', valid: '2012-04/2013-01' }) },
      { kind: 'claim', record: buildClaim('rel:a-holds-tim', 1) },
      { kind: 'event', record: buildEvent('clash', { date: '2016-05', place: 'place:tim' }) },
      { kind: 'event', record: buildEvent('raid', { date: '2017', place: 'place:tim', fatalities: { best: 4 } }) },
      { kind: 'claim', record: buildClaim('event:clash', 1) },
    ],
    { by: 't' },
  );
  return { store, app: createApp(store) };
}

describe('GET /api/places/:id/profile', () => {
  it('answers the profile of a country with the events and ties of the places inside it', async () => {
    const { store, app } = await world();
    const response = await app.request('/api/places/place:mali/profile');
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      children: { id: string; events: number }[];
      events: { total: number; tollUnknown: number; byYear: { key: string; events: number }[] };
      presence: { title: string; statements: { id: string; when: string; footnotes: number[] }[] }[];
    };
    expect(body.children).toEqual([expect.objectContaining({ id: 'place:tim', events: 2 })]);
    expect(body.events).toMatchObject({ total: 2, tollUnknown: 1 });
    expect(body.events.byYear.map((y) => [y.key, y.events])).toEqual([
      ['2016', 1],
      ['2017', 1],
    ]);
    expect(body.presence).toEqual([
      { title: 'Held by', statements: [expect.objectContaining({ id: 'rel:a-holds-tim', when: '2012-04/2013-01', footnotes: [1] })] },
    ]);
    await store.close();
  });

  it('is a 404 for an unknown place and a 400 for a malformed id', async () => {
    const { store, app } = await world();
    expect((await app.request('/api/places/place:nowhere/profile')).status).toBe(404);
    expect((await app.request('/api/places/Timbuktu/profile')).status).toBe(400);
    await store.close();
  });
});

describe('GET /api/search', () => {
  it('finds a place by its French name in any case, its events, and a source by author', async () => {
    const { store, app } = await world();
    for (const q of ['tombouctou', 'TOMBOUCTOU', 'Timbuktu']) {
      const body = (await (await app.request(`/api/search?q=${q}`)).json()) as { places: { id: string }[]; events: { total: number; list: { id: string }[] } };
      expect(
        body.places.map((p) => p.id),
        q,
      ).toEqual(['place:tim']);
      expect(body.events.list.map((e) => e.id)).toEqual(['event:raid', 'event:clash']);
    }
    const bySource = (await (await app.request('/api/search?q=researcher')).json()) as { sources: { title: string }[] };
    expect(bySource.sources.map((s) => s.title)).toEqual(['Notes from the Adrar']);
    await store.close();
  });

  it('refuses an empty query and caps the limit', async () => {
    const { store, app } = await world();
    expect((await app.request('/api/search?q=')).status).toBe(400);
    expect((await app.request('/api/search')).status).toBe(400);
    expect((await app.request('/api/search?q=a&limit=1')).status).toBe(200);
    await store.close();
  });
});
