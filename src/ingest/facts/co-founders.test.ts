import { describe, expect, it } from 'vitest';
import { TEST_GROUPS, tableRelations, testActor } from './testing.js';

const ACTORS = [
  ...TEST_GROUPS,
  testActor('pact', 'Sahel Pact', 'international_org'),
  testActor('niger', 'Niger', 'state'),
  testActor('mali', 'Mali', 'state'),
  testActor('burkina', 'Burkina Faso', 'state'),
  testActor('kone', 'Ibrahim Kone', 'person'),
  testActor('sy', 'Moussa Sy', 'person'),
];
const relations = tableRelations(ACTORS);
const founded = (text: string, language = 'en') =>
  relations(text, language)
    .filter(([type]) => type === 'founded')
    .map(([, from, to]) => `${from.slice(6)}>${to.slice(6)}`)
    .sort();

describe('groups and states that found a group', () => {
  it('reads groups and states as founders when they are the subject of an active founding verb', () => {
    expect(founded('In 2021 the Desert Brigade and the River Guard set up the Sahel Union.')).toEqual(['brigade>union', 'guard>union']);
    expect(founded('The Sahel Union was formed in 2021 by the Desert Brigade and the River Guard.')).toEqual(['brigade>union', 'guard>union']);
    expect(founded('Le Niger, le Mali et le Burkina Faso ont créé le Sahel Pact en 2023.', 'fr')).toEqual(['burkina>pact', 'mali>pact', 'niger>pact']);
  });

  it('gives the partners named with "with" or "avec" the same tie', () => {
    expect(founded('Le Niger a fondé avec le Mali et le Burkina Faso le Sahel Pact.', 'fr')).toEqual(['burkina>pact', 'mali>pact', 'niger>pact']);
    expect(founded('Le Niger a fondé le 16 septembre 2023, avec le Mali et le Burkina Faso, le Sahel Pact.', 'fr')).toEqual([
      'burkina>pact',
      'mali>pact',
      'niger>pact',
    ]);
    expect(founded('Ibrahim Kone founded the Desert Brigade in 2012 with Moussa Sy.')).toEqual(['kone>brigade', 'sy>brigade']);
    expect(founded("Le FLN est membre de la Sahel Union, qu'il a formée en 2014 avec la Desert Brigade.", 'fr')).toEqual(['brigade>union', 'fln>union']);
  });

  it('reads no group as the founder of what a participle or a preposition names', () => {
    expect(founded('The Sahel Union, a coalition created in Kidal in 2014, brings together the Desert Brigade and the River Guard.')).toEqual([]);
    expect(founded('The Sahel Union was created in 2013, when the Desert Brigade and the River Guard merged.')).toEqual([]);
    expect(founded('The Desert Brigade set up a new base in Gao, weeks after the River Guard left.')).toEqual([]);
    expect(founded('The Sahel Union, launched in 2013 and backed by the River Guard, took Gao.')).toEqual([]);
    expect(founded('The Sahel Union was formed in 2024 by the movements of the Desert Brigade.')).toEqual([]);
  });

  it('reads a group named a founder by a copula or an apposition as founding the group after the noun', () => {
    expect(founded('The Desert Brigade was one of the founders of the Sahel Union.')).toEqual(['brigade>union']);
    expect(founded('The River Guard was one of the three founding groups of the Sahel Union.')).toEqual(['guard>union']);
    expect(founded("La Desert Brigade a été l'un des trois groupes fondateurs de la Sahel Union.", 'fr')).toEqual(['brigade>union']);
    expect(founded("Le FLN, l'un des fondateurs de la Sahel Union, tient Gao.", 'fr')).toEqual(['fln>union']);
  });

  it('reads no founding from a founder noun that is the object of another verb', () => {
    expect(founded('The Desert Brigade killed one of the founders of the Sahel Union.')).toEqual([]);
    expect(founded("La Desert Brigade a arrêté l'un des fondateurs de la Sahel Union.", 'fr')).toEqual([]);
  });
});
