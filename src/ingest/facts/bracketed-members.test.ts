// Members listed in brackets or between dashes right after the whole they form; sentences written for the tests.
import { describe, expect, it } from 'vitest';
import { TEST_GROUPS, tableRelations, testActor } from './testing.js';

const ACTORS = [
  ...TEST_GROUPS,
  testActor('pact', 'Border Pact', 'international_org'),
  testActor('mali', 'Mali', 'state'),
  testActor('niger', 'Niger', 'state'),
  testActor('chad', 'Chad', 'state'),
  testActor('frame', 'Framework Council', 'coalition'),
  testActor('amadou', 'Amadou Traore', 'person'),
];
const relationsIn = tableRelations(ACTORS);
const members = (text: string, language = 'en') => relationsIn(text, language).filter(([type]) => type === 'member_of');

describe('members in brackets after their whole', () => {
  it('reads each state in brackets after an organisation as its member, in English and French', () => {
    const expected = [
      ['member_of', 'actor:mali', 'actor:pact'],
      ['member_of', 'actor:niger', 'actor:pact'],
      ['member_of', 'actor:chad', 'actor:pact'],
    ];
    expect(members('The leaders of the Border Pact (Mali, Niger and Chad) met on Monday.')).toEqual(expected);
    expect(members('Les dirigeants du Border Pact (Mali, Niger et Chad) se sont réunis lundi.', 'fr')).toEqual(expected);
  });

  it('reads a list between dashes, and gives its items to that whole, not to the one a verb before governs', () => {
    expect(members('Le Framework Council réunit la Sahel Union – le FLN, la Desert Brigade et la River Guard – depuis 2021.', 'fr')).toEqual([
      ['member_of', 'actor:union', 'actor:frame'],
      ['member_of', 'actor:fln', 'actor:union'],
      ['member_of', 'actor:brigade', 'actor:union'],
      ['member_of', 'actor:guard', 'actor:union'],
    ]);
    expect(members('The Framework Council brings together the Sahel Union – the FLN, the Desert Brigade and the River Guard – since 2021.')).toEqual([
      ['member_of', 'actor:union', 'actor:frame'],
      ['member_of', 'actor:fln', 'actor:union'],
      ['member_of', 'actor:brigade', 'actor:union'],
      ['member_of', 'actor:guard', 'actor:union'],
    ]);
  });

  it('reads no membership from one name in brackets, from persons, or after an armed group', () => {
    expect(members('The Sahel Union (FLN) met on Monday.')).toEqual([]);
    expect(members('The Sahel Union (Amadou Traore, the FLN) met on Monday.')).toEqual([]);
    expect(members('The Desert Brigade (Mali, Niger) attacked on Monday.')).toEqual([]);
  });
});
