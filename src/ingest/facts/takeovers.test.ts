// A group or force that takes over another's role is its successor, whichever order the sentence names them in.
// Sentences written for the tests; the trigger table alone.
import { describe, expect, it } from 'vitest';
import { TEST_GROUPS, tableRelations, testActor } from './testing.js';

const relationsIn = tableRelations([...TEST_GROUPS, testActor('amadou', 'Amadou Traore', 'person'), testActor('ali', 'Ali Konate', 'person')]);
const SUCCESSION = ['successor_of', 'actor:fln', 'actor:brigade'];
const successions = (text: string, language = 'en') => relationsIn(text, language).filter(([type]) => type === 'successor_of');

describe('takeovers', () => {
  it('reads the successor before "took over from" and « a pris la relève de »', () => {
    expect(successions('The FLN, which took over from the Desert Brigade last year, said nothing.')).toEqual([SUCCESSION]);
    expect(successions('The FLN, heir to the Desert Brigade, recruits in the north.')).toEqual([SUCCESSION]);
    expect(successions('Le FLN, qui a pris la relève de la Desert Brigade, recrute dans le nord.', 'fr')).toEqual([SUCCESSION]);
    expect(successions('Le FLN a pris le relais, le 1er août 2014, de la Desert Brigade.', 'fr')).toEqual([SUCCESSION]);
    expect(successions('Le FLN, qui a pris en mars la suite de la Desert Brigade, recrute.', 'fr')).toEqual([SUCCESSION]);
    expect(successions('Le FLN, héritier de la Desert Brigade, recrute dans le nord.', 'fr')).toEqual([SUCCESSION]);
  });

  it('reads the successor after « a cédé la place à » and "gave way to"', () => {
    expect(successions('La Desert Brigade, qui a cédé la place au FLN en 2014, recrutait dans le nord.', 'fr')).toEqual([SUCCESSION]);
    expect(successions('In 2014 the Desert Brigade gave way to the FLN.')).toEqual([SUCCESSION]);
  });

  it('reads no succession between persons, nor from "following" (« à la suite de »)', () => {
    expect(successions('Amadou Traore took over from Ali Konate in 2019.')).toEqual([]);
    expect(successions('Le FLN a attaqué Gao à la suite de la Desert Brigade.', 'fr')).toEqual([]);
  });
});
