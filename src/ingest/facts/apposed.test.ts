// Relational nouns in appositions and possessive phrases, and groups joined "in" a coalition; sentences written for
// the tests, English and French, the trigger table alone.
import { describe, expect, it } from 'vitest';
import { testActor as actor, tableRelations } from './testing.js';

const ACTORS = [
  actor('fln', 'Northern Liberation Front', 'armed_group', ['FLN']),
  actor('brigade', 'Desert Brigade'),
  actor('union', 'Union of Patriots', 'armed_group', ['UP']),
  actor('coalition', 'Sahel Coalition', 'coalition'),
  actor('caliphate', 'Caliphate Network', 'armed_group'),
  actor('amadou', 'Amadou Traore', 'person'),
  actor('moussa', 'Moussa Traore', 'person'),
  actor('mali', 'Mali', 'state'),
];
const relationsIn = tableRelations(ACTORS);

describe('an apposition naming the noun’s owner', () => {
  it('reads "X, the Y affiliate in …" and "X, Y’s branch in …"', () => {
    expect(relationsIn('The FLN, the Caliphate Network affiliate in the region, claimed the attack.')).toEqual([
      ['affiliated_with', 'actor:fln', 'actor:caliphate'],
    ]);
    expect(relationsIn('The FLN, Caliphate Network’s branch in the north, claimed the attack.')).toEqual([['affiliated_with', 'actor:fln', 'actor:caliphate']]);
  });

  it('reads no owner in a state named before the noun', () => {
    expect(relationsIn('The FLN, the Mali branch of the movement, claimed the attack.')).not.toContainEqual(['affiliated_with', 'actor:fln', 'actor:mali']);
  });
});

describe('possessive relational nouns', () => {
  it('reads "X and its allies Y", "X et ses alliés de Y"', () => {
    expect(relationsIn('The FLN and its ally the Desert Brigade took Gao.')).toContainEqual(['allied_with', 'actor:brigade', 'actor:fln']);
    expect(relationsIn('Le FLN et ses alliés touaregs de la Desert Brigade ont pris Gao.', 'fr')).toContainEqual(['allied_with', 'actor:brigade', 'actor:fln']);
  });

  it('reads "X, son rival" as the clause subject’s rival', () => {
    expect(relationsIn('Le FLN a ensuite attaqué Gao, puis la Desert Brigade, son rival jihadiste, a riposté.', 'fr')).toContainEqual([
      'hostile_to',
      'actor:brigade',
      'actor:fln',
    ]);
  });

  it('reads a verb after the noun as no adjective ("its members founded X")', () => {
    expect(relationsIn('The Sahel Coalition dissolved itself, and its members founded the Desert Brigade.')).not.toContainEqual([
      'member_of',
      'actor:brigade',
      'actor:coalition',
    ]);
  });

  it('reads "son frère", "his brother" as kin of the person named before', () => {
    expect(relationsIn('Après la mort d’Amadou Traore en 2017, son frère Moussa Traore a pris la tête du FLN.', 'fr')).toContainEqual([
      'kin_of',
      'actor:amadou',
      'actor:moussa',
    ]);
    expect(relationsIn('After Amadou Traore died, his brother Moussa Traore took over the FLN.')).toContainEqual(['kin_of', 'actor:amadou', 'actor:moussa']);
  });
});

describe('a group of a person', () => {
  it('reads "the X of Y", "le X de Y" and "X, the movement of Y" as Y leading X', () => {
    expect(relationsIn('Before that he fought in the Desert Brigade of Amadou Traore.')).toEqual([['leads', 'actor:amadou', 'actor:brigade']]);
    expect(relationsIn('Le FLN d’Amadou Traore est resté neutre.', 'fr')).toEqual([['leads', 'actor:amadou', 'actor:fln']]);
    expect(relationsIn('The Union of Patriots and the FLN, the Islamist movement of Amadou Traore, fought there.')).toContainEqual([
      'leads',
      'actor:amadou',
      'actor:fln',
    ]);
  });

  it('reads the English genitive "Y’s X" as Y leading X, an adjective allowed between', () => {
    expect(relationsIn('Villagers feared Amadou Traore’s Desert Brigade more than the army.')).toEqual([['leads', 'actor:amadou', 'actor:brigade']]);
    expect(relationsIn("Moussa Traore's own FLN held the wells.")).toContainEqual(['leads', 'actor:moussa', 'actor:fln']);
  });

  it('reads no leader in a genitive that names something else of the person', () => {
    expect(relationsIn('Amadou Traore’s capture by the FLN surprised Mali.')).not.toContainEqual(['leads', 'actor:amadou', 'actor:fln']);
    expect(relationsIn('Amadou Traore’s brother joined the FLN.')).not.toContainEqual(['leads', 'actor:amadou', 'actor:fln']);
  });
});

describe('groups joined in a coalition', () => {
  it('reads "X joined A and B in C" as every one of them a member of C', () => {
    expect(relationsIn('In 2017 the FLN joined the Desert Brigade and the Union of Patriots in the Sahel Coalition.')).toEqual([
      ['member_of', 'actor:fln', 'actor:coalition'],
      ['member_of', 'actor:brigade', 'actor:coalition'],
      ['member_of', 'actor:union', 'actor:coalition'],
    ]);
    expect(relationsIn('En 2017, le FLN a rejoint la Desert Brigade au sein de la Sahel Coalition.', 'fr')).toEqual([
      ['member_of', 'actor:fln', 'actor:coalition'],
      ['member_of', 'actor:brigade', 'actor:coalition'],
    ]);
  });
});

describe('what is no relational noun', () => {
  it('reads no leader in a group acting on a person ("la libération par le FLN de X")', () => {
    const leads = (text: string, language = 'fr') => relationsIn(text, language).filter(([type]) => type === 'leads');
    expect(leads('La libération par le FLN de Amadou Traore a eu lieu en octobre 2020.')).toEqual([]);
    expect(leads('The kidnapping by the FLN of Amadou Traore was confirmed in 2020.', 'en')).toEqual([]);
  });

  it('reads a word followed by an article as the verb, not an adjective ("son rival attaque le …")', () => {
    const hostile = relationsIn('Le FLN affirme que son rival attaque le UP depuis 2019.', 'fr').filter(([type]) => type === 'hostile_to');
    expect(hostile).toEqual([]);
  });
});
