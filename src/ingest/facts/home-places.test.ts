// A place given as a group's cradle or stronghold places the group. Sentences written for the tests.
import { describe, expect, it } from 'vitest';
import { TEST_GROUPS, testPlace, tableRelations } from './testing.js';

const relationsIn = tableRelations(TEST_GROUPS, [testPlace('gao', 'Gao'), testPlace('kidal', 'Kidal'), { ...testPlace('gourma', 'Gourma'), kind: 'area' }]);
const placed = (text: string, language = 'en') => relationsIn(text, language).filter(([type]) => type === 'operates_in');

describe('a place given as a group’s home', () => {
  it('reads a copula with a noun of home or stronghold, in English and French', () => {
    expect(placed('The Gourma is the cradle of the Desert Brigade.')).toEqual([['operates_in', 'actor:brigade', 'place:gourma']]);
    expect(placed('Kidal remains the main stronghold of the FLN and the River Guard.')).toEqual([
      ['operates_in', 'actor:fln', 'place:kidal'],
      ['operates_in', 'actor:guard', 'place:kidal'],
    ]);
    expect(placed('Le Gourma est pourtant le berceau de la Desert Brigade.', 'fr')).toEqual([['operates_in', 'actor:brigade', 'place:gourma']]);
  });

  it('reads an apposition after the place', () => {
    expect(placed('Les combats ont repris à Kidal, fief du FLN, en mai.', 'fr')).toEqual([['operates_in', 'actor:fln', 'place:kidal']]);
  });

  it('reads nothing from another predicate noun', () => {
    expect(placed('Gao is the largest town of the north, and the Desert Brigade attacked it.')).toEqual([]);
    expect(placed('Kidal est la capitale de la région, que le FLN a attaquée.', 'fr')).toEqual([]);
  });
});
