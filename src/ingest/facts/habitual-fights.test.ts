// A fight the clause marks as habitual places the group (and a mutual enemy). Sentences written for the tests.
import { describe, expect, it } from 'vitest';
import { TEST_GROUPS, testPlace, tableRelations } from './testing.js';

const relationsIn = tableRelations(TEST_GROUPS, [testPlace('gao', 'Gao'), testPlace('kidal', 'Kidal'), { ...testPlace('gourma', 'Gourma'), kind: 'area' }]);
const placed = (text: string, language = 'en') => relationsIn(text, language).filter(([type]) => type === 'operates_in');

describe('a habitual fight at a place', () => {
  it('places both sides of a repeated or lasting fight', () => {
    expect(placed('The FLN has repeatedly fought the Desert Brigade across the eastern Gourma since 2020.')).toEqual([
      ['operates_in', 'actor:fln', 'place:gourma'],
      ['operates_in', 'actor:brigade', 'place:gourma'],
    ]);
    expect(placed('Since then the River Guard has clashed with FLN fighters around Gao and Kidal.')).toEqual([
      ['operates_in', 'actor:guard', 'place:gao'],
      ['operates_in', 'actor:guard', 'place:kidal'],
      ['operates_in', 'actor:fln', 'place:gao'],
      ['operates_in', 'actor:fln', 'place:kidal'],
    ]);
    expect(placed('Le FLN affronte régulièrement la Desert Brigade autour de Kidal.', 'fr')).toEqual([
      ['operates_in', 'actor:fln', 'place:kidal'],
      ['operates_in', 'actor:brigade', 'place:kidal'],
    ]);
  });

  it('places the raider alone, for attacks made a habit', () => {
    expect(placed('Le FLN multiplie les attaques dans le Gourma.', 'fr')).toEqual([['operates_in', 'actor:fln', 'place:gourma']]);
    expect(placed('The Desert Brigade mostly raids around Gao.')).toEqual([['operates_in', 'actor:brigade', 'place:gao']]);
  });

  it('reads no presence from one dated fight', () => {
    expect(placed('In July 2016 the FLN clashed with the Desert Brigade in Kidal.')).toEqual([]);
    expect(placed('Le 3 mai 2019, le FLN a affronté la Desert Brigade près de Gao.', 'fr')).toEqual([]);
  });
});
