// Words of activity or presence place the group before them; a post that is the object of an incident does not.
// Sentences written for the tests.
import { describe, expect, it } from 'vitest';
import { TEST_GROUPS, testPlace, tableRelations } from './testing.js';

const relationsIn = tableRelations(TEST_GROUPS, [testPlace('gao', 'Gao'), testPlace('kidal', 'Kidal'), { ...testPlace('gourma', 'Gourma'), kind: 'area' }]);
const placed = (text: string, language = 'en') => relationsIn(text, language).filter(([type]) => type === 'operates_in');

describe('posts and patrols after an activity word', () => {
  it('places the group whose posts they are', () => {
    expect(placed('The FLN keeps bases in the Gourma.')).toEqual([['operates_in', 'actor:fln', 'place:gourma']]);
    expect(placed('Le FLN a des campements autour de Kidal.', 'fr')).toEqual([['operates_in', 'actor:fln', 'place:kidal']]);
  });

  it('reads no presence from a post or a patrol the subject attacks or captures', () => {
    expect(placed('On 4 May the FLN ambushed a joint patrol near Gao.')).toEqual([]);
    expect(placed('Le 4 mai, le FLN a attaqué un camp près de Kidal.', 'fr')).toEqual([]);
  });

  it('still places the owner named before the post', () => {
    expect(placed('Drone strikes hit Desert Brigade positions around Gao.')).toEqual([['operates_in', 'actor:brigade', 'place:gao']]);
  });
});
