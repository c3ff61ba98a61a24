import { describe, expect, it } from 'vitest';
import { knownActor, namesIn } from './testing.js';

const KNOWN = [
  knownActor('iyad-ag-ghaly', 'Iyad Ag Ghaly', 'person'),
  knownActor('jnim', 'JNIM', 'coalition'),
  knownActor('islamic-state', 'Islamic State', 'armed_group'),
];

describe('persons named without a title', () => {
  it('reads name particles, Sahel given and family names, and a saying verb or role apposition (English)', () => {
    const text =
      'Sedane Ag Hita and Mahamadou Issoufou spoke first. "They took our brothers," said Hamidou Guindo, a farmer. ' +
      'Abu Huzeifa was named emir. Moulaye Guindo, the mayor of Bankass, asked for help.';
    expect(namesIn(text, 'en', KNOWN)).toEqual([
      ['Sedane Ag Hita', 'new:actor:sedane-ag-hita'],
      ['Mahamadou Issoufou', 'new:actor:mahamadou-issoufou'],
      ['Hamidou Guindo', 'new:actor:hamidou-guindo'],
      ['Abu Huzeifa', 'new:actor:abu-huzeifa'],
      ['Moulaye Guindo', 'new:actor:moulaye-guindo'],
      ['Bankass', 'new:place:bankass'],
    ]);
  });

  it('reads them in French, after "raconte" or before an apposition', () => {
    const text = '« Les gens ne dorment plus », raconte Aminata Dicko, une habitante. Hama Ag Mahmoud, un notable de la ville, se tait.';
    expect(namesIn(text, 'fr', KNOWN)).toEqual([
      ['Aminata Dicko', 'new:actor:aminata-dicko'],
      ['Hama Ag Mahmoud', 'new:actor:hama-ag-mahmoud'],
    ]);
  });

  it('leaves capitalised words that are no name alone', () => {
    expect(namesIn('In January the Islamic State attacked. After Kidal Fell, Gunmen Burned Houses.', 'en', KNOWN)).toEqual([
      ['Islamic State', 'actor:islamic-state'],
    ]);
  });
});

describe('a person named again by family name', () => {
  it('reads the family name alone as the person named in full before it', () => {
    const text = 'Paul-Henri Sandaogo Damiba seized power in January. On Sunday Damiba visited survivors.';
    expect(namesIn(text, 'en')).toEqual([
      ['Paul-Henri Sandaogo Damiba', 'new:actor:paul-henri-sandaogo-damiba'],
      ['Damiba', 'new:actor:paul-henri-sandaogo-damiba'],
    ]);
  });

  it('reads a family name in the headline as the person the report then names in full, but not in its body', () => {
    const en = 'Soldiers oust Sangaré\n\nOn Friday officers removed Moussa Sangaré from office.';
    expect(namesIn(en, 'en')).toEqual([
      ['Sangaré', 'new:actor:moussa-sangare'],
      ['Moussa Sangaré', 'new:actor:moussa-sangare'],
    ]);
    const fr = 'Des officiers écartent Sangaré\n\nVendredi, des officiers ont renversé Moussa Sangaré.';
    expect(namesIn(fr, 'fr')).toEqual([
      ['Sangaré', 'new:actor:moussa-sangare'],
      ['Moussa Sangaré', 'new:actor:moussa-sangare'],
    ]);
    expect(namesIn('Officers met Sangaré on Friday. They later removed Moussa Sangaré.', 'en')).toEqual([['Moussa Sangaré', 'new:actor:moussa-sangare']]);
  });

  it('reads the particle and the name after it as a known person, but not a family ("the Ag Intalla brothers")', () => {
    expect(namesIn('Iyad Ag Ghaly founded it. Ag Ghaly’s aides followed him.', 'en', KNOWN)).toEqual([
      ['Iyad Ag Ghaly', 'actor:iyad-ag-ghaly'],
      ['Ag Ghaly', 'actor:iyad-ag-ghaly'],
    ]);
    const family = [knownActor('alghabass-ag-intalla', 'Alghabass Ag Intalla', 'person')];
    expect(namesIn('Alghabass Ag Intalla spoke. The Ag Intalla brothers disagreed.', 'en', family)).toEqual([
      ['Alghabass Ag Intalla', 'actor:alghabass-ag-intalla'],
    ]);
  });

  it('reads no person in an institution named with a title word ("the General Staff"), but the person after a title', () => {
    expect(namesIn('The General Staff denies the rumours. General Oumar Diarra spoke.', 'en')).toEqual([['Oumar Diarra', 'new:actor:oumar-diarra']]);
  });
});

describe('persons set off by a role before them, or after a known name', () => {
  const TOWNS = [...KNOWN, knownActor('kidal-town', 'Kidal', 'other_org')];

  it('reads a name between commas after a role noun (English and French)', () => {
    expect(namesIn('The provincial governor, Albert Zerbo, visited the wounded.', 'en', KNOWN)).toEqual([['Albert Zerbo', 'new:actor:albert-zerbo']]);
    expect(namesIn('Le ministre, Pascal Kientega, a visité le camp.', 'fr', KNOWN)).toEqual([['Pascal Kientega', 'new:actor:pascal-kientega']]);
  });

  it('reads no person after a role noun without the closing comma', () => {
    expect(namesIn('Under the new governor, Albert Zerbo Street was renamed.', 'en', KNOWN)).toEqual([]);
  });

  it('reads the person after a known name that opens the same run of capitals', () => {
    expect(namesIn('Des soldats ont tué près de Kidal Abdelkrim Tahar, un chef local.', 'fr', TOWNS)).toEqual([
      ['Kidal', 'actor:kidal-town'],
      ['Abdelkrim Tahar', 'new:actor:abdelkrim-tahar'],
    ]);
  });
});
