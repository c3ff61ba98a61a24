// Allies in a fight share its enemy. Sentences written for the tests; the trigger table alone.
import { describe, expect, it } from 'vitest';
import { TEST_GROUPS, testActor, tableRelations } from './testing.js';

const relationsIn = tableRelations([...TEST_GROUPS, testActor('army', 'National Army', 'state_force')]);
const hostile = (text: string, language = 'en') => relationsIn(text, language).filter(([type]) => type === 'hostile_to');
const GUARD_BRIGADE = ['hostile_to', 'actor:brigade', 'actor:guard'];
const FLN_BRIGADE = ['hostile_to', 'actor:brigade', 'actor:fln'];

describe('allies in a fight', () => {
  it('give the partner named by "alongside", "aux côtés de" the enemy its partner fights', () => {
    expect(hostile('The FLN fought the Desert Brigade alongside the River Guard.')).toContainEqual(GUARD_BRIGADE);
    expect(hostile('À partir de 2017, le FLN combat la Desert Brigade aux côtés de la River Guard.', 'fr')).toContainEqual(GUARD_BRIGADE);
    expect(hostile('The FLN, allied with the River Guard, fought the Desert Brigade.')).toContainEqual(GUARD_BRIGADE);
  });

  it('read the enemy named after "against"/"contre" a partner phrase as both sides’ enemy', () => {
    for (const [text, language] of [
      ['The FLN allied itself with the River Guard against the Desert Brigade.', 'en'],
      ['The FLN fought alongside the River Guard against the Desert Brigade in 2016.', 'en'],
      ['Le FLN combat aux côtés de la River Guard contre les rebelles de la Desert Brigade.', 'fr'],
      ['Le FLN s’est allié à la River Guard contre la Desert Brigade.', 'fr'],
    ] as const) {
      expect(hostile(text, language)).toContainEqual(GUARD_BRIGADE);
      expect(hostile(text, language)).toContainEqual(FLN_BRIGADE);
    }
  });

  it('gives no enemy to a partner when the fight is in another clause or there is none', () => {
    expect(hostile('The FLN, which fought alongside the River Guard, struck a deal with the Desert Brigade.')).toEqual([]);
    expect(hostile('The FLN patrolled alongside the River Guard; the Desert Brigade attacked the National Army.')).not.toContainEqual(GUARD_BRIGADE);
    expect(hostile('The FLN did not fight alongside the River Guard against the Desert Brigade.')).toEqual([]);
  });
});

describe('a partner of another act', () => {
  it('shares no enemy when the partner phrase follows a second, coordinated verb', () => {
    expect(hostile('The FLN fought the Desert Brigade, and worked alongside the River Guard in 2018.')).not.toContainEqual(GUARD_BRIGADE);
    expect(hostile('Le FLN a combattu la Desert Brigade, et a patrouillé aux côtés de la River Guard.', 'fr')).not.toContainEqual(GUARD_BRIGADE);
  });
});
