import { describe, expect, it } from 'vitest';
import { namesIn } from './testing.js';

describe('persons after a title', () => {
  it('reads no sentence after a function word that ends the one before ("… its commander. In May …")', () => {
    const text = 'Hamid Ag Tolla became its commander. In May the group split. Gen. Oumar Diarra spoke.';
    expect(namesIn(text, 'en')).toEqual([
      ['Hamid Ag Tolla', 'new:actor:hamid-ag-tolla'],
      ['Oumar Diarra', 'new:actor:oumar-diarra'],
    ]);
    expect(namesIn('Il en devint le porte-parole. Lundi Bamako a répondu.', 'fr').some(([s]) => s === 'Lundi Bamako')).toBe(false);
  });

  it('reads a family name alone after a French rank, but not after a function word', () => {
    expect(namesIn('Le capitaine Sidibé remplace le colonel Diarra.', 'fr')).toEqual([
      ['Sidibé', 'new:actor:sidibe'],
      ['Diarra', 'new:actor:diarra'],
    ]);
    expect(namesIn('Le chef Koumaré est parti.', 'fr')).toEqual([]);
    expect(namesIn('The commander Koumaré left.', 'en')).toEqual([]);
  });

  it('reads a full name after a function and its complement, with or without a comma (French)', () => {
    const text = 'Le ministre de la Justice Moussa Konaté a démissionné. Le président de la transition, Issa N’Diaye, a promis une enquête.';
    expect(namesIn(text, 'fr')).toEqual([
      ['Moussa Konaté', 'new:actor:moussa-konate'],
      ['Issa N’Diaye', 'new:actor:issa-ndiaye'],
    ]);
  });

  it('reads a full name after a function and its complement (English), but not a single word nor the complement', () => {
    const text = 'The head of the local council, Amadou Tembely, denied it. The minister of finance Koumaré spoke. The head of the Council said so.';
    expect(namesIn(text, 'en')).toEqual([['Amadou Tembely', 'new:actor:amadou-tembely']]);
  });
});
