// A branch or unit of a coalition is one of its parts; a branch of a movement is its affiliate; a person has no members.
// Sentences written for the tests; the trigger table alone.
import { describe, expect, it } from 'vitest';
import { tableRelations, testActor } from './testing.js';

const ACTORS = [
  testActor('front', 'Northern Front', 'coalition', ['NF']),
  testActor('katiba', 'Katiba Dune'),
  testActor('brigade', 'Desert Brigade'),
  testActor('guard', 'River Guard'),
  testActor('movement', 'Global Movement', 'armed_group', ['GM']),
  testActor('amadou', 'Amadou Traore', 'person'),
];
const relationsIn = tableRelations(ACTORS);
const of = (text: string, language = 'en') => relationsIn(text, language).filter(([type]) => type === 'member_of' || type === 'affiliated_with');

describe('branches and units', () => {
  it('reads a branch of a coalition as one of its members, in English and French', () => {
    expect(of('The Katiba Dune, the southern branch of the NF, raided two villages.')).toContainEqual(['member_of', 'actor:katiba', 'actor:front']);
    expect(of('La Katiba Dune, la branche du NF dans le sud, a attaqué deux villages.', 'fr')).toContainEqual(['member_of', 'actor:katiba', 'actor:front']);
  });

  it('keeps a branch of a movement as an affiliate', () => {
    expect(of('The Desert Brigade, the branch of the Global Movement in the south, raided two villages.')).toEqual([
      ['affiliated_with', 'actor:brigade', 'actor:movement'],
    ]);
  });

  it('reads "a <whole> unit" and "the <adjective>-led unit of" as membership', () => {
    expect(of('The Katiba Dune, an NF unit that keeps its camps in the forest, raided two villages.')).toContainEqual([
      'member_of',
      'actor:katiba',
      'actor:front',
    ]);
    expect(of('Witnesses blamed the Katiba Dune, the Tuareg-led unit of the NF, for the raid.')).toContainEqual(['member_of', 'actor:katiba', 'actor:front']);
  });
});

describe('a person has no members', () => {
  it('lists the members of the whole named before the apposition, not of a person inside it', () => {
    const found = relationsIn(
      'The coalition NF, formed in 2017 under the leadership of Amadou Traore, brings together the Desert Brigade and the River Guard.',
    );
    expect(found).not.toContainEqual(['member_of', 'actor:brigade', 'actor:amadou']);
    expect(found).not.toContainEqual(['member_of', 'actor:guard', 'actor:amadou']);
  });
});
