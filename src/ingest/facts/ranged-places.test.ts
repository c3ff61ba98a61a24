// A place as the object of a verb of ranging, or after a kept footing. Sentences written for the tests.
import { describe, expect, it } from 'vitest';
import { TEST_GROUPS, testPlace, tableRelations } from './testing.js';

const relationsIn = tableRelations(TEST_GROUPS, [testPlace('gao', 'Gao'), testPlace('kidal', 'Kidal'), { ...testPlace('gourma', 'Gourma'), kind: 'area' }]);
const placed = (text: string, language = 'en') => relationsIn(text, language).filter(([type]) => type === 'operates_in');

describe('a place ranged over or kept a footing in', () => {
  it('reads the object of a verb of ranging', () => {
    expect(placed('The FLN roams the Gourma and Gao.')).toEqual([
      ['operates_in', 'actor:fln', 'place:gourma'],
      ['operates_in', 'actor:fln', 'place:gao'],
    ]);
    expect(placed('La Desert Brigade sillonne le Gourma depuis 2018.', 'fr')).toEqual([['operates_in', 'actor:brigade', 'place:gourma']]);
  });

  it('reads the place after a footing kept there', () => {
    expect(placed('The River Guard keeps posts in Kidal.')).toEqual([['operates_in', 'actor:guard', 'place:kidal']]);
    expect(placed('Le FLN conserve de solides bases autour de Gao.', 'fr')).toEqual([['operates_in', 'actor:fln', 'place:gao']]);
  });

  it('reads nothing from a denied footing, or a roaming with no place', () => {
    expect(placed('The FLN has no foothold in the Gourma.')).toEqual([]);
    expect(placed('FLN fighters roam freely, residents say, and Gao is calm.')).toEqual([]);
    expect(placed('Le FLN ne garde aucun poste à Gao.', 'fr')).toEqual([]);
  });
});
