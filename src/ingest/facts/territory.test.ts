// Where a group holds or works, phrased without the place right after the verb: a stretch of territory in a place,
// recruiting among a community of a place, a war described as open. Sentences written for the tests; the trigger table alone.
import { describe, expect, it } from 'vitest';
import type { Place } from '../../core/model/place.js';
import { TEST_GROUPS, testActor, testPlace, tableRelations } from './testing.js';

const PLACES: Place[] = [testPlace('gao', 'Gao'), { id: 'place:east', kind: 'region', name: 'Eastern Region', country: 'ML' }];
const relationsIn = tableRelations([...TEST_GROUPS, testActor('fulani', 'Fulani', 'community', ['Peuls'])], PLACES);

describe('a stretch of territory', () => {
  it('is held in the place named after it (English)', () => {
    expect(relationsIn('The FLN controls large parts of the Eastern Region.')).toContainEqual(['controls', 'actor:fln', 'place:east']);
    expect(relationsIn('The FLN holds much of the countryside around Gao.')).toContainEqual(['controls', 'actor:fln', 'place:gao']);
  });

  it('is held in the place named after it (French)', () => {
    expect(relationsIn('Le FLN contrôle de vastes zones rurales autour de Gao.', 'fr')).toContainEqual(['controls', 'actor:fln', 'place:gao']);
    // Localities, roads or border zones of a place, whose last words may open the place's own name.
    const withCercle = tableRelations(TEST_GROUPS, [{ id: 'place:koro-cercle', kind: 'cercle', name: 'Koro Cercle', country: 'ML' }]);
    expect(withCercle('Le FLN tient plusieurs localités du cercle de Koro.', 'fr')).toContainEqual(['controls', 'actor:fln', 'place:koro-cercle']);
    expect(relationsIn('Le FLN contrôle la plupart des routes autour de Gao.', 'fr')).toContainEqual(['controls', 'actor:fln', 'place:gao']);
    expect(relationsIn('Le FLN tient les zones frontalières de Gao.', 'fr')).toContainEqual(['controls', 'actor:fln', 'place:gao']);
  });

  it('is no place held when the verb is no holding ("held talks in Gao")', () => {
    expect(relationsIn('The FLN held talks with the Desert Brigade in Gao.').filter(([type]) => type === 'controls')).toEqual([]);
  });
});

describe('recruiting among a community of a place', () => {
  it('places the group there (English and French)', () => {
    expect(relationsIn('The FLN recruits among Fulani herders of the Gao area.')).toEqual(
      expect.arrayContaining([
        ['based_on_community', 'actor:fln', 'actor:fulani'],
        ['operates_in', 'actor:fln', 'place:gao'],
      ]),
    );
    expect(relationsIn('Le FLN recrute surtout parmi les Peuls de la région de Gao.', 'fr')).toContainEqual(['operates_in', 'actor:fln', 'place:gao']);
  });
});

describe('open war', () => {
  it('is hostility (English and French)', () => {
    const hostile = ['hostile_to', 'actor:brigade', 'actor:fln'];
    expect(relationsIn('The FLN has been at open war with the Desert Brigade since 2019.')).toContainEqual(hostile);
    expect(relationsIn('The FLN is in open conflict with the Desert Brigade.')).toContainEqual(hostile);
    expect(relationsIn('Le FLN est en guerre ouverte contre la Desert Brigade depuis 2020.', 'fr')).toContainEqual(hostile);
  });
});
