// A person's role in a group, read from the noun phrase that gives it. Sentences written for the tests; the table alone.
import { describe, expect, it } from 'vitest';
import { TEST_GROUPS, tableRelations, testActor, testPlace } from './testing.js';

const relationsIn = tableRelations([
  ...TEST_GROUPS,
  testActor('army', 'National Army', 'state_force'),
  testActor('mission', 'Sahel Mission', 'international_force'),
]);
const ofKone = (text: string, language = 'en') => relationsIn(text, language).filter(([, from]) => from === 'actor:amadou-kone');

describe('person roles', () => {
  it('read a role phrase with any adjectives and a chain of "of" phrases after the person', () => {
    expect(ofKone('Amadou Kone, another member of the Desert Brigade, was sentenced in 2016.')).toContainEqual([
      'member_of',
      'actor:amadou-kone',
      'actor:brigade',
    ]);
    expect(ofKone('Amadou Kone is a senior member of the Desert Brigade.')).toContainEqual(['member_of', 'actor:amadou-kone', 'actor:brigade']);
    expect(ofKone('Amadou Kone became one of the senior military commanders of the FLN.')).toContainEqual(['commands', 'actor:amadou-kone', 'actor:fln']);
    expect(ofKone('Les autorités ont expulsé Amadou Kone, le directeur de la division des droits humains de la Sahel Mission.', 'fr')).toContainEqual([
      'member_of',
      'actor:amadou-kone',
      'actor:mission',
    ]);
    expect(ofKone('Amadou Kone, l’un des fondateurs du FLN, a été arrêté.', 'fr')).toContainEqual(['founded', 'actor:amadou-kone', 'actor:fln']);
  });

  it('read the group named right before the role, a second role after "who became", and "Y’s emir, X"', () => {
    const rel = ofKone('Amadou Kone was a National Army officer who became one of the commanders of the FLN.');
    expect(rel).toContainEqual(['member_of', 'actor:amadou-kone', 'actor:army']);
    expect(rel).toContainEqual(['commands', 'actor:amadou-kone', 'actor:fln']);
    expect(ofKone('Amadou Kone, an FLN commander in the north, promised revenge.')).toContainEqual(['commands', 'actor:amadou-kone', 'actor:fln']);
    expect(ofKone("The FLN's emir, Amadou Kone, was killed.")).toContainEqual(['leads', 'actor:amadou-kone', 'actor:fln']);
  });

  it('give nothing for a denied role, a role of someone else, or a phrase that is no role', () => {
    expect(ofKone('Amadou Kone was never a member of the Desert Brigade.')).toEqual([]);
    expect(ofKone('Amadou Kone, a friend of the FLN leader, spoke on the radio.')).toEqual([]);
    expect(ofKone('Amadou Kone, a critic of the Desert Brigade, spoke on the radio.')).toEqual([]);
  });

  it('places the group where a role phrase says its member serves, for armed groups only', () => {
    const placed = tableRelations([...TEST_GROUPS, testActor('army', 'National Army', 'state_force')], [testPlace('kidal', 'Kidal')]);
    expect(placed('Amadou Kone, a FLN commander in the Kidal region, promised revenge.')).toContainEqual(['operates_in', 'actor:fln', 'place:kidal']);
    expect(placed('Amadou Kone, un chef de la Desert Brigade à Kidal, a été arrêté.', 'fr')).toContainEqual(['operates_in', 'actor:brigade', 'place:kidal']);
    // A state's officer may serve anywhere; a founder's place is where the group began, not where it operates.
    expect(placed('Amadou Kone, an officer of the National Army in Kidal, was arrested.')).not.toContainEqual(['operates_in', 'actor:army', 'place:kidal']);
    expect(placed('Amadou Kone, a founder of the FLN in Kidal, died in 2019.')).not.toContainEqual(['operates_in', 'actor:fln', 'place:kidal']);
  });
});
