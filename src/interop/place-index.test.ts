import { describe, expect, it } from 'vitest';
import type { Place } from '../core/model/place.js';
import { Gazetteer } from '../core/places/gazetteer.js';
import { PlaceIndex } from './place-index.js';

const recorded: Place[] = [
  { id: 'place:mali', kind: 'country', name: 'Mali', country: 'ML' },
  { id: 'place:gao-region', kind: 'region', name: 'Gao Region', country: 'ML', parent: 'place:mali', aliases: [{ name: 'Gao' }] },
  { id: 'place:mopti-region', kind: 'region', name: 'Mopti Region', country: 'ML', parent: 'place:mali' },
  { id: 'place:segou-region', kind: 'region', name: 'Ségou Region', country: 'ML', parent: 'place:mali' },
  { id: 'place:kona-mopti', kind: 'town', name: 'Konna', country: 'ML', parent: 'place:mopti-region' },
  { id: 'place:kona-segou', kind: 'village', name: 'Konna', country: 'ML', parent: 'place:segou-region' },
  { id: 'place:ansongo', kind: 'town', name: 'Ansongo', country: 'ML', parent: 'place:gao-region', gazetteer: 'gn:ML.09:ansongo' },
];
const gazetteer = new Gazetteer([
  { id: 'gn:ML.09:ansongo', name: 'Ansongo', alternates: ['Ansongho'], country: 'ML', admin1: { code: 'ML.09', name: 'Gao' }, coordinates: [0.5, 15.66] },
  { id: 'gn:ML.09:bourem', name: 'Bourem', alternates: [], country: 'ML', admin1: { code: 'ML.09', name: 'Gao' }, coordinates: [-0.35, 16.95] },
  {
    id: 'gn:BF.12.40:djibo',
    name: 'Djibo',
    alternates: [],
    country: 'BF',
    admin1: { code: 'BF.12', name: 'Sahel' },
    admin2: { code: 'BF.12.40', name: 'Province du Soum' },
    coordinates: [-1.63, 14.1],
  },
]);
const index = () => new PlaceIndex(recorded, 'acled', 'ACLED', gazetteer);

describe('PlaceIndex', () => {
  it('takes a recorded place among homonyms by the row region', () => {
    expect(index().resolve({ country: 'ML', admin1: 'Ségou', location: 'Konna' })).toBe('place:kona-segou');
    expect(index().resolve({ country: 'ML', admin1: 'Mopti', location: 'Konna' })).toBe('place:kona-mopti');
  });

  it('puts a new town in the recorded cercle the row names', () => {
    const places = new PlaceIndex(
      [...recorded, { id: 'place:koro-cercle', kind: 'cercle', name: 'Koro Cercle', country: 'ML', parent: 'place:mopti-region' }],
      'acled',
      'ACLED',
      gazetteer,
    );
    const id = places.resolve({ country: 'ML', admin1: 'Mopti', admin2: 'Koro', location: 'Dinangourou', coordinates: [-1.98, 14.43] });
    expect(places.created.get(id)?.parent).toBe('place:koro-cercle');
  });

  it('takes a location that names a recorded region or the country itself as that area', () => {
    expect(index().resolve({ country: 'ML', admin1: 'Gao Region', location: 'Gao Region' })).toBe('place:gao-region');
    expect(index().resolve({ country: 'ML', location: 'Mali' })).toBe('place:mali');
  });

  it('reaches a recorded place through its gazetteer link when the row spells it otherwise', () => {
    expect(index().resolve({ country: 'ML', admin1: 'Gao', location: 'Ansongho' })).toBe('place:ansongo');
  });

  it('makes a place from the gazetteer with its point, link, cercle and region', () => {
    const places = index();
    const id = places.resolve({ country: 'BF', location: 'Djibo', coordinates: [-1.62, 14.11] });
    const made = places.created.get(id);
    expect(made).toMatchObject({ name: 'Djibo', gazetteer: 'gn:BF.12.40:djibo', coordinates: [-1.63, 14.1], precision: 'exact' });
    const cercle = places.created.get(made?.parent ?? '');
    expect(cercle).toMatchObject({ kind: 'cercle', name: 'Province du Soum' });
    expect(places.created.get(cercle?.parent ?? '')).toMatchObject({ kind: 'region', name: 'Sahel' });
  });

  it('does not take a gazetteer entry whose point is far from the row (a homonym), and keeps the row point', () => {
    const places = index();
    const id = places.resolve({ country: 'ML', admin1: 'Gao', location: 'Bourem', coordinates: [2.5, 15.0] });
    expect(places.created.get(id)).toMatchObject({ coordinates: [2.5, 15.0], coordinatesSource: 'ACLED' });
    expect(places.created.get(id)?.gazetteer).toBeUndefined();
  });
});
