// French object clitics and inverted relatives, and a possessive's noun before a copula: the group the text is about, or
// the relative's antecedent, is the object; the person named is the subject. Sentences written for the tests; the trigger
// table alone.
import { describe, expect, it } from 'vitest';
import { TEST_GROUPS, testActor, tableRelations } from './testing.js';

const ACTORS = [...TEST_GROUPS, testActor('amadou', 'Amadou Traore', 'person'), testActor('moussa', 'Moussa Diallo', 'person')];
const relationsIn = tableRelations(ACTORS);
const OPENING = 'Le FLN est un groupe armé du nord. ';

describe('a French object clitic', () => {
  it('stands for the group the text is about: "l’a dirigé", "l’a fondé", "l’a rejoint"', () => {
    expect(relationsIn(`${OPENING}Amadou Traore l’a dirigé jusqu’en 2017.`, 'fr')).toContainEqual(['leads', 'actor:amadou', 'actor:fln']);
    expect(relationsIn(`${OPENING}Amadou Traore l’a fondé en 2012.`, 'fr')).toContainEqual(['founded', 'actor:amadou', 'actor:fln']);
    expect(relationsIn(`${OPENING}La Desert Brigade l’a rejoint en 2015.`, 'fr')).toContainEqual(['member_of', 'actor:brigade', 'actor:fln']);
  });

  it('is no clitic when "le"/"la" is the article of a noun ("la présidence", "le président")', () => {
    expect(relationsIn(`${OPENING}Amadou Traore a rejoint la présidence en 2014.`, 'fr')).not.toContainEqual(['member_of', 'actor:amadou', 'actor:fln']);
    expect(relationsIn(`${OPENING}Le président de la transition, Amadou Traore, a reçu la Desert Brigade.`, 'fr')).toEqual([]);
  });

  it('reads "qui le dirige" after a passive', () => {
    expect(relationsIn(`${OPENING}Il a été fondé par Amadou Traore, qui le dirige toujours.`, 'fr')).toContainEqual(['leads', 'actor:amadou', 'actor:fln']);
  });
});

describe('a French inverted object relative', () => {
  it('makes the antecedent the object and the actor after the verb the subject', () => {
    expect(relationsIn('La Desert Brigade, que dirige Amadou Traore, a été dissoute.', 'fr')).toContainEqual(['leads', 'actor:amadou', 'actor:brigade']);
    expect(relationsIn('Le FLN, que dirigeait déjà Amadou Traore, a pris le nord.', 'fr')).toContainEqual(['leads', 'actor:amadou', 'actor:fln']);
  });

  it('makes the subject after "rejoindre" the member of the antecedent', () => {
    const found = relationsIn('La Sahel Union, qu’a rejointe le FLN en 2016, tient le nord.', 'fr');
    expect(found).toContainEqual(['member_of', 'actor:fln', 'actor:union']);
    expect(found).not.toContainEqual(['member_of', 'actor:union', 'actor:fln']);
  });
});

describe('a possessive noun before a copula', () => {
  it('makes the name after the copula the holder of the role (English and French)', () => {
    const found = relationsIn('The FLN is an armed group of the north. Its secretary-general is Amadou Traore; its first military chief was Moussa Diallo.');
    expect(found).toEqual(
      expect.arrayContaining([
        ['leads', 'actor:amadou', 'actor:fln'],
        ['commands', 'actor:moussa', 'actor:fln'],
      ]),
    );
    expect(relationsIn(`${OPENING}Son chef est Amadou Traore depuis 2019.`, 'fr')).toContainEqual(['leads', 'actor:amadou', 'actor:fln']);
  });
});

describe('a possessive in an opening phrase', () => {
  const BEFORE = 'The Desert Brigade is an armed group of the south. ';
  it('points forward to the subject after the phrase (English and French)', () => {
    expect(relationsIn(`${BEFORE}Since its founder Amadou Traore was killed in 2021, the FLN has been run by a council.`)).toContainEqual([
      'founded',
      'actor:amadou',
      'actor:fln',
    ]);
    expect(relationsIn(`${BEFORE}Under its leader Amadou Traore, the FLN grew quickly.`)).toContainEqual(['leads', 'actor:amadou', 'actor:fln']);
    expect(relationsIn('La Desert Brigade est un groupe armé du sud. Sous la direction de son chef Amadou Traore, le FLN a grandi.', 'fr')).toContainEqual([
      'leads',
      'actor:amadou',
      'actor:fln',
    ]);
  });

  it('is no opening phrase when a verb comes first ("In 2017 its units joined X, …")', () => {
    expect(relationsIn(`${BEFORE}In 2017 its units joined the FLN, which recognises the Sahel Union.`)).toContainEqual([
      'member_of',
      'actor:brigade',
      'actor:fln',
    ]);
  });
});

describe('a French dative clitic after "selon X"', () => {
  it('stands for the group the text is about, and the source X holds no tie', () => {
    const allied = relationsIn(`${OPENING}Selon la Desert Brigade, la River Guard lui est alliée.`, 'fr');
    expect(allied).toContainEqual(['allied_with', 'actor:fln', 'actor:guard']);
    expect(allied.filter(([, from, to]) => from === 'actor:brigade' || to === 'actor:brigade')).toEqual([]);
    const hostile = relationsIn(`${OPENING}D’après la Desert Brigade, la River Guard lui est hostile depuis 2019.`, 'fr');
    expect(hostile).toEqual([['hostile_to', 'actor:fln', 'actor:guard']]);
  });
});
