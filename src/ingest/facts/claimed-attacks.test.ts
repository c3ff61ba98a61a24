// An attack claimed by a group: the claimant is hostile to the group or force attacked. Sentences written for the
// tests; the trigger table alone.
import { describe, expect, it } from 'vitest';
import { TEST_GROUPS, testActor, testPlace, tableRelations } from './testing.js';

const relationsIn = tableRelations([...TEST_GROUPS, testActor('army', 'National Army', 'state_force')], [testPlace('gao', 'Gao')]);

describe('a claimed attack', () => {
  it('makes the claimant hostile to the force attacked (English)', () => {
    expect(relationsIn('The FLN claimed the attack on the National Army near Gao.')).toContainEqual(['hostile_to', 'actor:army', 'actor:fln']);
    expect(relationsIn('The ambush against the River Guard was claimed by the FLN on Monday.')).toContainEqual(['hostile_to', 'actor:fln', 'actor:guard']);
  });

  it('makes the claimant hostile to the group attacked (French)', () => {
    expect(relationsIn('L’attaque contre la Desert Brigade, revendiquée par le FLN, a fait dix morts.', 'fr')).toContainEqual([
      'hostile_to',
      'actor:brigade',
      'actor:fln',
    ]);
  });

  it('gives no tie for a place attacked or a denied attack', () => {
    expect(relationsIn('The FLN claimed the attack on Gao.').filter(([type]) => type === 'hostile_to')).toEqual([]);
    expect(relationsIn('The FLN denied that it had claimed the attack on the National Army.')).toEqual([]);
    expect(relationsIn('The FLN denied it had claimed the attack on the National Army.')).toEqual([]);
    expect(relationsIn('Le FLN a démenti avoir revendiqué l’attaque contre la Desert Brigade.', 'fr')).toEqual([]);
  });
});
