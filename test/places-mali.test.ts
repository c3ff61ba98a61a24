// Place profiles and the search across kinds on the shipped Mali dataset: facts checked by hand against data/mali.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../src/services/dataset/load-dataset.js';
import { withinPlaces } from '../src/services/queries/event-filter.js';
import { events } from '../src/services/queries/events.js';
import { placeProfile } from '../src/services/queries/place-profile.js';
import { search } from '../src/services/queries/search.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';

describe('place profiles and search on the Mali dataset', () => {
  let store: SqliteStore;
  beforeAll(async () => {
    store = new SqliteStore({ path: ':memory:' });
    await loadDataset(store, 'data/mali', { by: 'test' });
  });

  it('Kidal: a town in the Kidal Region of Mali, with its exact point', async () => {
    const p = await placeProfile(store, 'place:kidal');
    expect(p.place).toMatchObject({ name: 'Kidal', kind: 'town', precision: 'exact' });
    expect(p.parents.map((x) => x.id)).toEqual(['place:mali', 'place:kidal-region']);
    expect(p.children).toEqual([]);
  });

  it('Kidal: who held it, each tie with its interval and footnotes; the CMA until November 2023, then the army again', async () => {
    const p = await placeProfile(store, 'place:kidal');
    const held = p.presence.find((s) => s.title === 'Held by')?.statements ?? [];
    expect(held.map((s) => [s.other?.id, s.when])).toEqual(
      expect.arrayContaining([
        ['actor:cma', '2014/2023-11-15'],
        ['actor:fama', '2023-11-15/..'],
        ['actor:fama', '2013-07/2014-05'],
      ]),
    );
    // In order of start: the 2013 army presence before the CMA's 2014 hold, and its return last.
    const order = held.map((s) => s.id);
    expect(order.indexOf('rel:fama.controls.kidal')).toBeLessThan(order.indexOf('rel:cma.controls.kidal'));
    expect(order.at(-1)).toBe('rel:fama.controls.kidal.2');
    for (const s of held) expect(s.footnotes.length, s.id).toBeGreaterThan(0);
    // Every footnote number a statement cites is in the notes, with a passage of a known source.
    const numbers = new Set(p.notes.map((n) => n.n));
    for (const s of p.presence.flatMap((x) => x.statements)) for (const n of s.footnotes) expect(numbers.has(n)).toBe(true);
    const titles = new Set(p.sources.map((s) => s.title));
    for (const note of p.notes) for (const passage of note.passages) expect(titles.has(passage.sourceTitle)).toBe(true);
    expect(p.presence.find((s) => s.title === 'Areas of operation')?.statements.map((s) => s.other?.id)).toContain('actor:operation-barkhane');
  });

  it('Kidal Region: events inside it count, as `events --place` counts them, and ties to places inside it are listed', async () => {
    const region = await placeProfile(store, 'place:kidal-region');
    const cli = await events(store, { places: ['place:kidal-region'], by: 'year', limit: 0 });
    expect(region.events.total).toBe(cli.total.events);
    expect(region.events.byYear.map((y) => [y.key, y.events, y.fatalities])).toEqual(cli.groups.map((g) => [g.key, g.events, g.fatalities]));
    expect(region.events.fatalities).toEqual(cli.total.fatalities);
    const town = await placeProfile(store, 'place:kidal');
    expect(region.events.total).toBeGreaterThan(town.events.total);
    expect(region.children.map((c) => c.id)).toEqual(expect.arrayContaining(['place:kidal', 'place:tessalit', 'place:aguelhok', 'place:kidal-cercle']));
    expect(region.children.find((c) => c.id === 'place:kidal')?.events).toBe(town.events.total);
    // Ties to the town are the region's story too.
    expect(region.presence.flatMap((s) => s.statements).map((s) => s.id)).toEqual(
      expect.arrayContaining(['rel:cma.controls.kidal', 'rel:cma.operates-in.kidal-region']),
    );
  });

  it('an unknown toll is counted as unknown, not as zero deaths', async () => {
    const p = await placeProfile(store, 'place:kidal-region');
    const unknown = p.events.list.filter((e) => e.fatalities === undefined).length;
    expect(unknown).toBeGreaterThan(0);
    expect(p.events.tollUnknown).toBe(unknown);
    expect(p.events.byYear.reduce((n, y) => n + y.tollUnknown, 0)).toBe(p.events.tollUnknown);
  });

  it('events at the place name where exactly they happened and who took part', async () => {
    const p = await placeProfile(store, 'place:kidal-region');
    const atTessalit = p.events.list.filter((e) => e.place?.id === 'place:tessalit');
    expect(atTessalit.length).toBeGreaterThan(0);
    for (const e of p.events.list) expect(e.footnotes.length, e.id).toBeGreaterThan(0);
    expect(p.participants[0]?.events).toBeGreaterThanOrEqual(p.participants[1]?.events ?? 0);
  });

  it('an unknown place is a not_found error', async () => {
    await expect(placeProfile(store, 'place:atlantis')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('search: tombouctou, Tombouctou, TOMBOUCTOU and timbuktu find the same town first', async () => {
    const first = async (q: string) => (await search(store, q)).places[0]?.id;
    for (const q of ['tombouctou', 'Tombouctou', 'TOMBOUCTOU', 'timbuktu']) expect(await first(q), q).toBe('place:timbuktu');
    const fr = await search(store, 'tombouctou');
    expect(fr.places[0]).toMatchObject({ name: 'Timbuktu', matched: 'Tombouctou', within: ['Timbuktu Region', 'Mali'] });
    expect(fr.places.map((p) => p.id)).toContain('place:timbuktu-region');
  });

  it('search: ségou and segou find Ségou; kidal finds the town, its cercle and region, and events there', async () => {
    for (const q of ['ségou', 'segou', 'SEGOU']) expect((await search(store, q)).places[0]?.id, q).toBe('place:segou');
    const kidal = await search(store, 'kidal');
    expect(kidal.places.slice(0, 3).map((p) => p.id)).toEqual(expect.arrayContaining(['place:kidal']));
    expect(kidal.places.map((p) => p.id)).toEqual(expect.arrayContaining(['place:kidal-region', 'place:kidal-cercle']));
    expect(kidal.events.total).toBe((await events(store, { places: ['place:kidal-region'], limit: 0 })).total.events);
    // Latest first.
    const days = kidal.events.list.map((e) => e.earliest);
    expect([...days].sort().reverse()).toEqual(days);
  });

  it('search: mali lists the latest events of the whole country, reading only the years it needs, as the full list would give them', async () => {
    const found = await search(store, 'mali', { limit: 20 });
    expect(found.places[0]?.id).toBe('place:mali');
    const all = await store.filterEvents({
      places: withinPlaces(
        found.events.at.map((p) => p.id),
        await store.list('place'),
      ),
    });
    expect(found.events.total).toBe(all.length);
    expect(found.events.list.map((e) => e.id)).toEqual(
      all
        .slice(-20)
        .reverse()
        .map((e) => e.id),
    );
  });

  it('search: gao finds the town and the actor named for it; actors keep their alias search', async () => {
    const gao = await search(store, 'gao');
    expect(gao.places[0]?.id).toBe('place:gao');
    expect(gao.actors.map((a) => a.id)).toContain('actor:standing-battalion-of-gao');
    expect((await search(store, 'ansar al din')).actors.map((a) => a.id)).toContain('actor:ansar-dine');
    expect((await search(store, 'ansar al din')).actors).toEqual(await store.searchActors('ansar al din', { limit: 20 }));
  });

  it('search: sources by title, author or publisher; nothing for a query that folds to nothing', async () => {
    expect((await search(store, 'sandor')).sources.map((s) => s.title)).toEqual([expect.stringContaining('Insecurity and Armed Actor Governance')]);
    expect((await search(store, 'modern insurgent')).sources).toHaveLength(1);
    const nothing = await search(store, '—');
    expect([nothing.actors, nothing.places, nothing.sources, nothing.events.list]).toEqual([[], [], [], []]);
  });
});
