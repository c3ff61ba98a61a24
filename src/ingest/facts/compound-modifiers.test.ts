// A name inside a compound adjective ("the Union-linked FLN") qualifies the noun after it, which is the relation's object.
import { describe, expect, it } from 'vitest';
import { testActor as actor, tableRelations } from './testing.js';

const ACTORS = [
  actor('fln', 'Northern Liberation Front', 'armed_group', ['FLN']),
  actor('brigade', 'Desert Brigade'),
  actor('union', 'Sahel Union', 'coalition', ['SU']),
];
const relationsIn = tableRelations(ACTORS);
const membership = (text: string, language = 'en') => relationsIn(text, language).filter(([type]) => type === 'member_of');

describe('a name inside a compound adjective', () => {
  it('gives the noun after "-linked", "-backed" as the object of "a component of"', () => {
    expect(membership('The Desert Brigade, a component of the SU-linked FLN, claimed the raid.')).toEqual([['member_of', 'actor:brigade', 'actor:fln']]);
    expect(membership('The Desert Brigade, a unit of the SU-backed FLN, withdrew.')).toEqual([['member_of', 'actor:brigade', 'actor:fln']]);
  });

  it('keeps the name itself when nothing, or a non-compound word, stands between it and the next actor', () => {
    expect(membership('The Desert Brigade, a component of the SU, fought the FLN.')).toEqual([['member_of', 'actor:brigade', 'actor:union']]);
    expect(membership('La Desert Brigade, une composante du SU, a combattu le FLN.', 'fr')).toEqual([['member_of', 'actor:brigade', 'actor:union']]);
  });
});
