// Hostility named by a noun of attack and its two parties, and two false readings of violence and movement mended.
// Sentences written for the tests; the trigger table alone.
import { describe, expect, it } from 'vitest';
import { TEST_GROUPS, testActor, testPlace, tableRelations } from './testing.js';

const relationsIn = tableRelations([...TEST_GROUPS, testActor('army', 'National Army', 'state_force')], [testPlace('gao', 'Gao')]);
const ARMY_FLN = ['hostile_to', 'actor:army', 'actor:fln'];

describe('a noun of attack with both parties', () => {
  it('reads the target after "on"/"contre"/"du" and the attacker after "by"/"par"', () => {
    expect(relationsIn('An attack on the National Army by the FLN killed 12 soldiers.')).toContainEqual(ARMY_FLN);
    expect(relationsIn('The attack on a post of the National Army by the FLN left 20 dead.')).toContainEqual(ARMY_FLN);
    expect(relationsIn('L’attaque du camp de la National Army par le FLN a fait 20 morts.', 'fr')).toContainEqual(ARMY_FLN);
  });

  it('reads the attacker right after the noun and the target after "on"/"contre"', () => {
    expect(relationsIn('The killings followed an assault by FLN fighters on a camp of the National Army on 17 March.')).toContainEqual(ARMY_FLN);
    expect(relationsIn('Une embuscade du FLN contre une patrouille de la National Army a fait 20 morts.', 'fr')).toContainEqual(ARMY_FLN);
  });

  it('reads nothing when one party is a place or the parties are joined otherwise', () => {
    expect(relationsIn('An attack on Gao by the FLN killed 12 civilians.')).toEqual([]);
    expect(relationsIn('Talks on the attack between the FLN and the Desert Brigade opened in Gao.').filter(([t]) => t === 'hostile_to')).toEqual([]);
    expect(relationsIn('The attack by the FLN and the offensive of the National Army both failed.').filter(([t]) => t === 'hostile_to')).toEqual([]);
  });
});

describe('words of violence and movement that are neither', () => {
  it('reads no hostility in "struck a deal with members of X"', () => {
    expect(relationsIn('In 2019 the FLN struck a deal with members of the Desert Brigade.')).not.toContainEqual(['hostile_to', 'actor:brigade', 'actor:fln']);
    expect(relationsIn('The FLN struck positions of the National Army in 2019.')).toContainEqual(ARMY_FLN);
  });

  it('reads no presence in a move to come ("said it would return to")', () => {
    expect(relationsIn('The FLN said it would return to Gao.')).toEqual([]);
    expect(relationsIn('The FLN plans to move into Gao next year.')).toEqual([]);
    expect(relationsIn('The FLN returned to Gao in 2019.')).toEqual([['operates_in', 'actor:fln', 'place:gao']]);
  });
});
