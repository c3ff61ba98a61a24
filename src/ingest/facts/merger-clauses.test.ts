// Mergers told around the whole: a temporal clause after its birth, a merger named by its noun, an absorption.
import { describe, expect, it } from 'vitest';
import { TEST_GROUPS, tableRelations, testActor } from './testing.js';

const ACTORS = [...TEST_GROUPS, testActor('hawks', 'Dune Hawks'), testActor('kone', 'Ibrahim Kone', 'person')];
const relations = tableRelations(ACTORS);
const merged = (text: string, language = 'en') =>
  relations(text, language)
    .filter(([type]) => type === 'merged_into')
    .map(([, from, to]) => `${from.slice(6)}>${to.slice(6)}`)
    .sort();

describe('mergers told around the whole', () => {
  it('reads the subjects of a "when" clause after the whole’s birth as merged into it', () => {
    expect(merged('The Sahel Union was created in 2013, when the Desert Brigade and the River Guard merged to form a single group.')).toEqual([
      'brigade>union',
      'guard>union',
    ]);
    // "with" names no group here: the clause's subject alone merged into the whole.
    expect(merged('The Sahel Union was founded in May 2014, when the Desert Brigade merged with fighters back from Libya.')).toEqual(['brigade>union']);
    expect(merged('La Sahel Union a été créée en 2013, lorsque la Desert Brigade et la River Guard ont fusionné.', 'fr')).toEqual([
      'brigade>union',
      'guard>union',
    ]);
  });

  it('leaves a person and a clause without a merger out', () => {
    expect(merged('The Sahel Union was created in 2013, when the Desert Brigade of Ibrahim Kone merged with it.')).toEqual(['brigade>union']);
    expect(merged('The Sahel Union was created in 2013, when the Desert Brigade attacked the River Guard.')).toEqual([]);
  });

  it('reads a merger named by its noun, with the whole after "into" or « au sein de »', () => {
    expect(merged('The merger of the Desert Brigade and the River Guard into the Sahel Union came in 2014.')).toEqual(['brigade>union', 'guard>union']);
    expect(merged('La fusion de la Desert Brigade et de la River Guard au sein de la Sahel Union date de 2014.', 'fr')).toEqual([
      'brigade>union',
      'guard>union',
    ]);
    expect(merged('The Desert Brigade’s absorption into the Sahel Union went smoothly.')).toEqual(['brigade>union']);
    // No whole: a merger talked of, not done.
    expect(merged('The merger of the Desert Brigade and the River Guard was discussed in Kidal.')).toEqual([]);
  });

  it('reads a dated birth in a merger', () => {
    expect(merged('The Sahel Union was formed in a May 2013 merger of the Desert Brigade and the Dune Hawks.')).toEqual(['brigade>union', 'hawks>union']);
    expect(merged('La Sahel Union est née en mai 2013 de la fusion de la Desert Brigade et des Dune Hawks.', 'fr')).toEqual(['brigade>union', 'hawks>union']);
  });
});
