// The extractor reads towns the dataset does not hold from the same gazetteer as the importers.
import { describe, expect, it } from 'vitest';
import { ingestDocuments } from '../src/services/ingest/ingest-document.js';
import { gazetteerPlaces } from '../src/services/places/gazetteer-places.js';
import { GAZETTEER_PLACES, gazetteerStore, tempFile } from './support/ingest-fixtures.js';

describe('ingest with the gazetteer', () => {
  it('offers the conflict countries’ towns the dataset lacks, never a twin of a recorded place', () => {
    const offered = gazetteerPlaces(GAZETTEER_PLACES);
    expect(offered.find((p) => p.name === 'Djibo')).toMatchObject({ country: 'BF', gazetteer: expect.stringMatching(/^gn:BF\./), precision: 'exact' });
    expect(offered.some((p) => p.country === 'ML' && p.name === 'Ménaka')).toBe(false);
    expect(offered.some((p) => p.country === 'GH')).toBe(false);
  });

  it('places a proposed event in a town only the gazetteer holds, and adds that town with its link and point', async () => {
    const store = await gazetteerStore();
    const file = tempFile('djibo.md', '# Note\n\nOn 14 March 2019, ISGS fighters attacked a FAMa patrol near Djibo, killing 6 soldiers.\n');
    const [result] = await ingestDocuments(store, [file], { by: 'tester' });
    const event = result?.events.find((e) => e.type === 'armed_clash' || e.type === 'attack');
    expect(event?.place).toMatch(/^place:gn-bf-/);
    const added = (await store.list('place')).find((p) => p.id === event?.place);
    expect(added).toMatchObject({ name: 'Djibo', country: 'BF', gazetteer: expect.stringMatching(/^gn:BF\./) });
  });

  it('adds a town only the gazetteer holds when a proposed relation ends there, so the proposal can be accepted', async () => {
    const store = await gazetteerStore();
    const file = tempFile('djibo-presence.md', '# Note\n\nSince 2019 ISGS fighters have been active around Djibo.\n');
    await ingestDocuments(store, [file], { by: 'tester' });
    const proposals = await store.claims({ statuses: ['proposed'] });
    const presence = proposals.find((c) => c.subject.startsWith('rel:') && (c.value as { type?: string } | undefined)?.type === 'operates_in');
    const to = (presence?.value as { to?: string } | undefined)?.to;
    expect(to).toMatch(/^place:gn-bf-/);
    expect((await store.list('place')).find((p) => p.id === to)).toMatchObject({ name: 'Djibo', country: 'BF' });
  });
});
