// A person's role in a group told by a possessive, an « à la tête de laquelle » relative or the clitic « en ».
import { describe, expect, it } from 'vitest';
import { TEST_GROUPS, tableRelations, testActor } from './testing.js';

const ACTORS = [...TEST_GROUPS, testActor('kone', 'Ibrahim Kone', 'person'), testActor('sy', 'Moussa Sy', 'person')];
const relations = tableRelations(ACTORS);
const roles = (text: string, language = 'en') =>
  relations(text, language)
    .filter(([type]) => type === 'leads' || type === 'founded' || type === 'member_of')
    .map(([type, from, to]) => `${from.slice(6)} ${type} ${to.slice(6)}`)
    .sort();

describe('a person’s role told by a possessive, a relative or « en »', () => {
  it('reads the group a person owns as the group he leads', () => {
    expect(roles('Villagers fear the fighters of Ibrahim Kone, whose Desert Brigade roams the valley.')).toEqual(['kone leads brigade']);
    expect(roles('Le colonel Ibrahim Kone et sa Desert Brigade ont pris la ville.', 'fr')).toEqual(['kone leads brigade']);
    // His allies are no group of his.
    expect(roles('Ibrahim Kone and his allies met in Kidal.')).toEqual([]);
  });

  it('reads the person at the head of a relative’s antecedent', () => {
    expect(roles('La Desert Brigade, à la tête de laquelle se trouve Ibrahim Kone, a démenti.', 'fr')).toEqual(['kone leads brigade']);
    expect(roles('Le FLN, à la tête duquel Ibrahim Kone s’est placé, tient la ville.', 'fr')).toEqual(['kone leads fln']);
    expect(roles('The Desert Brigade, at the head of which stands Ibrahim Kone, denied it.')).toEqual(['kone leads brigade']);
  });

  it('reads « en » as the group named before the person', () => {
    expect(roles('La Desert Brigade a été créée en 2014 ; Ibrahim Kone en est le secrétaire général.', 'fr')).toEqual(['kone leads brigade']);
    expect(roles('La Desert Brigade recrute ; Moussa Sy en est le fondateur et Ibrahim Kone en est le porte-parole.', 'fr')).toEqual([
      'kone member_of brigade',
      'sy founded brigade',
    ]);
    // "en" as a preposition ("en 2014") is no clitic.
    expect(roles('Ibrahim Kone en 2014 a quitté le pays.', 'fr')).toEqual([]);
  });
});
