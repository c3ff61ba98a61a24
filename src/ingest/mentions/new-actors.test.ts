import { describe, expect, it } from 'vitest';
import { knownActor, namesIn } from './testing.js';

describe('an acronym in brackets after a new organisation', () => {
  it('reads an acronym in another word order as the organisation’s, with its later mentions (English and French)', () => {
    expect(namesIn('In 2024 they formed the Gourma Liberation Front (FLG). The FLG grew.', 'en')).toEqual([
      ['Gourma Liberation Front', 'new:actor:gourma-liberation-front'],
      ['FLG', 'new:actor:gourma-liberation-front'],
      ['FLG', 'new:actor:gourma-liberation-front'],
    ]);
    expect(namesIn('Ils ont créé le Front Uni du Gourma (UGF). Le UGF recrute.', 'fr')).toEqual([
      ['Front Uni du Gourma', 'new:actor:front-uni-du-gourma'],
      ['UGF', 'new:actor:front-uni-du-gourma'],
      ['UGF', 'new:actor:front-uni-du-gourma'],
    ]);
  });

  it('leaves a known acronym in brackets to the known actor', () => {
    const known = [knownActor('jnim', 'JNIM', 'coalition')];
    expect(namesIn('The Support Front (JNIM) attacked.', 'en', known).filter(([s]) => s === 'JNIM')).toEqual([['JNIM', 'actor:jnim']]);
  });
});

describe('a unit whose kind French writes in lower case', () => {
  it('reads « sa katiba Hanifa » as a group, but not a known katiba nor an English brigade commander', () => {
    const known = [knownActor('katiba-serma', 'Katiba Serma', 'armed_group')];
    expect(namesIn('Le groupe opère par sa katiba Hanifa et la katiba Serma.', 'fr', known)).toEqual([
      ['katiba Hanifa', 'new:actor:katiba-hanifa'],
      ['katiba Serma', 'actor:katiba-serma'],
    ]);
    const imrad = [knownActor('imrad', 'Imrad', 'community')];
    expect(namesIn('La brigade, une milice Imrad, tient Gao.', 'fr', imrad).filter(([s]) => s.includes('Imrad'))).toEqual([['Imrad', 'actor:imrad']]);
    expect(namesIn('The brigade Commander Salif Kone spoke.', 'en').some(([s]) => s.startsWith('brigade'))).toBe(false);
  });
});
