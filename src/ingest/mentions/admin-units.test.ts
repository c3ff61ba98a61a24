import { describe, expect, it } from 'vitest';
import type { Place } from '../../core/model/place.js';
import { unitForms } from './admin-units.js';
import { namesIn } from './testing.js';

const PLACES: Place[] = [
  { id: 'place:soum-province', kind: 'cercle', name: 'Soum Province', country: 'BF' },
  { id: 'place:sahel-region', kind: 'region', name: 'Sahel Region', country: 'BF' },
  { id: 'place:oudalan-province', kind: 'cercle', name: 'Oudalan Province', country: 'BF' },
  { id: 'place:koro-cercle', kind: 'cercle', name: 'Koro Cercle', country: 'ML' },
  { id: 'place:douentza-cercle', kind: 'cercle', name: 'Douentza Cercle', country: 'ML' },
  { id: 'place:koro', kind: 'town', name: 'Koro', country: 'ML' },
  { id: 'place:douentza', kind: 'town', name: 'Douentza', country: 'ML' },
];

describe('administrative units written with their kind', () => {
  it('gives a unit’s forms with its kind before and after, in English and French', () => {
    expect(unitForms('cercle', ['Soum Province'])).toEqual(
      expect.arrayContaining(['Soum province', 'province of Soum', 'province du Soum', 'province de Soum']),
    );
    expect(unitForms('cercle', ['Oudalan Province'])).toEqual(expect.arrayContaining(['province de l’Oudalan']));
    expect(unitForms('region', ['Sahel Region'])).toEqual(expect.arrayContaining(['région du Sahel', 'Sahel region']));
    expect(unitForms('town', ['Koro'])).toEqual([]);
  });

  it('reads the dataset’s unit, not a new place or the town of that name', () => {
    expect(namesIn('Le JNIM contrôle les routes de la province du Soum, dans la région du Sahel et la province de l’Oudalan.', 'fr', [], PLACES)).toEqual([
      ['JNIM', 'new:actor:jnim'],
      ['province du Soum', 'place:soum-province'],
      ['région du Sahel', 'place:sahel-region'],
      ['province de l’Oudalan', 'place:oudalan-province'],
    ]);
  });

  it('distributes a plural kind over a list in English as in French', () => {
    expect(namesIn('JNIM is dominant in the cercles of Koro and Douentza.', 'en', [], PLACES)).toEqual([
      ['Koro', 'place:koro-cercle'],
      ['Douentza', 'place:douentza-cercle'],
    ]);
  });
});
