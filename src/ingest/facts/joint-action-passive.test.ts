// Groups named together as the agents of one military act: a passive with a list after "by"/"par"/"to", a capture or a
// claim whose subject is a list. Sentences written for the tests; the trigger table alone.
import { describe, expect, it } from 'vitest';
import { TEST_GROUPS, testActor, testPlace, tableRelations } from './testing.js';

const relationsIn = tableRelations(
  [...TEST_GROUPS, testActor('army', 'National Army', 'state_force'), testActor('chief', 'Moussa Ag Bilal', 'person')],
  [testPlace('gao', 'Gao')],
);
const ALLIED = ['allied_with', 'actor:brigade', 'actor:fln'];

describe('a passive military act with a list of agents', () => {
  it('makes allies of the agents (English)', () => {
    expect(relationsIn('On 2 April Gao fell to the FLN and the Desert Brigade; the army had left.')).toContainEqual(ALLIED);
    expect(relationsIn('In 2014 the National Army was attacked by the FLN and the Desert Brigade near Gao.')).toContainEqual(ALLIED);
  });

  it('makes allies of the agents (French)', () => {
    expect(relationsIn('Encerclé par le FLN et la Desert Brigade, Moussa Ag Bilal quitte Gao.', 'fr')).toContainEqual(ALLIED);
    expect(relationsIn('Le camp a été attaqué dimanche par le FLN et la Desert Brigade.', 'fr')).toContainEqual(ALLIED);
    expect(relationsIn('Gao est tombée aux mains du FLN et de la Desert Brigade en 2012.', 'fr')).toContainEqual(ALLIED);
  });

  it('does not read a list that runs on into another clause, nor a noun taken for a participle', () => {
    expect(relationsIn('Gao was taken by the FLN, and the Desert Brigade left the region.')).not.toContainEqual(ALLIED);
    expect(relationsIn("L'attaque a été revendiquée par le FLN et la Desert Brigade.", 'fr')).not.toContainEqual(ALLIED);
  });
});

describe('a capture or a claim whose subject is a list', () => {
  it('reads "took" a town and "claimed" an attack (English)', () => {
    expect(relationsIn('In 2012 the FLN and the Desert Brigade took Gao.')).toContainEqual(ALLIED);
    expect(relationsIn('In May the FLN and the Desert Brigade claimed the assault on the hotel.')).toContainEqual(ALLIED);
  });

  it('reads « s’emparent de » and « ont revendiqué l’attaque » (French)', () => {
    expect(relationsIn('Le 10 janvier, des colonnes du FLN et de la Desert Brigade s’emparent de Gao.', 'fr')).toContainEqual(ALLIED);
    expect(relationsIn('Le 10 janvier, des colonnes du FLN et de la Desert Brigade se sont emparées de Gao.', 'fr')).toContainEqual(ALLIED);
    expect(relationsIn('Le FLN et la Desert Brigade ont revendiqué l’attaque de Gao.', 'fr')).toContainEqual(ALLIED);
  });

  it('leaves out "took part", separate claims and claims of no act', () => {
    expect(relationsIn('The FLN and the Desert Brigade took part in talks in Gao.')).not.toContainEqual(ALLIED);
    expect(relationsIn('The FLN and the Desert Brigade each claimed the attack.')).not.toContainEqual(ALLIED);
    expect(relationsIn('Le FLN et la Desert Brigade ont chacun revendiqué l’attaque.', 'fr')).not.toContainEqual(ALLIED);
    expect(relationsIn('Le FLN et la Desert Brigade ont revendiqué l’indépendance de Gao.', 'fr')).not.toContainEqual(ALLIED);
  });
});

describe('a commander who fights beside a group', () => {
  it('is its ally and shares its enemy (French)', () => {
    const found = relationsIn('Après 2024, Moussa Ag Bilal combat aux côtés de la Desert Brigade contre les rebelles du FLN.', 'fr');
    expect(found).toContainEqual(['allied_with', 'actor:brigade', 'actor:chief']);
    expect(found).toContainEqual(['hostile_to', 'actor:chief', 'actor:fln']);
  });

  it('is its ally (English)', () => {
    expect(relationsIn('In 2013 Moussa Ag Bilal fought alongside the Desert Brigade near Gao.')).toContainEqual([
      'allied_with',
      'actor:brigade',
      'actor:chief',
    ]);
  });

  it('is no ally when only named near the group', () => {
    expect(relationsIn('Moussa Ag Bilal left Gao, and the Desert Brigade fought alongside the FLN.')).not.toContainEqual([
      'allied_with',
      'actor:brigade',
      'actor:chief',
    ]);
  });
});
