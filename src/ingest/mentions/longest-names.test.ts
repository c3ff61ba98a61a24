import { describe, expect, it } from 'vitest';
import { knownActor, knownPlace, namesIn } from './testing.js';

const ACTORS = [
  knownActor('islamic-state', 'Islamic State', 'armed_group', [{ name: 'État islamique', kind: 'acronym' }]),
  knownActor('al-qaeda', 'al-Qaeda', 'armed_group', [{ name: 'al-Qaïda', kind: 'acronym' }]),
  knownActor('jnim', 'JNIM', 'coalition'),
];
const PLACES = [knownPlace('sahel', 'Sahel', 'area'), knownPlace('mali', 'Mali', 'country'), knownPlace('west-africa', 'West Africa', 'area')];

describe('a longer organisation name holding a known actor’s name', () => {
  it('proposes a branch named after its parent whole, in English, and reads it again where repeated', () => {
    expect(
      namesIn('Fighters of the Islamic State Sahel Province stopped two trucks; Islamic State Sahel Province later denied it.', 'en', ACTORS, PLACES),
    ).toEqual([
      ['Islamic State Sahel Province', 'new:actor:islamic-state-sahel-province'],
      ['Islamic State Sahel Province', 'new:actor:islamic-state-sahel-province'],
    ]);
    expect(namesIn('The Islamic State West Africa Province grew.', 'en', ACTORS, PLACES)).toEqual([
      ['Islamic State West Africa Province', 'new:actor:islamic-state-west-africa-province'],
    ]);
  });

  it('proposes the French name an article governs whole, with the acronym that follows it', () => {
    expect(namesIn('– État islamique au Sahel (EIS) : principal groupe armé. Les soldats combattent l’EIS depuis 2022.', 'fr', ACTORS, PLACES)).toEqual([
      ['État islamique au Sahel', 'new:actor:etat-islamique-au-sahel'],
      ['EIS', 'new:actor:etat-islamique-au-sahel'],
      ['EIS', 'new:actor:etat-islamique-au-sahel'],
    ]);
    expect(namesIn('Cinq hommes soupçonnés de liens avec l’État islamique au Sahel ont été arrêtés.', 'fr', ACTORS, PLACES)).toEqual([
      ['État islamique au Sahel', 'new:actor:etat-islamique-au-sahel'],
    ]);
  });

  it('keeps the parent and the place where the region says where the group acts', () => {
    expect(namesIn('Le JNIM, filiale d’al-Qaïda au Sahel, a démenti.', 'fr', ACTORS, PLACES)).toEqual([
      ['JNIM', 'actor:jnim'],
      ['al-Qaïda', 'actor:al-qaeda'],
      ['Sahel', 'place:sahel'],
    ]);
    expect(namesIn('L’État islamique au Mali a revendiqué l’attaque.', 'fr', ACTORS, PLACES)).toEqual([
      ['État islamique', 'actor:islamic-state'],
      ['Mali', 'place:mali'],
    ]);
    expect(namesIn('The rivalry between JNIM and the Islamic State in the Sahel grew.', 'en', ACTORS, PLACES)).toEqual([
      ['JNIM', 'actor:jnim'],
      ['Islamic State', 'actor:islamic-state'],
      ['Sahel', 'place:sahel'],
    ]);
  });
});

describe('organisation names beside known ones', () => {
  it('proposes an organisation named by "Corps" or "Volontaires" without the known name and "and" before it', () => {
    expect(
      namesIn(
        'FAMa and Africa Corps hold Kidal. Le Parlement a créé les Volontaires pour la défense de la patrie (VDP).',
        'fr',
        [knownActor('fama', 'FAMa', 'state_force')],
        [],
      ),
    ).toEqual([
      ['FAMa', 'actor:fama'],
      ['Africa Corps', 'new:actor:africa-corps'],
      ['Kidal', 'new:place:kidal'],
      ['Volontaires pour la défense de la patrie', 'new:actor:vdp'],
      ['VDP', 'new:actor:vdp'],
    ]);
  });
});

describe('a code of capitals and digits joined to a region', () => {
  const GAO = [...PLACES, knownPlace('gao', 'Gao', 'town')];

  it('names the organisation of that region’s states, not the region (English and French)', () => {
    expect(namesIn('The leaders of the G5 Sahel met in Mali.', 'en', ACTORS, GAO)).toEqual([
      ['G5 Sahel', 'new:actor:g5-sahel'],
      ['Mali', 'place:mali'],
    ]);
    expect(namesIn('Les armées du G5 Sahel patrouillent ensemble.', 'fr', ACTORS, GAO)).toEqual([['G5 Sahel', 'new:actor:g5-sahel']]);
  });

  it('leaves a town after a code, and a region without one, as places', () => {
    expect(namesIn('The convoy left the RN16 Gao junction for the Sahel.', 'en', ACTORS, GAO)).toEqual([
      ['Gao', 'place:gao'],
      ['Sahel', 'place:sahel'],
    ]);
  });
});
