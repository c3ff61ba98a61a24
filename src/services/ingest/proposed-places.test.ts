import { describe, expect, it } from 'vitest';
import type { Place } from '../../core/model/place.js';
import { extract } from '../../ingest/extract.js';
import { placeNote, placeValue, proposedPlaces } from './proposed-places.js';

// Invented sentences; the places are a small stand-in for the dataset.
const PLACES: Place[] = [
  { id: 'place:mopti', kind: 'region', name: 'Mopti', country: 'ML' },
  { id: 'place:boni', kind: 'town', name: 'Boni', country: 'ML' },
  { id: 'place:djibo', kind: 'town', name: 'Djibo', country: 'BF' },
];
const known = new Map(PLACES.map((p) => [p.id, p]));
const ACTORS = [
  {
    id: 'actor:isgs',
    kind: 'armed_group' as const,
    name: 'Islamic State in the Greater Sahara',
    aliases: [{ name: 'ISGS', kind: 'acronym' as const }],
    description: 'test',
  },
];

function placesIn(text: string, pointedAt?: readonly string[]) {
  const extraction = extract({ text, actors: ACTORS, places: PLACES, language: 'en' });
  const proposed = extraction.mentions.filter((m) => m.kind === 'place' && m.via === 'proposed').map((m) => m.id);
  return proposedPlaces(extraction, known, new Set(pointedAt ?? proposed));
}

describe('proposedPlaces', () => {
  it('reads the country and the region the sentence names, and no coordinates', () => {
    const [place] = placesIn('Fighters settled in the village of Wuro-Dembé, in the Mopti region, in 2021.');
    expect(place).toMatchObject({ id: 'place:wuro-dembe', name: 'Wuro-Dembé', kind: 'village', country: 'ML', parent: 'place:mopti', lieIn: 'sentence' });
    expect(placeValue(place!)).toEqual({ kind: 'village', name: 'Wuro-Dembé', country: 'ML', parent: 'place:mopti', description: expect.any(String) });
  });

  it("falls back on the one country the document's towns share, and says so", () => {
    const [place] = placesIn('Boni was quiet in 2020.\n\nFighters settled in the village of Wuro-Dembé in 2021.');
    expect(place).toMatchObject({ country: 'ML', lieIn: 'document' });
    expect(place).not.toHaveProperty('parent');
    expect(placeNote(place!)).toMatch(/as the document gives/);
  });

  it('gives no country when the text names none, or towns of two countries, and the note asks the reviewer', () => {
    const [alone] = placesIn('Fighters settled in the village of Wuro-Dembé in 2021.');
    expect(alone).not.toHaveProperty('country');
    expect(placeNote(alone!)).toMatch(/no country: choose one/);
    const [between] = placesIn('Boni and Djibo were quiet in 2020.\n\nFighters settled in the village of Wuro-Dembé in 2021.');
    expect(between).not.toHaveProperty('country');
  });

  it('proposes only the places a proposal points at', () => {
    expect(placesIn('Fighters settled in the village of Wuro-Dembé in 2021.', [])).toEqual([]);
  });
});
