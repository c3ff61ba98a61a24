import { describe, expect, it } from 'vitest';
import type { Place } from '../../core/model/place.js';
import { Gazetteer } from '../../core/places/gazetteer.js';
import { linkPlaces } from './link-places.js';

const gazetteer = new Gazetteer([
  { id: 'gn:ML.09:gao', name: 'Gao', alternates: [], country: 'ML', admin1: { code: 'ML.09', name: 'Gao' }, coordinates: [-0.04, 16.27] },
  { id: 'gn:BF.06:gao', name: 'Gao', alternates: [], country: 'BF', admin1: { code: 'BF.06', name: 'Centre-Ouest' }, coordinates: [-1.6, 11.6] },
  { id: 'gn:ML.04:kona', name: 'Kona', alternates: [], country: 'ML', admin1: { code: 'ML.04', name: 'Mopti' }, coordinates: [-3.9, 14.9] },
  { id: 'gn:ML.05:kona', name: 'Kona', alternates: [], country: 'ML', admin1: { code: 'ML.05', name: 'Ségou' }, coordinates: [-5.9, 13.4] },
]);
const places: Place[] = [
  { id: 'place:mali', kind: 'country', name: 'Mali', country: 'ML' },
  { id: 'place:gao-region', kind: 'region', name: 'Gao Region', country: 'ML', parent: 'place:mali' },
  { id: 'place:gao', kind: 'town', name: 'Gao', country: 'ML', parent: 'place:gao-region' },
  { id: 'place:kona', kind: 'town', name: 'Kona', country: 'ML', parent: 'place:mali' },
  { id: 'place:far', kind: 'town', name: 'Gao', country: 'ML', coordinates: [3, 20] },
];

describe('linkPlaces', () => {
  it('links a town in its country, takes the point it lacks, and links a region to its admin area', () => {
    const report = linkPlaces(places, gazetteer, 'test');
    const byId = new Map(report.places.map((p) => [p.id, p]));
    expect(byId.get('place:gao')).toMatchObject({ gazetteer: 'gn:ML.09:gao', coordinates: [-0.04, 16.27], coordinatesSource: 'test: entry gn:ML.09:gao' });
    expect(byId.get('place:gao-region')?.gazetteer).toBe('gn:ML.09');
  });

  it('links nothing among homonyms it cannot tell apart, nor an entry far from the recorded point, and says why', () => {
    const report = linkPlaces(places, gazetteer, 'test');
    expect(report.places.find((p) => p.id === 'place:kona')?.gazetteer).toBeUndefined();
    expect(report.places.find((p) => p.id === 'place:far')?.gazetteer).toBeUndefined();
    expect(report.unsure.map((u) => u.place).sort()).toEqual(['place:far', 'place:kona']);
  });
});
