// A place taken from someone: the taker holds it and is hostile to the one it was taken from. Sentences written for
// the tests; the trigger table alone.
import { describe, expect, it } from 'vitest';
import { TEST_GROUPS, testPlace, tableRelations } from './testing.js';

const relationsIn = tableRelations(TEST_GROUPS, [testPlace('gao', 'Gao'), testPlace('kidal', 'Kidal')]);
const HOLDS_GAO = ['controls', 'actor:fln', 'place:gao'];
const HOSTILE = ['hostile_to', 'actor:brigade', 'actor:fln'];

describe('a place wrested from someone', () => {
  it('reads the object and the loser after "from" (English)', () => {
    const found = relationsIn('The FLN wrested Gao from the Desert Brigade in June 2012.');
    expect(found).toContainEqual(HOLDS_GAO);
    expect(found).toContainEqual(HOSTILE);
  });

  it('reads the object and the loser after "à" (French), for each place of a list', () => {
    const found = relationsIn('En 2012, le FLN a arraché Kidal et Gao à la Desert Brigade.', 'fr');
    expect(found).toEqual(expect.arrayContaining([HOLDS_GAO, ['controls', 'actor:fln', 'place:kidal'], HOSTILE]));
  });

  it('reads the place as the antecedent of an object relative', () => {
    expect(relationsIn('Le FLN s’est installé à Gao, qu’il a arrachée à la Desert Brigade en juin 2012.', 'fr')).toEqual(
      expect.arrayContaining([HOLDS_GAO, HOSTILE]),
    );
    expect(relationsIn('Gao, which the FLN wrested from the Desert Brigade in 2012, is calm again.')).toEqual(expect.arrayContaining([HOLDS_GAO, HOSTILE]));
  });

  it('takes no place that is not the object: "wrested concessions from Gao", "arraché aux notables de Gao"', () => {
    expect(relationsIn('In 2015 the FLN wrested major concessions from Gao in talks.')).not.toContainEqual(HOLDS_GAO);
    expect(relationsIn('Le FLN a arraché aux notables de Gao la promesse d’un dialogue.', 'fr')).not.toContainEqual(HOLDS_GAO);
    expect(relationsIn('The FLN wrested control of Gao from the Desert Brigade.')).toContainEqual(HOLDS_GAO);
    expect(relationsIn('Le FLN a arraché le contrôle de Gao à la Desert Brigade.', 'fr')).toContainEqual(HOLDS_GAO);
  });

  it('reads nothing from an intention', () => {
    expect(relationsIn('The FLN tried to wrest Gao from the Desert Brigade.')).toEqual([]);
  });
});
