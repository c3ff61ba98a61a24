import { describe, expect, it } from 'vitest';
import { namesIn } from './testing.js';
import { isTranslatedName } from './translated-names.js';

describe('one new group named in English and in French', () => {
  it('compares the names as words of an organisation, in either language', () => {
    expect(isTranslatedName('Islamic State Sahel Province', 'État islamique au Sahel')).toBe(true);
    expect(isTranslatedName('Ansar al-Fulani', 'Ansar des Peuls')).toBe(true);
    expect(isTranslatedName('Front de libération du Kaarta', 'Kaarta Liberation Front')).toBe(true);
    expect(isTranslatedName('Islamic State in the Greater Sahara', 'État islamique au Sahel')).toBe(false);
    expect(isTranslatedName('Kaarta Liberation Front', 'Kaarta Salvation Front')).toBe(false);
  });

  it('gives both names of a group the text introduces one id', () => {
    const ids = (text: string, language: string) => [
      ...new Set(
        namesIn(text, language)
          .filter(([, id]) => id.includes('actor:'))
          .map(([, id]) => id),
      ),
    ];
    expect(ids('The Islamic State Sahel Province (ISSP) attacked Ménaka. L’État islamique au Sahel a revendiqué l’attaque.', 'fr')).toHaveLength(1);
    expect(ids('Le Front de libération du Kaarta a attaqué Nioro. The Kaarta Liberation Front later claimed the raid.', 'en')).toHaveLength(1);
  });
});
