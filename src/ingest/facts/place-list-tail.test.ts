// A list of places that goes on past "as well as" / « ainsi que ». Sentences written for the tests; the trigger table alone.
import { describe, expect, it } from 'vitest';
import { TEST_GROUPS, tableRelations, testPlace } from './testing.js';

const relationsIn = tableRelations(TEST_GROUPS, [testPlace('gao', 'Gao'), testPlace('kidal', 'Kidal'), testPlace('mopti', 'Mopti')]);

describe('a place list continued by "as well as"', () => {
  it('gives the trigger every place of the list (English and French)', () => {
    const en = relationsIn('The FLN is active around Gao and Mopti, as well as in Kidal.');
    expect(en).toContainEqual(['operates_in', 'actor:fln', 'place:mopti']);
    expect(en).toContainEqual(['operates_in', 'actor:fln', 'place:kidal']);
    const fr = relationsIn('Le FLN est présent dans les régions de Gao et de Mopti, ainsi qu’à Kidal.', 'fr');
    expect(fr).toContainEqual(['operates_in', 'actor:fln', 'place:kidal']);
  });

  it('stops at a new clause after "and"', () => {
    const found = relationsIn('The FLN is active around Gao, and the Desert Brigade later raided Kidal.');
    expect(found).toContainEqual(['operates_in', 'actor:fln', 'place:gao']);
    expect(found).not.toContainEqual(['operates_in', 'actor:fln', 'place:kidal']);
  });
});
