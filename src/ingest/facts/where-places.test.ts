// A place qualified by "where"/"où" whose clause puts a group there. Sentences written for the tests; the trigger table alone.
import { describe, expect, it } from 'vitest';
import { TEST_GROUPS, testPlace, tableRelations } from './testing.js';

const relationsIn = tableRelations(TEST_GROUPS, [testPlace('gao', 'Gao'), testPlace('kidal', 'Kidal')]);
const placed = (text: string, language = 'en') => relationsIn(text, language).filter(([type]) => type === 'operates_in');

describe('a relative "where"/"où" after a place', () => {
  it('puts the clause’s groups in the place and the places listed with it', () => {
    expect(placed('Half of the events took place in Gao and Kidal, where the FLN and the Desert Brigade are pushing north.')).toEqual([
      ['operates_in', 'actor:fln', 'place:gao'],
      ['operates_in', 'actor:fln', 'place:kidal'],
      ['operates_in', 'actor:brigade', 'place:gao'],
      ['operates_in', 'actor:brigade', 'place:kidal'],
    ]);
    expect(placed('Les déplacés affluent vers Gao, où le FLN est très actif depuis 2019.', 'fr')).toEqual([['operates_in', 'actor:fln', 'place:gao']]);
    expect(placed('Traders avoid Gao, where FLN fighters recruit among herders.')).toEqual([['operates_in', 'actor:fln', 'place:gao']]);
  });

  it('reads nothing from a fight, a killing or a denied presence there', () => {
    expect(placed('Gao, where the FLN killed 30 civilians, remains tense.')).toEqual([]);
    expect(placed('Les milices tiennent des postes près de Kidal, où elles affrontent le FLN.', 'fr')).toEqual([]);
    expect(placed('Gao, where the FLN is not present, stayed calm.')).toEqual([]);
    expect(placed('Kidal, where the FLN held a press conference, is quiet.')).toEqual([]);
    expect(placed('Gao, where the FLN used to be present, is quiet.')).toEqual([]);
  });
});
