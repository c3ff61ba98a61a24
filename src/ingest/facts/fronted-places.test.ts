// An opening place phrase sets where a main clause of presence or operations happens. Sentences written for the tests;
// the trigger table alone.
import { describe, expect, it } from 'vitest';
import { TEST_GROUPS, tableRelations, testPlace } from './testing.js';

const relationsIn = tableRelations(TEST_GROUPS, [testPlace('gao', 'Gao'), testPlace('kidal', 'Kidal'), testPlace('mopti', 'Mopti')]);
const operating = (text: string, language = 'en') => relationsIn(text, language).filter(([type]) => type === 'operates_in');

describe('an opening place phrase', () => {
  it('places each group of a main clause of operations (English and French)', () => {
    const en = operating('In Gao and Mopti, the FLN and the Desert Brigade conduct joint operations every week.');
    expect(en).toContainEqual(['operates_in', 'actor:fln', 'place:gao']);
    expect(en).toContainEqual(['operates_in', 'actor:brigade', 'place:mopti']);
    const fr = operating('Dans la région de Kidal, le FLN et la Desert Brigade mènent depuis mars des opérations conjointes.', 'fr');
    expect(fr).toContainEqual(['operates_in', 'actor:fln', 'place:kidal']);
    expect(fr).toContainEqual(['operates_in', 'actor:brigade', 'place:kidal']);
  });

  it('skips an apposition after the subject', () => {
    expect(operating('In Mopti, the River Guard, a small militia, continued to operate along the roads.')).toContainEqual([
      'operates_in',
      'actor:guard',
      'place:mopti',
    ]);
  });

  it('gives nothing for one incident there (English and French)', () => {
    expect(operating('In Gao, the FLN attacked an army post on Monday.')).toEqual([]);
    expect(operating('À Kidal, le FLN a attaqué un convoi mardi.', 'fr')).toEqual([]);
  });
});
