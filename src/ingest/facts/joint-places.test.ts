// A lasting activity with a partner at a place puts both there. Sentences written for the tests.
import { describe, expect, it } from 'vitest';
import { TEST_GROUPS, testPlace, tableRelations } from './testing.js';

const relationsIn = tableRelations(TEST_GROUPS, [testPlace('gao', 'Gao'), testPlace('kidal', 'Kidal'), { ...testPlace('gourma', 'Gourma'), kind: 'area' }]);
const placed = (text: string, language = 'en') => relationsIn(text, language).filter(([type]) => type === 'operates_in');

describe('a joint activity at a place', () => {
  it('places the subject and the partner named after the activity', () => {
    expect(placed('The FLN worked alongside the Desert Brigade and the River Guard in the Gourma.')).toEqual([
      ['operates_in', 'actor:fln', 'place:gourma'],
      ['operates_in', 'actor:brigade', 'place:gourma'],
      ['operates_in', 'actor:guard', 'place:gourma'],
    ]);
    expect(placed('The River Guard conducts joint patrols around Kidal with the Desert Brigade.')).toEqual([
      ['operates_in', 'actor:guard', 'place:kidal'],
      ['operates_in', 'actor:brigade', 'place:kidal'],
    ]);
  });

  it('reads the French partner after the places', () => {
    expect(placed('Le FLN, qui opère dans le Gourma aux côtés de la Desert Brigade, recrute peu.', 'fr')).toEqual([
      ['operates_in', 'actor:fln', 'place:gourma'],
      ['operates_in', 'actor:brigade', 'place:gourma'],
    ]);
  });

  it('takes no partner from support, nor from one fight', () => {
    expect(placed('The FLN operates with the support of the Desert Brigade around Gao.')).toEqual([['operates_in', 'actor:fln', 'place:gao']]);
    expect(placed('On 3 May the FLN clashed with the Desert Brigade in Kidal.')).toEqual([]);
  });
});
